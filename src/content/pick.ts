// Pick the content by hand: when the reader took the wrong block, the user points at the one that
// holds the story. A module of its own (pick.js), imported by URL only when the user asks, like
// tidy.js. The page gets one element of ours, an outline and a hint in a closed shadow root, and
// nothing else changes; every listener is removed when picking ends.
//
// Mouse: hover outlines the block under the pointer, a click picks it. Keyboard: ↑ takes the
// block around the outlined one, ↓ goes back in, ← and → move to the blocks beside it, Enter
// picks it. Esc cancels.
import { guarded } from './guard';
import { webext as browser } from '../shared/webext';
import { PICKED_ATTRIBUTE } from '../shared/messages';

const Z_TOP = '2147483647';
/** What holds a story: a block. A pointer on a link or a word outlines the block around it. */
const INLINE = new Set([
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'SMALL',
  'MARK',
  'SUP',
  'SUB',
  'CODE',
  'TIME',
  'ABBR',
  'IMG',
  'BR',
]);
/** The attribute that marks the picked block in the snapshot; the reader reads it and the page never keeps it. */
export const PICKED = PICKED_ATTRIBUTE;

const blockOf = (el: Element | null): Element | null => {
  let b = el;
  while (b && INLINE.has(b.tagName)) b = b.parentElement;
  return b && b !== document.documentElement ? b : null;
};

/** Where keyboard picking starts: the page's own mark for its main content, or the first block of the body. */
const startingBlock = (): Element | null =>
  document.querySelector('article, main, [role="main"]') ?? document.body?.firstElementChild ?? null;

/**
 * CSS.escape where the DOM has it (every browser does; jsdom does not), else the same for ids: a
 * backslash before what is not a word character, and a leading digit as its code point.
 */
const cssIdent = (s: string): string =>
  (globalThis as { CSS?: { escape?(s: string): string } }).CSS?.escape?.(s) ??
  s.replace(/[^\w-]/g, '\\$&').replace(/^(-?)(\d)/, (_, dash: string, d: string) => `${dash}\\3${d} `);

/**
 * A selector for `el` that finds it again on the site's other pages built from the same template:
 * the nearest ancestor with an id, then tag names with their place among siblings of that tag.
 */
export function selectorOf(el: Element): string {
  const steps: string[] = [];
  for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement) {
    if (e.id && document.querySelectorAll(`#${cssIdent(e.id)}`).length === 1) {
      steps.unshift(`#${cssIdent(e.id)}`);
      return steps.join(' > ');
    }
    if (e === document.body) {
      steps.unshift('body');
      return steps.join(' > ');
    }
    const tag = e.localName;
    const same = e.parentElement ? Array.from(e.parentElement.children).filter((c) => c.localName === tag) : [e];
    steps.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(e) + 1})` : tag);
  }
  return steps.join(' > ');
}

/** The outline and the hint, in a closed shadow root of their own, above the page. */
function overlay() {
  const host = document.createElement('tidy-reader-pick');
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  const hint = document.createElement('div');
  hint.setAttribute('role', 'status');
  hint.textContent = browser.i18n.getMessage('pickHint') || 'Click the block that holds the story. Esc cancels.';
  // CSSOM only: a page's CSP may forbid inline styles.
  const style = (el: HTMLElement, props: Record<string, string>) => {
    for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, 'important');
  };
  style(host, { all: 'initial', position: 'fixed', inset: '0', 'z-index': Z_TOP, 'pointer-events': 'none' });
  style(box, {
    position: 'fixed',
    outline: '3px solid #1a5f5b',
    background: 'rgba(26, 95, 91, 0.12)',
    'border-radius': '3px',
    display: 'none',
  });
  style(hint, {
    position: 'fixed',
    top: '0',
    left: '0',
    right: '0',
    padding: '10px 16px',
    background: '#1a5f5b',
    color: '#fff',
    font: '15px/1.4 system-ui, sans-serif',
    'text-align': 'center',
  });
  shadow.append(box, hint);
  document.documentElement.append(host);
  return {
    host,
    outline(el: Element | null) {
      if (!el) return style(box, { display: 'none' });
      const r = el.getBoundingClientRect();
      style(box, {
        display: 'block',
        top: `${r.top}px`,
        left: `${r.left}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    },
  };
}

