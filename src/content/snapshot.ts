// The page's markup as the reader gets it.
import { SNAPSHOT_STYLE } from '../core/dom';

/**
 * The page's markup for the reader view. The reader parses it in an extension page, and that
 * page's CSP (`style-src 'self'`, no inline handlers) applies to every document it parses: inline
 * styles are dropped there, so a paragraph the page hides with `display: none` would show, and
 * each style and handler would log a violation. So the page's own parse decides here, on a copy,
 * what its inline styles hide (marked `hidden`, which the reader honours as the page did); the
 * style text travels under another name for the rules that read sizes from it; handlers and style
 * sheets, which the reader never uses, stay behind.
 */
export function snapshotHtml(doc: Document): string {
  // Copied into a document of its own, with no browsing context: a copy in the page's document would
  // fetch what it points at (an SVG <use> with an outside href does, on cloning) and would construct
  // the page's custom elements, running page code.
  const copy = doc.implementation.createHTMLDocument('').importNode(doc.documentElement, true);
  noscriptAsElements(copy, doc.defaultView ?? window);
  for (const sheet of copy.querySelectorAll('style')) sheet.remove();
  // One walk; most elements have no attributes at all and cost one call.
  const walker = copy.ownerDocument.createTreeWalker(copy, 1 /* SHOW_ELEMENT */);
  for (let el: Element | null = copy; el; el = walker.nextNode() as Element | null) {
    if (!el.hasAttributes()) continue;
    for (const name of el.getAttributeNames()) {
      if (name === 'style') disarmStyle(el as HTMLElement);
      else if (name.startsWith('on')) el.removeAttribute(name);
    }
  }
  return copy.outerHTML;
}

/** What the inline style hides is marked `hidden`; the style text moves to SNAPSHOT_STYLE. */
function disarmStyle(el: HTMLElement) {
  const { display, visibility } = el.style;
  if (display === 'none' || visibility === 'hidden') el.setAttribute('hidden', '');
  el.setAttribute(SNAPSHOT_STYLE, el.getAttribute('style')!);
  el.removeAttribute('style');
}

/**
 * A page with scripts on keeps each <noscript>'s markup as one text, which a copy outside the page
 * serializes escaped (scripting is off there). The CLI reads that markup as elements (lazy images'
 * fallbacks are in it), and so must the reader: the copy gets it as elements, parsed inertly.
 */
function noscriptAsElements(copy: Element, win: Window) {
  let parser: DOMParser | undefined;
  for (const el of copy.querySelectorAll('noscript')) {
    if (el.children.length || !el.textContent?.trim()) continue; // parsed as elements already, or empty
    parser ??= new (win as unknown as typeof globalThis).DOMParser();
    const parsed = parser.parseFromString(`<!DOCTYPE html><body>${el.textContent}`, 'text/html').body;
    el.replaceChildren(...Array.from(parsed.childNodes, (n) => copy.ownerDocument.importNode(n, true)));
  }
}
