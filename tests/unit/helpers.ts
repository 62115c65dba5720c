import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { sanitizeInPlace, serializeSanitized } from '../../src/core/sanitize';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A parsed page (scripts off, nothing fetched), as the CLI and the benchmark parse pages. */
export function page(html: string, url = 'https://news.example/world/story'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export const readRepoFile = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

/** The demo page, laid out like the seed. */
export const demoPage = () => page(readRepoFile('demo/article.html'), 'http://127.0.0.1/demo/article.html');

const LOREM = [
  'The council approved the new transport plan on Monday after a long debate that lasted well into the evening, with members split on the cost of the tram line.',
  'Supporters said the line would cut journey times across the city and bring new investment to the districts east of the river, which have waited years for it.',
  'Opponents argued that the money would be better spent on buses and on repairing roads, and they asked for an independent review before any contract is signed.',
  'The mayor said the review would be published in the spring and that residents would be consulted again before construction begins next year on the first section.',
];

/** An article page: headline and four long paragraphs, with `extra` markup after the text. */
export function articleHtml(extra = '', { head = '', before = '' } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Council backs tram plan</title>
<meta property="og:type" content="article">${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Council backs tram plan</h1>${before}
${LOREM.map((p) => `<p>${p}</p>`).join('\n')}
${extra}
</article></main><footer><a href="/about">About</a></footer></body></html>`;
}

export const articlePage = (extra = '', opts?: { head?: string; before?: string }) => page(articleHtml(extra, opts));

/** Written independently of SANITIZE_CONFIG, so the check does not grade its own homework. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'base',
  'meta',
  'link',
  'svg',
  // MathML that can act, load or hold HTML (the rest of MathML is shown).
  'maction',
  'annotation-xml',
  'mglyph',
  'malignmark',
  'template',
  'noscript',
  'xmp',
  'plaintext',
  'marquee',
  'isindex',
  'area',
  'map',
  'animate',
  'set',
  'use',
  'foreignobject',
  'dialog',
  'slot',
]);
const FORBIDDEN_ATTRS = new Set([
  'style',
  'srcdoc',
  'action',
  'formaction',
  'ping',
  'autofocus',
  'xlink:href',
  'background',
  'form',
]);
const URL_ATTRS = new Set(['href', 'src', 'poster', 'cite', 'data']);
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.|[^:]*$)/i;
const IMAGE_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif);/i;

/** Every way an element of `html` could run code, load something or clobber a global. */
export function unsafeParts(html: string): string[] {
  const doc = page(`<body>${html}</body>`);
  // The body too: a stray <body onload> in the input lands its attributes there.
  const problems: string[] = [];
  for (const el of [doc.body, ...doc.body.querySelectorAll('*')]) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      const attr = name.toLowerCase();
      // A browser's URL parser drops C0 controls and spaces before it reads the scheme.
      // eslint-disable-next-line no-control-regex
      const url = value.replace(/[\s\u0000-\u001f]/g, '');
      if (attr.startsWith('on') || FORBIDDEN_ATTRS.has(attr)) problems.push(`<${tag} ${attr}>`);
      // An id or a name that could clobber a global of the reader: every kept one carries the prefix.
      if ((attr === 'id' || attr === 'name') && !value.startsWith('user-content-')) problems.push(`<${tag} ${attr}>`);
      if (URL_ATTRS.has(attr) && !SAFE_URL.test(url) && !(tag === 'img' && attr === 'src' && IMAGE_DATA.test(url)))
        problems.push(`<${tag} ${attr}="${value.slice(0, 40)}">`);
      if (attr === 'srcset' && url.split(',').some((c) => !SAFE_URL.test(c.trim()))) problems.push(`<${tag} srcset>`);
    }
  }
  return problems;
}

/** `html` as the pipeline sanitizes an article (in place, on a detached element), as markup. */
export function sanitizedMarkup(html: string): string {
  const doc = page(`<body><div id="root">${html}</div></body>`);
  const root = doc.getElementById('root')!;
  root.remove();
  return serializeSanitized(sanitizeInPlace(root, doc.defaultView!));
}
