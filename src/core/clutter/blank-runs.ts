// Blank runs: the long stretch of empty lines some pages end their text with — `<p>&nbsp;</p>`
// after `<p>&nbsp;</p>`, spacer divs, `<br>` chains, empty Word-paste paragraphs.
//
// The rule that keeps words apart: a run between two pieces of inline content (text, links) is a
// line break inside a paragraph, so it keeps its first block or first two <br>s and loses only the
// surplus. Removing all of "page<br>The" would print "pageThe".
import { BLOCK_TAGS, isBlankText, isElement, preservesWhitespace } from '../dom';
import type { Clutter, ClutterFinder } from './types';

/** Visible even with no text, or structure that must stay: never part of a blank run. */
const NEVER_BLANK = new Set([
  'A', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'EMBED', 'OBJECT', 'CANVAS', 'SVG', 'MATH', 'INPUT', 'SELECT',
  'TEXTAREA', 'BUTTON', 'HR', 'LI', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'COL', 'COLGROUP',
  'CAPTION', 'SOURCE', 'TRACK', 'METER', 'PROGRESS', 'OUTPUT', 'SLOT', 'FORM', 'FIELDSET', 'LABEL', 'DETAILS', 'DIALOG',
  'PRE', 'CODE', 'LISTING', 'XMP', 'PLAINTEXT', 'BODY', 'HTML', 'HEAD', 'MAIN', 'ARTICLE',
]);
/** Invisible, and not ours to remove: they neither break a run nor leave with it. */
const NEUTRAL = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT', 'BASE']);
/** Layout helpers (`<div class="clear">`) keep floats apart: left in place, but they do not break a run. */
const LAYOUT_HINT = /\bclear(fix)?\b|clear\s*:/i;
/** An explicit size or a spacer class makes one empty element a gap by itself. */
const SPACER_HINT = /\bspacer\b|\bspace\b|\bgap\b|height\s*:|padding|margin/i;

/** Runs with fewer blank lines than this are ordinary spacing. */
const MIN_RUN_LINES = 2;
/** Deeper than this we stop looking (5,000-deep pages exist; the stack does not). */
const MAX_DEPTH = 400;

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

const hintOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('style') ?? ''}`;

function mayBeBlank(el: Element): boolean {
  return !NEVER_BLANK.has(el.tagName.toUpperCase()) && !el.tagName.includes('-') && !el.id && !el.hasAttribute('name') &&
    !el.hasAttribute('role') && !el.shadowRoot && !preservesWhitespace(el);
}

class BlankRunScanner {
  readonly runs: Clutter[] = [];

  /** Classifies `node`; for content elements, finds the blank runs among its children on the way. */
  scan(node: Node, depth: number): Scanned {
    if (!isElement(node)) {
      if (node.nodeType === 3) return isBlankText(node.nodeValue) ? WS : TEXT;
      return NEUTRAL_NODE;
    }
    const tag = node.tagName.toUpperCase();
    if (NEUTRAL.has(tag)) return NEUTRAL_NODE;
    if (tag === 'BR') return ONE_BREAK;
    if (depth > MAX_DEPTH || preservesWhitespace(node)) return CONTENT;

    // Sibling links, not childNodes: jsdom builds a live NodeList per access, a cost per element.
    const nodes: ChildNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) nodes.push(c);
    const children = nodes.map((c) => this.scan(c, depth + 1));
    const allBlank = children.every((c) => c.kind === 'ws' || c.kind === 'blank' || c.kind === 'neutral');
    if (allBlank && mayBeBlank(node)) {
      if (LAYOUT_HINT.test(hintOf(node))) return NEUTRAL_NODE;
      const inner = children.reduce((n, c) => n + c.lines, 0);
      const own = BLOCK_TAGS.has(tag) ? 1 : 0;
      const spacer = SPACER_HINT.test(hintOf(node)) ? MIN_RUN_LINES : 0;
      return { kind: 'blank', lines: Math.max(inner, own, spacer) };
    }
    this.collectRuns(nodes, children);
    return CONTENT;
  }

  private collectRuns(nodes: ChildNode[], scanned: Scanned[]) {
    let start = -1;
    for (let i = 0; i <= nodes.length; i++) {
      const k = scanned[i]?.kind;
      const inRun = k === 'ws' || k === 'neutral' || k === 'blank';
      if (inRun && start < 0) start = i;
      if (!inRun && start >= 0) {
        this.judgeRun(nodes, scanned, start, i);
        start = -1;
      }
    }
  }

  /** nodes[start..end) is a stretch of blank, whitespace and neutral nodes. */
  private judgeRun(nodes: ChildNode[], scanned: Scanned[], start: number, end: number) {
    const blanks: { el: Element; lines: number }[] = [];
    for (let i = start; i < end; i++) {
      if (scanned[i]!.kind === 'blank') blanks.push({ el: nodes[i] as Element, lines: scanned[i]!.lines });
    }
    const lines = blanks.reduce((n, b) => n + b.lines, 0);
    if (lines < MIN_RUN_LINES) return;

    const isInline = (n: ChildNode | undefined) => !!n && (n.nodeType === 3 || (isElement(n) && !BLOCK_TAGS.has(n.tagName.toUpperCase())));
    const betweenInline = isInline(nodes[start - 1]) && isInline(nodes[end]);

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
    });
  }
}

export function findBlankRuns(root: Element): Clutter[] {
  const scanner = new BlankRunScanner();
  scanner.scan(root, 0);
  return scanner.runs;
}

export const blankRuns: ClutterFinder = { step: 'blank-run', find: findBlankRuns };
