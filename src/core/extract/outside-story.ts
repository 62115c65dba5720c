// Outside the story: where one branch of the page holds nearly all of its paragraph text, what
// stands beside that branch (sidebars, teaser rails, link lists no boilerplate row named) is not
// the story. Readability scores every block of a page to find the story; handed the story's
// branch alone, it scores a fraction of the page and has fewer teasers to let in. Extraction only:
// the in-place tidy removes empty comments and blank runs and nothing else.
//
// The branch is the lowest container, above the one with the most paragraph text of its own, that
// holds STORY_SHARE of the page's paragraph text. Text in links does not count: a teaser's blurb
// inside its link, or a list of headlines, is not the story, however long.
import { isCommentItem } from '../comments/marks';
import { systemOf } from '../comments/systems';
import { isJsonLd, SHOW_ELEMENT } from '../page/dom';
import { ownTextLength } from '../page/prose';
import type { Clutter } from '../tidy/types';
import { BLOCK_TAGS } from '../page/tags';

/** Readability appends a sibling paragraph to the story from 80 characters (with few links): the same bar. */
export const PARAGRAPH_CHARS = 80;
/** The story's branch holds at least this share of the page's paragraph text; else nothing is cut. */
export const STORY_SHARE = 0.9;
/** Less paragraph text than this in all (Readability's charThreshold) is too little to judge by. */
export const MIN_PAGE_CHARS = 500;

/**
 * The bylines Readability would have read beside the branch, on the page as a whole: the one
 * before it (read ahead of any in the branch) and the one after it (read only when no other is).
 * Read on demand: most pages name their author in their metadata, which wins over both.
 */
export interface Bylines {
  before(): string | null;
  after(): string | null;
}

/** What the finder found: the story's branch, what stands beside it, and the metadata among that. */
export interface OutsideStory {
  story: Element;
  /** The siblings of the story's branch and of each of its ancestors up to `root`. */
  clutter: Clutter[];
  /** <meta> and JSON-LD outside the branch (never cut themselves): Readability reads the page's metadata from them. */
  metadata: Element[];
  bylines: Bylines;
}

const isMetadata = (el: Element, tag: string) => tag === 'META' || isJsonLd(el, tag);

/** The element's ancestors from itself up to (not including) `root`; null when one is a link. */
function unlinkedBranch(el: Element, root: Element): Element[] | null {
  const branch: Element[] = [];
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
    if (a.tagName === 'A') return null;
    branch.push(a);
  }
  return branch;
}

/**
 * Finds the story's branch under `root` (the body); null when no branch holds enough of the text to
 * be sure. `post`, the post a real thread answered (./comment-threads.ts), is the story when the
 * branch the text points to is neither inside it nor holds it: a sidebar may outweigh a short post.
 */
export function findOutsideStory(root: Element, post: Element | null = null): OutsideStory | null {
  /** Paragraph text under each element, and in each element's own child paragraphs. */
  const under = new Map<Element, number>();
  const own = new Map<Element, number>();
  const metadata: Element[] = [];
  let total = 0;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const tag = el.tagName;
    if (isMetadata(el, tag)) metadata.push(el);
    if (!BLOCK_TAGS.has(tag)) continue;
    const length = ownTextLength(el, { links: false });
    const branch = length >= PARAGRAPH_CHARS ? unlinkedBranch(el, root) : null;
    if (!branch) continue;
    total += length;
    for (const a of branch) under.set(a, (under.get(a) ?? 0) + length);
    const parent = el.parentElement!;
    own.set(parent, (own.get(parent) ?? 0) + length);
  }
  if (total < MIN_PAGE_CHARS) return null;

  let densest: Element | null = null;
  let most = 0;
  for (const [el, length] of own) if (length > most) [densest, most] = [el, length];
  let story = densest;
  while (story && story !== root && (under.get(story) ?? 0) < STORY_SHARE * total) story = story.parentElement;
  if (post && root.contains(post) && !(story && story !== root && (story.contains(post) || post.contains(story))))
    story = post;
  if (!story || story === root) return null;
  // Comments are never the story: a thread that holds most of the text (one the comment model
  // could not judge real) must not have the post cut as standing beside it.
  for (let a: Element | null = story; a && a !== root; a = a.parentElement)
    if (isCommentItem(a) || systemOf(a)) return null;

  // In document order: what precedes the branch at each level, top down, then what follows it, bottom up.
  const levels: Element[] = [];
  for (let branch: Element = story; branch !== root && branch.parentElement; branch = branch.parentElement)
    levels.unshift(branch);
  const before: Element[] = [];
  const after: Element[] = [];
  const cut = (s: Element) => !isMetadata(s, s.tagName);
  for (const branch of levels) {
    for (let s = branch.parentElement!.firstElementChild; s && s !== branch; s = s.nextElementSibling)
      if (cut(s)) before.push(s);
  }
  for (const branch of levels.reverse()) {
    for (let s = branch.nextElementSibling; s; s = s.nextElementSibling) if (cut(s)) after.push(s);
  }
  const beside = [...before, ...after];
  if (!beside.length) return null;
  return {
    story,
    clutter: [{ step: 'outside-story', reason: 'beside the story', nodes: beside }],
    metadata: metadata.filter((m) => !story.contains(m)),
    bylines: { before: () => bylineIn(before), after: () => bylineIn(after) },
  };
}

/** Readability's byline: a rel or itemprop of "author", or a class or id that says so. */
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
/** Readability's limit: a longer "byline" is a bio or a block of text, not a name. */
const MAX_BYLINE = 100;

function isByline(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const named =
    el.getAttribute('rel') === 'author' ||
    !!el.getAttribute('itemprop')?.includes('author') ||
    BYLINE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
  if (!named) return false;
  const length = (el.textContent ?? '').trim().length;
  return length > 0 && length < MAX_BYLINE;
}

/**
 * The byline Readability would have read in `nodes` (the first, in document order, and the
 * itemprop="name" inside it when there is one), so that cutting the story's header does not lose it.
 */
function bylineIn(nodes: Element[]): string | null {
  for (const node of nodes) {
    const walker = node.ownerDocument.createTreeWalker(node, SHOW_ELEMENT);
    for (let el: Element | null = node; el; el = walker.nextNode() as Element | null) {
      if (!isByline(el)) continue;
      const name = Array.from(el.querySelectorAll('[itemprop]')).find((n) =>
        n.getAttribute('itemprop')!.includes('name'),
      );
      return ((name ?? el).textContent ?? '').trim();
    }
  }
  return null;
}