/** Lets the user pick a block of the page. Resolves with it, or with null when they cancel (Esc). */
export function pickBlock(): Promise<Element | null> {
  return new Promise((resolve) => {
    const ui = overlay();
    let current: Element | null = null;
    /** The blocks ↑ left, so that ↓ goes back the way it came. */
    const inner: Element[] = [];
    const show = (el: Element | null) => {
      current = el;
      ui.outline(el);
      el?.scrollIntoView?.({ block: 'nearest' });
    };
    const underPointer = (e: MouseEvent) => blockOf(document.elementFromPoint(e.clientX, e.clientY));
    const onMove = guarded((e: MouseEvent) => {
      inner.length = 0;
      current = underPointer(e);
      ui.outline(current);
    });
    const swallow = guarded((e: Event) => {
      // The page must not act on the clicks that pick (a link would navigate away).
      e.preventDefault();
      e.stopImmediatePropagation();
    });
    const onClick = guarded((e: MouseEvent) => {
      swallow(e);
      finish(underPointer(e) ?? current);
    });
    const KEYS: Record<string, () => void> = {
      Escape: () => finish(null),
      Enter: () => finish(current),
      ArrowUp: () => {
        const up = current?.parentElement;
        if (current && up && up !== document.documentElement) {
          inner.push(current);
          show(up);
        }
      },
      ArrowDown: () => show(inner.pop() ?? current?.firstElementChild ?? current),
      ArrowLeft: () => show(current?.previousElementSibling ?? current),
      ArrowRight: () => show(current?.nextElementSibling ?? current),
    };
    const onKey = guarded((e: KeyboardEvent) => {
      const act = KEYS[e.key];
      if (!act) return;
      swallow(e);
      act();
    });
    const events: [string, EventListener][] = [
      ['mousemove', onMove as EventListener],
      ['click', onClick as EventListener],
      ['mousedown', swallow],
      ['mouseup', swallow],
      ['keydown', onKey as EventListener],
    ];
    for (const [type, f] of events) window.addEventListener(type, f, true);
    show(startingBlock());
    function finish(el: Element | null) {
      for (const [type, f] of events) window.removeEventListener(type, f, true);
      ui.host.remove();
      resolve(el);
    }
  });
}

/** The child indices from the root down to `node`. */
const pathOf = (node: Node): number[] => {
  const path: number[] = [];
  for (let n: Node = node; n.parentNode && n !== document.documentElement; n = n.parentNode)
    path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  return path;
};
const nodeAt = (root: Node, path: number[]): Node | null =>
  path.reduce<Node | null>((n, i) => n?.childNodes[i] ?? null, root);

/**
 * The user's selection as a page of its own: the page's <head> (title, metadata) and one <article>
 * marked PICKED holding what is selected. Cut from an inert copy of the page (a document with no
 * browsing context, as the snapshot is), so nothing of the page is cloned into the live document.
 * Null when nothing is selected.
 */
export function selectionDocument(): Document | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const inert = document.implementation.createHTMLDocument('');
  const copy = inert.importNode(document.documentElement, true);
  inert.replaceChild(copy, inert.documentElement);
  const start = nodeAt(copy, pathOf(range.startContainer));
  const end = nodeAt(copy, pathOf(range.endContainer));
  if (!start || !end || !inert.body) return null;
  const cut = inert.createRange();
  cut.setStart(start, range.startOffset);
  cut.setEnd(end, range.endOffset);
  const article = inert.createElement('article');
  article.setAttribute(PICKED, '');
  article.append(cut.cloneContents());
  inert.body.replaceChildren(article);
  return inert;
}
