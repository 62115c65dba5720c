// Prose: how much paragraph text a block holds of its own. detect.ts scores a page by it, the
// boilerplate finder keeps any region that holds part of the story by it, and the retry finds
// the story by it.
import { isElement, isText } from './dom';
import { BLOCK_TAGS, NOT_PROSE } from './tags';

/** Readability's isProbablyReaderable counts a block as prose from this many characters. */
export const MIN_PROSE_CHARS = 140;

/**
 * Chinese, Japanese and Korean pack a word into a character or two, so their characters count
 * double against MIN_PROSE_CHARS (else a Chinese paragraph of 80 characters would not be prose).
 */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
const MAYBE_CJK = /[\u3040-\ud7af]/;
const weightedLength = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length + (MAYBE_CJK.test(trimmed) ? (trimmed.match(CJK)?.length ?? 0) : 0);
};

/** Child nodes of one block read for its own text: a paragraph has a few dozen. */
const OWN_TEXT_CHILDREN = 256;

/**
 * A block's own paragraph text length: its text nodes and inline children, not its nested blocks.
 * Counts a <p>, a <div> of text, a <br>-split table cell or an <article> of bare text alike,
 * without reading a whole subtree (an <article>'s textContent can be the whole page).
 * `links: false` leaves out the text of its links: what it says itself, not what it points to.
 */
export function ownTextLength(el: Element, { links = true } = {}): number {
  let len = 0;
  // A container of 25,000 paragraphs is not read through.
  let budget = OWN_TEXT_CHILDREN;
  for (let c = el.firstChild; c && budget-- > 0; c = c.nextSibling) {
    if (isText(c)) len += weightedLength(c.nodeValue ?? '');
    else if (isElement(c) && isInline((c as Element).tagName, links))
      len += weightedLength((c as Element).textContent ?? '');
  }
  return len;
}

const isInline = (tag: string, links: boolean) => !BLOCK_TAGS.has(tag) && !NOT_PROSE.has(tag) && (links || tag !== 'A');
