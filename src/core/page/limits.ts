// Limits: what keeps a huge or hostile page from hanging extraction. Readability's cost grows
// with the square of a container's children and faster still with nesting depth (1,000 nested
// divs: 15 s in jsdom; 2,000: 96 s), so extract measures the page first (one iterative walk),
// refuses what is too large with a message a reader can act on, and reads too-deep pages from a
// copy whose nesting is capped, as browsers' own parsers cap it (Chromium at 512 levels).
import { isElement } from './dom';

/** Pages with more elements than this are not extracted (the CLI can raise it: --max-elements). */
export const MAX_ELEMENTS = 300_000;
/**
 * Past this many elements the content script does not tidy on page load: finding the clutter reads
 * every element (about 4 µs each in Chromium on a page's first run), and a page that long would
 * wait for it. The reader view, which works on its own copy, still cuts the clutter there.
 */
export const TIDY_ON_LOAD_MAX_ELEMENTS = 50_000;
/** Deeper than this, wrapper elements are unwrapped in the copy that is read (real pages stay under 60). */
export const MAX_DEPTH = 128;

export class PageTooLargeError extends Error {
  override name = 'PageTooLargeError';
}

export interface PageSize {
  elements: number;
  depth: number;
}

/** Element count and nesting depth, by an explicit stack (recursion would overflow on a deep page). */
export function measurePage(root: Node): PageSize {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [];
  for (let c = (root as ParentNode).firstElementChild; c; c = c.nextElementSibling) stack.push([c, 1]);
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { elements, depth };
}

/** Throws PageTooLargeError when the page is past the element budget. */
export function checkPageSize(size: PageSize, maxElements = MAX_ELEMENTS): void {
  if (size.elements > maxElements) {
    throw new PageTooLargeError(
      `This page is too large for the reader view: ${size.elements.toLocaleString('en')} elements (the limit is ${maxElements.toLocaleString('en')}).`,
    );
  }
}

/**
 * A copy of `doc` in which no wrapper sits deeper than `maxDepth`: an element below that depth
 * that holds other elements is left out and its children take its place (text, images and leaf
 * blocks such as a plain <p> are kept). Iterative, so any depth is safe.
 */
export function cloneWithCappedDepth(doc: Document, maxDepth = MAX_DEPTH): Document {
  const copy = doc.cloneNode(false) as Document;
  const stack: [Node, Node, number][] = [];
  const pushChildren = (from: Node, to: Node, depth: number) => {
    for (let c = from.lastChild; c; c = c.previousSibling) stack.push([c, to, depth]);
  };
  pushChildren(doc, copy, 1);
  while (stack.length) {
    const [node, parent, depth] = stack.pop()!;
    const isWrapper = isElement(node) && (node as Element).firstElementChild !== null;
    if (depth > maxDepth && isWrapper) {
      pushChildren(node, parent, depth + 1);
      continue;
    }
    const shallow = node.cloneNode(false);
    parent.appendChild(shallow);
    pushChildren(node, shallow, depth + 1);
  }
  return copy;
}
