// Plain text of an article: one paragraph per block, paragraphs separated by a blank line.
import { WHITESPACE_RUN, clip, isElement, isText, normalizeSpace } from './dom';
import { BLOCK_TAGS, NOT_SHOWN } from './tags';

/**
 * Not text a reader sees: what the sanitizer drops, and an equation's annotation (its TeX, which
 * MathML keeps beside what it shows). Tag names are compared upper-cased here.
 */
const SKIP = new Set([...[...NOT_SHOWN].map((t) => t.toUpperCase()), 'ANNOTATION']);

export function articleText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const t = normalizeSpace(current);
    if (t) paragraphs.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (isText(c)) current += c.nodeValue;
      else if (isElement(c) && !SKIP.has(c.tagName.toUpperCase())) {
        const tag = c.tagName.toUpperCase();
        if (tag === 'BR') current += '\n';
        else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(c);
          flush();
        } else walk(c);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Characters of an element's text (whitespace folded), and how many of them are inside links. */
export interface TextAndLinks {
  text: number;
  links: number;
}

/** The share of a text that is in links; none of no text. */
export const linkDensity = ({ text, links }: TextAndLinks): number => (text ? links / text : 0);

export function textAndLinks(el: Element): TextAndLinks {
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += normalizeSpace(a.textContent ?? '').length;
  return { text: normalizeSpace(el.textContent ?? '').length, links };
}

/**
 * The start of the text of some nodes, for a log line: reading stops once `max` characters are in
 * (a removed menu can hold the text of a whole site map).
 */
export function leadingText(nodes: Node[], max = 200): string {
  // Whitespace is folded as text is added, so `out` stays about as long as what it says: an
  // indented menu is mostly whitespace, and measuring its unfolded text after every node would be
  // quadratic in it.
  let out = '';
  const add = (s: string) => {
    out += s.replace(WHITESPACE_RUN, ' ');
  };
  const full = () => out.length >= max && normalizeSpace(out).length >= max;
  const walk = (node: Node) => {
    if (isText(node)) add(node.nodeValue ?? '');
    if (!isElement(node) || SKIP.has(node.tagName.toUpperCase())) return;
    const block = BLOCK_TAGS.has(node.tagName.toUpperCase());
    if (block) add(' ');
    for (let c = node.firstChild; c && !full(); c = c.nextSibling) walk(c);
    if (block) add(' ');
  };
  for (const n of nodes) if (!full()) walk(n);
  return clip(out, max);
}

/**
 * Silent reading speed in words a minute, per language: en, fr, de, es and ar from
 * Trauzettel-Klosinski & Dietz (2012, IReST: the same text read in 17 languages), the others
 * estimates. Arabic words carry more per word, so fewer are read a minute.
 */
const WORDS_PER_MINUTE: Record<string, number> = {
  default: 230,
  en: 228,
  fr: 195,
  de: 179,
  es: 218,
  ar: 138,
  fa: 160,
  he: 187,
  ja: 400,
  zh: 300,
  ko: 250,
};

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export function readingMinutes(words: number, lang: string | null): number {
  const wpm = WORDS_PER_MINUTE[(lang ?? '').slice(0, 2).toLowerCase()] ?? WORDS_PER_MINUTE.default!;
  return Math.max(1, Math.round(words / wpm));
}
