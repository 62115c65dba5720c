// Marks of a comment, read from one element at a time: these run on every element of a section,
// as the walk meets it.
import { COMMENT_BYLINE_CLASS, COMMENT_BYLINE_TAGS, COMMENT_ITEM_CLASSES } from '../rules/comments';

const ITEM_CLASS = new RegExp(`(?:^|\\s)(?:${COMMENT_ITEM_CLASSES.join('|')})(?:\\s|$)`, 'i');
/** WordPress numbers its comments: `li#comment-123`, `div#div-comment-123`. */
const ITEM_ID = /^(?:div-)?comment-?\d+$/i;
const BYLINE_TAGS = new Set(COMMENT_BYLINE_TAGS);

/** Is `el` marked as one comment (by class, schema.org or a numbered id)? Its words decide whether it holds one. */
export function isCommentItem(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (ITEM_CLASS.test(el.getAttribute('class') ?? '') || ITEM_ID.test(el.getAttribute('id') ?? '')) return true;
  return el.getAttribute('itemprop') === 'comment' || /schema\.org\/Comment\b/.test(el.getAttribute('itemtype') ?? '');
}

/** Is `el` part of a comment's byline: a time, a cited author, an avatar, an author's name? */
export function isBylineMark(el: Element): boolean {
  if (BYLINE_TAGS.has(el.tagName)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('datetime') || el.getAttribute('itemprop') === 'author') return true;
  if (COMMENT_BYLINE_CLASS.test(el.getAttribute('class') ?? '')) return true;
  return el.tagName === 'IMG' && /gravatar/.test(el.getAttribute('src') ?? '');
}
