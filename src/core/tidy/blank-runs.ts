// Blank runs: the long stretch of empty lines some pages end their text with — `<p>&nbsp;</p>`
// after `<p>&nbsp;</p>`, spacer divs, `<br>` chains, empty Word-paste paragraphs.
//
// The rule that keeps words apart: a run between two pieces of inline content (text, links) is a
// line break inside a paragraph, so it keeps its first block or first two <br>s and loses only the
// surplus. Removing all of "page<br>The" would print "pageThe".
//
// Only text-level blanks count, and only in the flow of text: an element that is merely empty (a
// layout box, an icon) is no blank line, a run among empty boxes is layout, and the blank lines of
// a user's post (a comment, a forum message) are the writer's.
import { isCommentItem } from '../comments/marks';
import { inlineStyle, isBlankText, isElement, isText, preservesWhitespace, SHOW_ELEMENT } from '../page/dom';
import { MIN_PROSE_CHARS, ownTextLength } from '../page/prose';
import type { Clutter, ClutterFinder } from './types';
import { BLOCK_TAGS, NEVER_BLANK } from '../page/tags';

/** Invisible, and not ours to remove: they neither break a run nor leave with it. */
const NEUTRAL = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT', 'BASE']);
/** Layout helpers (`<div class="clear">`) keep floats apart: left in place, but they do not break a run. */
const LAYOUT_HINT = /\bclear(fix)?\b|clear\s*:/i;
/** An explicit size or a spacer class makes one empty element a blank line (one: a single gap between two boxes is layout, not a run). */
const SPACER_HINT = /\bspacer\b|\bspace\b|\bgap\b|height\s*:|padding|margin/i;

/** Characters that make an otherwise empty block a line someone typed: &nbsp; and zero-width spaces. */
const TEXT_LEVEL_BLANK = /[\u00a0\u200b-\u200d\u2060\ufeff]/;
/** A user's post (a comment, a forum message): its blank lines are the writer's, and stay. */
const USER_POST_HINT = /comment|repl(?:y|ies)|message|postbody|post-body|bbcode|forum/i;

/** Runs with fewer blank lines than this are ordinary spacing. */
const MIN_RUN_LINES = 2;
/**
 * Deeper than this the walk stops looking (5,000-deep pages exist; the recursion's stack does not).
 * The live page's own depth: not page/limits.ts's MAX_DEPTH, which caps the copy extraction reads.
 */
const MAX_WALK_DEPTH = 400;

type Kind = 'text' | 'ws' | 'neutral' | 'blank' | 'content';

interface Scanned {
  kind: Kind;
  /** Blank lines the node renders: 1 per <br> or empty block. */
  lines: number;
}

// The common answers, shared rather than allocated once per node of the page.
const TEXT: Scanned = { kind: 'text', lines: 0 };
const WS: Scanned = { kind: 'ws', lines: 0 };
const NEUTRAL_NODE: Scanned = { kind: 'neutral', lines: 0 };
const ONE_BREAK: Scanned = { kind: 'blank', lines: 1 };
const CONTENT: Scanned = { kind: 'content', lines: 0 };

/** A child node with what it is. */
type Child = [ChildNode, Scanned];

/** Whitespace, a blank element or an invisible one: what a run is made of. */
const isRunPart = ([, s]: Child) => s.kind === 'ws' || s.kind === 'neutral' || s.kind === 'blank';

const hintOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${inlineStyle(el)}`;

/** Can `el` (tag name `tag`, upper case), holding only blank lines, be one itself? (Its whitespace is not content: scan checked.) */
function mayBeBlank(el: Element, tag: string): boolean {
  return (
    !NEVER_BLANK.has(tag) &&
    !tag.includes('-') &&
    !el.id &&
    !el.hasAttribute('name') &&
    !el.hasAttribute('role') &&
    !el.shadowRoot
  );
}

class BlankRunScanner {
  readonly runs: Clutter[] = [];

  /**
   * Classifies an element; for content elements, finds the blank runs among its children on the
   * way. Elements are walked; text nodes are read only where a run or a blank element is possible.
   * A page has more text nodes than elements, most of them inside plain paragraphs.
   */
  scan(el: Element, depth: number): Scanned {
    const tag = el.tagName.toUpperCase();
    if (NEUTRAL.has(tag)) return NEUTRAL_NODE;
    if (tag === 'BR') return ONE_BREAK;
    if (depth > MAX_WALK_DEPTH || preservesWhitespace(el, tag)) return CONTENT;

    // What each child element is (only those that are not plain content need remembering).
    let scanned: Map<Element, Scanned> | null = null;
    let blankChildren = true;
    let lines = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const s = this.scan(c, depth + 1);
      if (s.kind === 'content') blankChildren = false;
      else (scanned ??= new Map()).set(c, s);
      lines += s.lines;
    }
    // A leaf's textContent is its own text; an element with children is read node by node.
    const allBlank =
      blankChildren &&
      (el.firstElementChild ? this.childNodes(el, scanned).every(isRunPart) : isBlankText(el.textContent));
    if (allBlank && mayBeBlank(el, tag)) {
      if (LAYOUT_HINT.test(hintOf(el))) return NEUTRAL_NODE;
      const spacer = SPACER_HINT.test(hintOf(el)) ? 1 : 0;
      // A blank line is text-level: a <br>, an empty paragraph, a block of &nbsp;, or a sized spacer.
      // An element that is merely empty (a layout box, an icon's bars, a progress bar) is no line.
      if (!lines && !spacer && tag !== 'P' && !TEXT_LEVEL_BLANK.test(el.textContent ?? '')) return NEUTRAL_NODE;
      const own = BLOCK_TAGS.has(tag) ? 1 : 0;
      return { kind: 'blank', lines: Math.max(lines, own, spacer) };
    }
    // Fewer blank lines among all the children than a run needs: no run here.
    if (lines >= MIN_RUN_LINES) this.collectRuns(el, scanned);
    return CONTENT;
  }

  /**
   * el's child nodes, each with what it is (elements as scanned, text read here).
   */
  private childNodes(el: Element, scanned: Map<Element, Scanned> | null): Child[] {
    const out: Child[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      out.push([
        c,
        isElement(c) ? (scanned?.get(c) ?? CONTENT) : isText(c) ? (isBlankText(c.nodeValue) ? WS : TEXT) : NEUTRAL_NODE,
      ]);
    }
    return out;
  }

  private collectRuns(el: Element, scanned: Map<Element, Scanned> | null) {
    const children = this.childNodes(el, scanned);
    // Blank lines in the flow of text: among words or blocks of content that hold a paragraph of
    // prose (not a price box, a menu or a card), never in a user's post.
    if (!children.some(([, s]) => s.kind === 'text' || s.kind === 'content') || !holdsProse(el) || insideUserPost(el))
      return;
    let start = -1;
    for (let i = 0; i <= children.length; i++) {
      const inRun = i < children.length && isRunPart(children[i]!);
      if (inRun && start < 0) start = i;
      if (!inRun && start >= 0) {
        this.judgeRun(children, start, i);
        start = -1;
      }
    }
  }

  /** children[start..end) is a stretch of blank, whitespace and neutral nodes. */
  private judgeRun(children: Child[], start: number, end: number) {
    const blanks: { el: Element; lines: number }[] = [];
    for (const [node, { kind, lines }] of children.slice(start, end)) {
      if (kind === 'blank') blanks.push({ el: node as Element, lines });
    }
    const lines = blanks.reduce((n, b) => n + b.lines, 0);
    if (lines < MIN_RUN_LINES) return;

    const isInline = (n: ChildNode | undefined) =>
      !!n && (isText(n) || (isElement(n) && !BLOCK_TAGS.has(n.tagName.toUpperCase())));
    const betweenInline = isInline(children[start - 1]?.[0]) && isInline(children[end]?.[0]);

    let remove = blanks;
    if (betweenInline) {
      // Keep one line break's worth (a block, or two <br>s) so the words on each side stay apart.
      let kept = 0;
      remove = blanks.filter((b) => {
        if (kept >= MIN_RUN_LINES) return true;
        kept += BLOCK_TAGS.has(b.el.tagName.toUpperCase()) ? MIN_RUN_LINES : b.lines;
        return false;
      });
    }
    if (remove.length === 0) return;
    const removedLines = remove.reduce((n, b) => n + b.lines, 0);
    this.runs.push({
      step: 'blank-run',
      reason: `${removedLines} blank line${removedLines === 1 ? '' : 's'}`,
      nodes: remove.map((b) => b.el),
      lines: removedLines,
    });
  }
}

/** Blocks read to find a paragraph's worth of prose in a run's container: a story's come early. */
const PROSE_SCAN_LIMIT = 2000;

/**
 * Does `el` hold a paragraph's worth of prose, in its own text (a <span> of <br>-split lines) and
 * its blocks' together? Links do not count: a menu or a list of teasers is not a story's flow.
 */
function holdsProse(el: Element): boolean {
  let len = ownTextLength(el, { links: false });
  let budget = PROSE_SCAN_LIMIT;
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT);
  for (
    let n = walker.nextNode() as Element | null;
    len < MIN_PROSE_CHARS && n && budget-- > 0;
    n = walker.nextNode() as Element | null
  ) {
    if (BLOCK_TAGS.has(n.tagName.toUpperCase())) len += ownTextLength(n, { links: false });
  }
  return len >= MIN_PROSE_CHARS;
}

function insideUserPost(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement)
    if (isCommentItem(a) || USER_POST_HINT.test(hintOf(a))) return true;
  return false;
}

export function findBlankRuns(root: Element): Clutter[] {
  const scanner = new BlankRunScanner();
  scanner.scan(root, 0);
  return scanner.runs;
}

export const blankRuns: ClutterFinder = { find: findBlankRuns };
