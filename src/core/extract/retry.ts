// Retry: a second look when Readability's result is poor — too short to be a story, or mostly
// links (a teaser list it scored above the story). The second try reads the page as Readability
// first saw it and hands Readability only the block
// that holds the most prose. It is kept only when clearly better; otherwise the first stands.
import { SHOW_ELEMENT } from '../page/dom';
import { MIN_PROSE_CHARS, ownTextLength } from '../page/prose';
import { linkDensity, textAndLinks, type TextAndLinks as Quality } from '../page/text';
import { BLOCK_TAGS } from '../page/tags';

/** Readability's own charThreshold: a result shorter than this is not a story. */
export const POOR_TEXT = 500;
/** More of a result's text than this in links: a list of links, not a story. */
export const POOR_LINK_DENSITY = 0.5;
/** A retry must have this many times the first result's words outside links to replace it. */
export const CLEARLY_BETTER = 1.5;

export const isPoor = (q: Quality): boolean => q.text < POOR_TEXT || linkDensity(q) > POOR_LINK_DENSITY;

/** Is `second` clearly better than `first`: far more words outside links, and no more of them in links? */
export const clearlyBetter = (second: Quality, first: Quality): boolean =>
  second.text - second.links >= CLEARLY_BETTER * Math.max(1, first.text - first.links) &&
  linkDensity(second) <= Math.max(linkDensity(first), 0.3);

/** The element whose own paragraphs (prose blocks, ../page/prose.ts) hold the most text: the story, by its prose alone. */
export function densestProse(root: Element): Element | null {
  const scores = new Map<Element, number>();
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (!BLOCK_TAGS.has(el.tagName) || !el.parentElement) continue;
    const len = ownTextLength(el);
    if (len >= MIN_PROSE_CHARS) scores.set(el.parentElement, (scores.get(el.parentElement) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  return best;
}

/**
 * A way back to the page as it is now, for a second try after Readability has changed it: a copy
 * of its body, handed out in a fresh document of its own. (Readability keeps such a cache for its
 * own retries, but as private state; this is ours.)
 */
export function pageAsItIs(doc: Document): () => Document | null {
  const copy = doc.body?.cloneNode(true);
  if (!copy) return () => null;
  return () => {
    const page = doc.implementation.createHTMLDocument('');
    page.body.replaceChildren(...Array.from(copy.cloneNode(true).childNodes));
    return page;
  };
}

/**
 * The article element of a second try (`readability` run on the densest prose of the page as it
 * was before the first, `pageBefore`), when the first (`first`) is poor and the second is clearly
 * better; else null.
 */
export function retryPoor(
  pageBefore: () => Document | null,
  first: Element,
  readability: (doc: Document) => Element | null,
): Element | null {
  const q1 = textAndLinks(first);
  if (!isPoor(q1)) return null;
  const page = pageBefore();
  const story = page && densestProse(page.body);
  if (!page || !story || story === page.body) return null;
  page.body.replaceChildren(story);
  const second = readability(page);
  return second && clearlyBetter(textAndLinks(second), q1) ? second : null;
}
