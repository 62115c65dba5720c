// Empty comment sections: "+ There are no comments / Add yours", an empty Disqus box, a
// WordPress reply form with no comment above it. The phrases and containers are tables in
// ../rules/comments.ts; this file only says how a section is judged empty.
import { COMMENT_CONTAINERS, COMMENT_ITEM_SELECTOR, EMPTY_COMMENT_PHRASES, type CommentContainer } from '../rules/comments';
import { BLOCK_TAGS, clip, escapeRegExp, isElement, normalizeSpace } from '../dom';
import type { Clutter, ClutterFinder, FindOptions } from './types';

const alternation = (texts: string[]) =>
  [...texts].sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t).replace(/ /g, '\\s*')).join('|');
// Phrases match whole words only: "comment" must not eat the start of "commentary".
const bounded = (alt: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);

const ALL_PHRASES = bounded(alternation(EMPTY_COMMENT_PHRASES.map((p) => p.text)), 'giu');
const SIGNAL_TEXTS = EMPTY_COMMENT_PHRASES.filter((p) => p.signal).map((p) => p.text);
const SIGNAL_PHRASES = bounded(alternation(SIGNAL_TEXTS), 'iu');
/**
 * Each signal phrase's longest word (the last of equals: "reply", not "first"). A phrase can only
 * match where its longest word does, and one search for these words is about fifty times faster
 * over a page's text than trying the whole alternation at every character; the phrases are then
 * tried only around the words found.
 */
const SIGNAL_WORDS = new RegExp(
  [...new Set(SIGNAL_TEXTS.map((t) => t.split(' ').reduce((a, b) => (b.length >= a.length ? b : a))))].map(escapeRegExp).join('|'),
  'giu',
);
/** Text on each side of a signal word searched for its phrase: the longest phrase, with room for whitespace between its words. */
const SIGNAL_WINDOW = 400;
/** What may stand between phrases: punctuation, symbols ("+", "›"), zero counts. */
const FILLER = /[\s\p{P}\p{S}0٠]+/gu;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * What an element must carry to possibly match a row: one of its ids, id prefixes, classes or
 * attributes, read from the row's selector itself. A plain walk with these checks, then matches()
 * on the few candidates and only for the rows they could match, replaces one querySelectorAll over
 * the whole selector list, which jsdom's engine runs in seconds on a 100,000-element page.
 */
interface Hints {
  ids: Set<string>;
  idPrefixes: string[];
  /** One regex over the class attribute: splitting it would allocate an array per element. */
  classes: RegExp | null;
  attributes: string[];
}

