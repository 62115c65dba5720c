// Hostile pages: every input of tests/fixtures/hostile/cases.ts, through the sanitiser alone and
// through the whole pipeline, must come out with nothing that can run, load or clobber; rendered
// into a script-enabled document, none of it may run.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/core/pipeline';
import { sanitizeToFragment, sanitizeToHtml } from '../../src/core/sanitize';
import { HOSTILE_CASES, POLLUTING_JSON_LD } from '../fixtures/hostile/cases';
import { articleHtml, page } from './helpers';

/** Written independently of SANITIZE_CONFIG, so the check does not grade its own homework. */
const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript', 'xmp', 'plaintext',
  'marquee', 'isindex', 'area', 'map', 'animate', 'set', 'use', 'foreignobject', 'dialog', 'slot',
]);
const FORBIDDEN_ATTRS = new Set(['style', 'id', 'name', 'srcdoc', 'action', 'formaction', 'ping', 'autofocus', 'xlink:href', 'background', 'form']);
const URL_ATTRS = new Set(['href', 'src', 'poster', 'cite', 'data']);
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.|[^:]*$)/i;
const IMAGE_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif);/i;

/** Every way an element of `html` could run code, load something or clobber a global. */
function unsafeParts(html: string): string[] {
  const doc = page(`<body>${html}</body>`);
  // The body too: a stray <body onload> in the input lands its attributes there.
  const problems: string[] = [];
  for (const el of [doc.body, ...doc.body.querySelectorAll('*')]) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      const attr = name.toLowerCase();
      const url = value.replace(/[\s\u0000-\u001f]/g, '');
      if (attr.startsWith('on') || FORBIDDEN_ATTRS.has(attr)) problems.push(`<${tag} ${attr}>`);
      if (URL_ATTRS.has(attr) && !SAFE_URL.test(url) && !(tag === 'img' && attr === 'src' && IMAGE_DATA.test(url))) problems.push(`<${tag} ${attr}="${value.slice(0, 40)}">`);
      if (attr === 'srcset' && url.split(',').some((c) => !SAFE_URL.test(c.trim()))) problems.push(`<${tag} srcset>`);
    }
  }
  return problems;
}

const sanitized = (html: string) => {
  const doc = page(`<body><div id="root">${html}</div></body>`);
  return sanitizeToHtml(doc.getElementById('root')!, doc.defaultView!);
};

test('the suite is big enough to mean something', () => {
  expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
});

/** Inputs that test robustness, not active content: unsafe-looking nothing, even raw. */
const INERT_RAW = new Set(['UTF-7 script', 'lone surrogates and nulls', 'unclosed tags', 'overlong attribute', 'a thousand nested spans', 'script split by a null byte']);

test.each(HOSTILE_CASES.filter((c) => !INERT_RAW.has(c.name)))('control: unsanitised, $name is caught by the checker', ({ html, forbidden }) => {
  const raw = page(html).documentElement.outerHTML;
  expect(unsafeParts(raw).length + (forbidden?.test(raw) ? 1 : 0)).toBeGreaterThan(0);
});

describe.each(HOSTILE_CASES)('$name', ({ html, forbidden }) => {
  test('the sanitiser leaves nothing that runs, loads or clobbers', () => {
    const out = sanitized(html);
    expect(unsafeParts(out)).toEqual([]);
    if (forbidden) expect(out).not.toMatch(forbidden);
  });

  test('the whole pipeline does the same inside an article, and keeps the article', () => {
    const result = extract(page(articleHtml(`<p>${html}</p>`)));
    expect(unsafeParts(result.html)).toEqual([]);
    if (forbidden) expect(result.html).not.toMatch(forbidden);
    expect(result.text).toContain('The council approved the new transport plan');
  });

  test('rendered into a script-enabled extension page, nothing runs', async () => {
    const { window, ran } = extensionPage();
    window.document.body.append(sanitizeToFragment(extract(page(articleHtml(`<p>${html}</p>`))).html, window as unknown as Window));
    await new Promise((r) => setTimeout(r, 20));
    expect(ran()).toBe(0);
    window.close();
  });
});

/** A jsdom window that runs scripts, at an extension URL, counting calls of `pwn`. */
function extensionPage() {
  const dom = new JSDOM('<!DOCTYPE html><body></body>', { url: 'chrome-extension://tidy/reader.html', runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
  let calls = 0;
  (dom.window as unknown as { pwn: () => void }).pwn = () => calls++;
  return { window: dom.window, ran: () => calls };
}

test('control: the harness does see a payload that runs', async () => {
  const { window, ran } = extensionPage();
  const script = window.document.createElement('script');
  script.textContent = "if(location.protocol!=='http:'&&location.protocol!=='https:'){window.pwn&&pwn(1)}";
  window.document.body.append(script);
  await new Promise((r) => setTimeout(r, 20));
  expect(ran()).toBe(1);
  window.close();
});

describe('JSON-LD metadata cannot pollute prototypes', () => {
  test.each(POLLUTING_JSON_LD)('%s', (json) => {
    const result = extract(page(articleHtml('', { head: `<script type="application/ld+json">${json}</script>` })));
    expect(result.text).toContain('The council approved');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a page that clobbers the document it is read from', () => {
  test.each([
    '<img name="getElementsByTagName"><img name="querySelectorAll"><form name="documentElement"></form>',
    '<form id="body"></form><img name="title"><img name="cloneNode"><img name="createTreeWalker">',
    '<embed name="defaultView"><object name="location"></object><img name="head"><img name="URL">',
  ])('%s: extract still reads the article', (clobber) => {
    const result = extract(page(articleHtml(clobber, { before: clobber })));
    expect(result.text).toContain('The council approved');
    expect(unsafeParts(result.html)).toEqual([]);
  });
});
