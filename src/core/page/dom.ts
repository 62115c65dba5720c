import { BLOCK_TAGS, KEEPS_WHITESPACE, NOT_SHOWN } from './tags';
// Small DOM helpers shared by the stages. Pure: no browser.* and no globals beyond the DOM
// node passed in, so the same code runs in a content script, the reader page and jsdom.

// Node types and tree-walker filters by name: `Node` and `NodeFilter` are a window's globals, and
// the stages also run in Node.js (jsdom), which has neither.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
export const SHOW_ELEMENT = 1;
export const SHOW_TEXT = 4;

/** Where the reader's page snapshot keeps an element's inline style (src/content/snapshot.ts says why). */
export const SNAPSHOT_STYLE = 'data-tidy-style';

/** An element's inline style as written: in the page's own markup or in the reader's snapshot of it. */
export const inlineStyle = (el: Element): string => el.getAttribute('style') ?? el.getAttribute(SNAPSHOT_STYLE) ?? '';

/** An inline style that hides its element, as Readability's visibility check reads one. */
export const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** A <script> of JSON-LD: the page's metadata, which Readability and the lead image read (tag: the element's tagName). */
export const isJsonLd = (el: Element, tag = el.tagName): boolean =>
  tag === 'SCRIPT' && el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';

/** Does `el` keep its own whitespace and line breaks as content: a pre-like tag, or an editable region? */
export function preservesWhitespace(el: Element, tag = el.tagName.toUpperCase()): boolean {
  if (KEEPS_WHITESPACE.has(tag)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * The nearest of `el` and its ancestors whose tag (upper case) is in `tags`, as `el.closest()`
 * would find it, given a tag set rather than a selector.
 */
export function closestIn(el: Element | null, tags: ReadonlySet<string>): Element | null {
  for (let a = el; a; a = a.parentElement) if (tags.has(a.tagName)) return a;
  return null;
}

/** A sort comparator: `a` before `b` when `a` comes first in the document. */

/** Moves the walker past the current node's subtree to the next node in document order (null at the end). */
export function skipSubtree(walker: TreeWalker): Node | null {
  const next = walker.nextSibling();
  if (next) return next;
  while (walker.parentNode()) {
    const after = walker.nextSibling();
    if (after) return after;
  }
  return null;
}

/** Whitespace as a reader sees it: spaces, &nbsp;, zero-width characters, BOM. */
const BLANK_TEXT = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/;

export const isBlankText = (s: string | null): boolean => BLANK_TEXT.test(s ?? '');

export const isElement = (n: Node | null): n is Element => n?.nodeType === ELEMENT_NODE;
export const isText = (n: Node | null): n is Text => n?.nodeType === TEXT_NODE;
export const isDocument = (n: Node | null): n is Document => n?.nodeType === DOCUMENT_NODE;

/**
 * The words of `el` a page can show: no script, no style (its markup's `textContent` has both),
 * nor what `skip` says to leave out. Reading stops past `max` characters: a caller asking whether
 * a block is short never walks a story.
 */
export function shownText(el: Element, max = Infinity, skip?: (el: Element) => boolean): string {
  let out = '';
  // Characters other than whitespace: past `max` of them the text is longer than `max` however it folds.
  let shown = 0;
  const walk = (node: Element) => {
    for (let n = node.firstChild; n && shown <= max; n = n.nextSibling) {
      if (isText(n)) {
        out += n.nodeValue;
        if (max !== Infinity) shown += (n.nodeValue ?? '').replace(WHITESPACE_RUN, '').length;
      } else if (isElement(n) && !NOT_SHOWN.has(n.tagName) && !skip?.(n)) walk(n);
      // Blocks part words the way the page shows them.
      if (isElement(n) && BLOCK_TAGS.has(n.tagName)) out += ' ';
    }
  };
  walk(el);
  return normalizeSpace(out);
}

/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A run of whitespace as a reader sees it (see BLANK_TEXT). */
export const WHITESPACE_RUN = /[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g;

/** Text with runs of whitespace folded to one space. */
export const normalizeSpace = (s: string): string => s.replace(WHITESPACE_RUN, ' ').trim();

/** Text shortened for a log line. */
export const clip = (s: string, max = 200): string => {
  const t = normalizeSpace(s);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** A short CSS path for the removal log: at most three steps, each `tag#id` or `tag.class:nth-of-type(n)`. */
export function describe(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && parts.length < 3 && e.tagName !== 'HTML'; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (e.id && /^[A-Za-z][\w-]*$/.test(e.id)) {
      parts.unshift(`${tag}#${e.id}`);
      break;
    }
    const cls = (e.getAttribute('class') ?? '')
      .split(/\s+/)
      .filter((c) => /^[A-Za-z_][\w-]*$/.test(c))
      .slice(0, 2);
    let step = tag + cls.map((c) => `.${c}`).join('');
    let before = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === e.tagName) before++;
    let after = e.nextElementSibling;
    while (after && after.tagName !== e.tagName) after = after.nextElementSibling;
    if (before || after) step += `:nth-of-type(${before + 1})`;
    parts.unshift(step);
  }
  return parts.join(' > ');
}
