// The words of comment sections (../rules/comments.ts), compiled: does a line name comments, say
// there are none, or count zero of them? Extra evidence beside the structure (./sections.ts).
import { escapeRegExp } from '../page/dom';
import { COMMENT_LANGUAGES } from '../rules/comments';

/** Scripts written without spaces between words: their words are found anywhere in a line. */
const UNSPACED = /^[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;
const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{N}])';

const unique = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);
/** A phrase as a pattern: any whitespace between its words (textContent keeps indentation). */
const pattern = (phrase: string) => escapeRegExp(phrase).replace(/ /g, '\\s+');
/** Alternatives that start at a word's start (or anywhere, in scripts without spaces). */
function atWordStart(texts: string[], wholeWord: boolean): string {
  const spaced = texts.filter((t) => !UNSPACED.test(t)).map(pattern);
  const unspaced = texts.filter((t) => UNSPACED.test(t)).map(pattern);
  const alts: string[] = [];
  if (spaced.length) alts.push(`${NOT_AFTER_LETTER}(?:${spaced.join('|')})${wholeWord ? NOT_BEFORE_LETTER : ''}`);
  if (unspaced.length) alts.push(`(?:${unspaced.join('|')})`);
  return alts.join('|');
}

const WORDS = unique(COMMENT_LANGUAGES.flatMap((l) => l.words));
const EMPTY = unique(COMMENT_LANGUAGES.flatMap((l) => l.empty));

const COMMENT_WORD = new RegExp(atWordStart(WORDS, false), 'iu');
const EMPTY_PHRASE = new RegExp(atWordStart(EMPTY, true), 'iu');
/** A zero standing alone ("0 Kommentare", "Comments (0)"), not part of 10, 0.5 or 20:00. */
const ZERO = /(?<![\p{N}.,:/])[0٠](?![\p{N}.,:/])/u;

/** Does the text name comments, replies or the discussion, in any language of the table? */
export const hasCommentWord = (text: string): boolean => COMMENT_WORD.test(text);

const COMMENT_WORDS_WHOLE = new RegExp(`(?:${COMMENT_WORD.source})\\p{L}*`, 'giu');
const COUNTS_AND_PUNCTUATION = /[\p{N}\p{P}\p{S}\s]+/gu;

/** Does the text say more than comment words and counts ("Great post!", not "replies" or "3 Comments")? */
export const saysMoreThanCommentWords = (text: string): boolean =>
  text.replace(COMMENT_WORDS_WHOLE, '').replace(COUNTS_AND_PUNCTUATION, '') !== '';

const COUNT_BEFORE = new RegExp(`(?<![\\p{N}.,:])[1-9]\\d*\\s*(?:${COMMENT_WORD.source})`, 'iu');
const COUNT_AFTER = new RegExp(`(?:${COMMENT_WORD.source})\\p{L}*\\s*[:(\\[]?\\s*[1-9]\\d*(?![\\p{N}.,:])`, 'iu');

/** Does the text count some comments ("18 Comments", "Comments: 18", "Responses (3)")? Then they exist, shown or not. */
export const countsComments = (text: string): boolean => COUNT_BEFORE.test(text) || COUNT_AFTER.test(text);

/** A line this short that names comments and counts zero of them says there are none ("0 replies"). */
const MAX_COUNT_LINE = 80;

/** Does the text say there is no comment: "No comments yet", "Be the first…", "0 Kommentare", "Comments are closed"? */
export const saysNoComments = (text: string): boolean =>
  EMPTY_PHRASE.test(text) || (text.length <= MAX_COUNT_LINE && ZERO.test(text) && COMMENT_WORD.test(text));

/**
 * Each empty phrase's longest word (the last of equals), and the zero: a phrase can only stand
 * where one of these does. One search for them over a page's text is far cheaper than trying
 * every phrase at every character, so whole pages are pre-tested with it.
 */
const CLUE = new RegExp(
  `${unique(EMPTY.map((t) => t.split(' ').reduce((a, b) => (b.length >= a.length ? b : a))))
    .map(escapeRegExp)
    .join('|')}|${ZERO.source}\\s*(?:\\p{L}|\\))`,
  'iu',
);

/** Could the text hold a line that says there is no comment? (A cheap pre-test for a whole page.) */
export const mayHaveNoCommentLine = (text: string): boolean => CLUE.test(text);

/** Could this text node be part of such a line: a clue, or a zero alone ("<span>0</span> Comments")? */
export const mayHaveNoCommentClue = (text: string): boolean => CLUE.test(text) || ZERO.test(text);