function hintsOf(selector: string): Hints {
  const classNames = [...new Set([...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!))];
  return {
    ids: new Set([...selector.matchAll(/#([\w-]+)/g)].map((m) => m[1]!)),
    idPrefixes: [...selector.matchAll(/\[id\^="([^"]+)"\]/g)].map((m) => m[1]!),
    classes: classNames.length ? new RegExp(`(?:^|\\s)(?:${classNames.join('|')})(?:\\s|$)`) : null,
    attributes: [...new Set([...selector.matchAll(/\[([\w-]+)(?=[\]=^*$~|])/g)].map((m) => m[1]!).filter((a) => a !== 'id'))],
  };
}

const ROWS = COMMENT_CONTAINERS.map((row) => ({ row, hints: hintsOf(row.selector) }));
const ANY = hintsOf(COMMENT_CONTAINERS.map((c) => c.selector).join(' '));

function carries(id: string | null, cls: string | null, names: string[], hints: Hints): boolean {
  if (id && (hints.ids.has(id) || hints.idPrefixes.some((p) => id.startsWith(p)))) return true;
  if (cls && hints.classes?.test(cls)) return true;
  return hints.attributes.some((a) => names.includes(a));
}

/** The row an element matches, trying only the rows whose marks it carries. */
function rowOf(el: Element): CommentContainer | null {
  if (!el.hasAttributes()) return null; // most elements: one cheap call instead of a lookup per hint
  // One read of the names, then only the attributes it has: each read crosses jsdom's wrapper.
  const names = el.getAttributeNames();
  const id = names.includes('id') ? el.getAttribute('id') : null;
  const cls = names.includes('class') ? el.getAttribute('class') : null;
  if (!carries(id, cls, names, ANY)) return null;
  return ROWS.find(({ row, hints }) => carries(id, cls, names, hints) && el.matches(row.selector))?.row ?? null;
}

/** Elements under root (in document order) that match a container row, with that row. */
function* containers(root: Element): Generator<[Element, CommentContainer]> {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const row = rowOf(el);
    if (row) yield [el, row];
  }
}

/** Parts of a comment section that are its reply form, not what it says. */
const FORM_PARTS = new Set(['FORM', 'TEXTAREA', 'INPUT', 'BUTTON', 'SELECT', 'LABEL', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The section's own words, leaving out its reply form and scripts. */
function textOutsideForm(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += ` ${c.nodeValue ?? ''}`;
      else if (isElement(c) && !FORM_PARTS.has(c.tagName)) walk(c);
    }
  };
  walk(el);
  return normalizeSpace(out);
}

/** True when the text is only empty-comment phrases and filler. */
export function isOnlyPhrases(text: string): boolean {
  return text.replace(ALL_PHRASES, ' ').replace(FILLER, '') === '';
}

/** True when the text says outright that there are no comments. */
export function hasEmptySignal(text: string): boolean {
  if (text.length <= 2 * SIGNAL_WINDOW) return SIGNAL_PHRASES.test(text);
  SIGNAL_WORDS.lastIndex = 0;
  for (let m = SIGNAL_WORDS.exec(text); m; m = SIGNAL_WORDS.exec(text)) {
    if (SIGNAL_PHRASES.test(text.slice(Math.max(0, m.index - SIGNAL_WINDOW), m.index + SIGNAL_WINDOW))) return true;
    // Past this window: a phrase in it has been tried already.
    SIGNAL_WORDS.lastIndex = Math.max(SIGNAL_WORDS.lastIndex, m.index + SIGNAL_WINDOW / 2);
  }
  return false;
}

const hasRealComments = (el: Element) => el.querySelector(COMMENT_ITEM_SELECTOR) !== null;

/** Why a comment container is empty, or null when it is not (it has comments or other words). */
function judgeContainer(el: Element, emptyWhenBare: boolean, widgetsSettled: boolean): string | null {
  const text = textOutsideForm(el);
  // Words besides the phrases settle it first: the comment-item query is the slow check.
  if (text !== '' && !isOnlyPhrases(text)) return null;
  if (hasRealComments(el)) return null;
  if (text === '') {
    // A textless element with a comment-ish class is more often an icon or an anchor than a section.
    if (emptyWhenBare) return widgetsSettled ? 'empty widget' : null;
    return el.querySelector('form, textarea') ? 'reply form, no comments' : null;
  }
  return hasEmptySignal(text) || el.querySelector('form, textarea') ? `no comments: “${clip(text, 60)}”` : null;
}

/** Longest text a phrase-only block may have; a section saying more is not just a "no comments" line. */
const MAX_BLOCK_TEXT = 300;
const STOP_CLIMB = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

/** A short block whose words are all "no comments" phrases, found from a text node that says so. */
function phraseBlockAround(text: Text): Element | null {
  let best: Element | null = null;
  for (let el = text.parentElement; el && !STOP_CLIMB.has(el.tagName); el = el.parentElement) {
    if (el.closest('pre, code, textarea, [contenteditable]')) return null;
    const t = normalizeSpace(el.textContent ?? '');
    if (t.length > MAX_BLOCK_TEXT || !isOnlyPhrases(t) || hasRealComments(el)) break;
    best = el;
  }
  return best && !insideArticleProse(best) ? best : null;
}

/** A paragraph of long text on both sides means the line is part of the story ("No comments," he said). */
function insideArticleProse(el: Element): boolean {
  const longBlock = (n: Element | null) => !!n && BLOCK_TAGS.has(n.tagName) && normalizeSpace(n.textContent ?? '').length > 100;
  return longBlock(el.previousElementSibling) && longBlock(el.nextElementSibling);
}

export function findEmptyCommentSections(root: Element, { widgetsSettled = true }: FindOptions = {}): Clutter[] {
  const found: Clutter[] = [];
  const inFound = (el: Element) => found.some((c) => c.nodes[0]!.contains(el));
  const add = (el: Element, reason: string) => {
    // An outer section absorbs the inner ones already found in it.
    for (let i = found.length - 1; i >= 0; i--) if (el.contains(found[i]!.nodes[0]!)) found.splice(i, 1);
    found.push({ step: 'empty-comments', reason, nodes: [el] });
  };

  // One pass over the document for all container rows; each match then finds its row.
  for (const [el, row] of containers(root)) {
    // SVG icons (<symbol id="comments">, <svg class="comments">) are not sections.
    if (STOP_CLIMB.has(el.tagName) || el.namespaceURI !== HTML_NS || inFound(el)) continue;
    const why = judgeContainer(el, row.emptyWhenBare, widgetsSettled);
    if (why) add(el, `${row.name}: ${why}`);
  }

  // Sections with no telling class: find the words themselves. One regex test over the whole
  // text first, so pages that never say "no comments" cost one pass.
  if (!hasEmptySignal(root.textContent ?? '')) return found;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!hasEmptySignal(n.nodeValue ?? '')) continue;
    const block = phraseBlockAround(n);
    if (block && !inFound(block)) add(block, `no comments: “${clip(block.textContent ?? '', 60)}”`);
  }
  return found;
}

export const emptyComments: ClutterFinder = { step: 'empty-comments', find: findEmptyCommentSections };
