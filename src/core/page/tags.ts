// Tag sets, in one place: the groups of tags the stages share, and the sets each stage reads, each
// built from those groups and named for what it means there. Names are as `tagName` gives them in
// an HTML document: upper case for HTML elements; SVG and MathML elements keep their lower case.

/** Code and templates: never shown, never read as words. */
const CODE = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'];
/** Embedded content: what a reader sees that is not words. */
const EMBEDDED = ['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'EMBED'];
/** A form's fields and buttons. */
const CONTROLS = ['TEXTAREA', 'INPUT', 'BUTTON', 'SELECT'];
/** The page's regions around its story. */
const LANDMARKS = ['NAV', 'HEADER', 'FOOTER', 'ASIDE'];
/** A table's structure. */
const TABLE_PARTS = ['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'COL', 'COLGROUP'];
/** Elements whose own whitespace and line breaks are content. */
const LISTINGS = ['PRE', 'TEXTAREA', 'CODE', 'LISTING', 'XMP', 'PLAINTEXT'];

/** Block-level tags: a run of blank lines between two of these glues no words together. */
export const BLOCK_TAGS = new Set([
  ...['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL'],
  ...['DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER'],
  ...['HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'UL'],
  ...TABLE_PARTS.filter((t) => !t.startsWith('COL')),
]);

export const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Headings that title a post or a teaser (an h5 or h6 labels a part of one). */
export const TITLE_HEADINGS = new Set(['H1', 'H2', 'H3', 'H4']);

/**
 * Elements the sanitizer (../sanitize.ts) drops with everything inside them: code, metadata, frames
 * and SVG (MathML it keeps). Nothing in them is ever shown, so the article's text
 * and its figures, which are read before the article is sanitized, leave them out too.
 * tests/unit/sanitize.test.ts holds the two in step.
 */
export const NOT_SHOWN = new Set([...CODE, 'IFRAME', 'NOEMBED', 'NOFRAMES', 'XMP', 'PLAINTEXT', 'TITLE', 'svg']);

/** Elements whose own whitespace and line breaks are content (editable regions too: dom.ts). */
export const KEEPS_WHITESPACE = new Set(LISTINGS);

/** Tags whose text is never prose to read: code, controls, and the page's regions around the story. */
export const NOT_PROSE = new Set([
  ...CODE,
  'SVG',
  'svg',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  ...LANDMARKS,
  'FORM',
]);

/** Code the boilerplate pass removes with the site's regions (a <noscript>'s content is markup it reads). */
export const INERT_CODE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/** Visible even with no text, or structure that must stay: never part of a blank run (upper case: SVG, MATH). */
export const NEVER_BLANK = new Set([
  ...['A', ...EMBEDDED, 'IFRAME', 'SVG', 'MATH', ...CONTROLS, 'HR', 'LI', 'DT', 'DD', ...TABLE_PARTS, 'CAPTION'],
  ...['SOURCE', 'TRACK', 'METER', 'PROGRESS', 'OUTPUT', 'SLOT', 'FORM', 'FIELDSET', 'LABEL', 'DETAILS', 'DIALOG'],
  ...LISTINGS,
  ...['BODY', 'HTML', 'HEAD', 'MAIN', 'ARTICLE'],
]);

/** A comment section's reply form, and what never shows: what a section holds besides what it says. */
export const FORM_PARTS = new Set(['FORM', ...CONTROLS, 'LABEL', 'FIELDSET', ...CODE]);
/** Never part of a comment section's words: code, and listings (code a comment quotes). */
export const CODE_AND_LISTINGS = new Set([...CODE, 'PRE', 'CODE']);
/** Content that is not words in a comment section, and listings: a listing is content whatever its lines say. */
export const NOT_WORDS = new Set([...EMBEDDED, 'PRE']);

/** What a reader came for besides words, in an article (a line holding one is never cut as boilerplate). */
export const ARTICLE_MEDIA = [...EMBEDDED, 'IFRAME', 'svg', 'math', 'TABLE', 'PRE', 'FIGURE'];

/** Where a number is never a key figure: code, input, footnote marks, marks of our own, math, and what is not shown. */
export const NO_FIGURES = new Set([
  'PRE',
  'CODE',
  'KBD',
  'SAMP',
  'VAR',
  'TEXTAREA',
  'SUP',
  'MARK',
  'math',
  ...NOT_SHOWN,
]);
