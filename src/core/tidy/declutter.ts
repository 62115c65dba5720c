// Declutter: remove exactly the clutter that detect found, log each removal, and keep what is
// needed to put every node back where it stood. Used in place by the content script (undoable)
// and on a clone by extract.
import type { Clutter } from './types';
import { describe } from '../page/dom';
import { findClutter } from '.';
import { detectArticle } from '../detect';
import { leadingText } from '../page/text';
import type { Detection, Removal } from '../types';

export interface Declutter {
  removed: Removal[];
  /** Elements taken out, all removals together. */
  removedElements: number;
  /** Puts every removed node back in its place; the DOM is then as it was. */
  undo(): void;
}

export function declutter(clutter: Clutter[]): Declutter {
  const removed: Removal[] = [];
  const restore: { node: Element; parent: Node; next: Node | null }[] = [];
  for (const c of clutter) {
    const first = c.nodes[0];
    if (!first?.parentNode) continue;
    const nodes = c.nodes;
    let text: string | undefined;
    removed.push({
      step: c.step,
      reason: c.reason,
      ...(c.lines === undefined ? {} : { lines: c.lines }),
      selector: describe(first), // where it stood: only while it still stands there
      // Read on first use, from the removed nodes, which nothing changes once they are out: the
      // reader never shows it, and reading a menu's text is a walk over every link in it.
      get text() {
        return (text ??= leadingText(nodes));
      },
    });
    for (const node of c.nodes) {
      if (!node.parentNode) continue;
      restore.push({ node, parent: node.parentNode, next: node.nextSibling });
      node.remove();
    }
  }
  return {
    removed,
    removedElements: restore.length,
    undo() {
      // Backwards, so each node's recorded next sibling is back before the node is.
      for (let i = restore.length - 1; i >= 0; i--) {
        const { node, parent, next } = restore[i]!;
        parent.insertBefore(node, next && next.parentNode === parent ? next : null);
      }
      restore.length = 0;
    },
  };
}

export interface TidyResult extends Declutter {
  detection: Detection;
}

/** Detect, then declutter in place, only when the page is an article. */
export function tidyDocument(doc: Document): TidyResult {
  const detection = detectArticle(doc);
  if (!detection.isArticle || !doc.body) return { detection, removed: [], removedElements: 0, undo() {} };
  return { detection, ...declutter(findClutter(doc.body)) };
}

/** The clutter our users came for, counted: empty comment sections, and blank runs with their lines. */
export interface ClutterCount {
  comments: number;
  blankRuns: number;
  blankLines: number;
}

export function countClutter(removed: Removal[]): ClutterCount {
  const runs = removed.filter((r) => r.step === 'blank-run');
  return {
    comments: removed.filter((r) => r.step === 'empty-comments').length,
    blankRuns: runs.length,
    blankLines: runs.reduce((n, r) => n + (r.lines ?? 0), 0),
  };
}

/** "empty comments, 14 blank lines": what the toolbar badge title says was cut. */
export function summarize(removed: Removal[]): string {
  const { comments, blankLines: lines } = countClutter(removed);
  const parts: string[] = [];
  if (comments) parts.push(comments === 1 ? 'empty comments' : `${comments} empty comment sections`);
  if (lines) parts.push(`${lines} blank line${lines === 1 ? '' : 's'}`);
  return parts.join(', ');
}
