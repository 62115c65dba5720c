// Comment threads, set aside before the story is chosen (extraction only; the in-place tidy keeps
// every real thread). A thread is never the article and never inside it, yet a long one holds more
// paragraph text than a short post above it: left in, it wins Readability's scoring and the
// outside-story branch, and the reader shows the comments instead of the post.
//
// The sections are the comment model's (../comments/): only those it judges real. A section that
// holds the headline, or whose removal would leave no paragraph at all, is not set aside: the page
// is then a thread itself (a forum, a Q&A page), and its posts are the content.
import { findCommentSections } from '../comments/sections';
import { SHOW_ELEMENT, shownText, skipSubtree } from '../page/dom';
import { ownTextLength } from '../page/prose';
import { PARAGRAPH_CHARS } from './outside-story';
import type { Clutter } from '../tidy/types';
import { BLOCK_TAGS } from '../page/tags';

const holdsHeadline = (el: Element) => el.tagName === 'H1' || el.getElementsByTagName('h1').length > 0;

/** Is there a paragraph under `root` outside `set` (elements whose subtrees are left out)? */
function paragraphOutside(root: Element, set: Set<Element>): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el;) {
    if (set.has(el)) {
      el = skipSubtree(walker) as Element | null;
      continue;
    }
    if (BLOCK_TAGS.has(el.tagName) && ownTextLength(el, { links: false }) >= PARAGRAPH_CHARS) return true;
    el = walker.nextNode() as Element | null;
  }
  return false;
}

export function findCommentThreads(root: Element): Clutter[] {
  const threads = findCommentSections(root).filter((s) => s.state === 'real' && !s.nodes.some(holdsHeadline));
  if (!threads.length || !paragraphOutside(root, new Set(threads.flatMap((s) => s.nodes)))) return [];
  return threads.map((s) => ({ step: 'comment-thread', reason: s.reason, nodes: s.nodes }));
}

/** The post markup names as one: an <article>, or the element schema.org calls its body. */
const isMarkedPost = (el: Element) => el.tagName === 'ARTICLE' || el.getAttribute('itemprop') === 'articleBody';

/**
 * The post a thread answers: the first element before it that shows any words, at its own level
 * or its wrappers'. Trusted only when markup names it a post and it holds a paragraph: a thread
 * stands under the post it answers, so a sidebar longer than a short post is not the story.
 */
export function answeredPost(threads: Clutter[]): Element | null {
  const first = threads[0]?.nodes[0];
  for (let node = first; node && node.tagName !== 'BODY'; node = node.parentElement ?? undefined) {
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      if (!shownText(s, 0)) continue;
      return isMarkedPost(s) && paragraphOutside(s, new Set()) ? s : null;
    }
  }
  return null;
}
