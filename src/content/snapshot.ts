// The page's markup as the reader gets it.
import { SHOW_ELEMENT, skipSubtree, SNAPSHOT_STYLE } from '../core/page/dom';

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
  const parser = lazyParser(doc.defaultView ?? window);
  // One walk over the copy; most elements have no attributes and cost one call.
  const walker = copy.ownerDocument.createTreeWalker(copy, SHOW_ELEMENT);
  for (let el: Element | null = copy; el;) {
    if (el.localName === 'style') {
      // an SVG's too
      const sheet = el;
      el = skipSubtree(walker) as Element | null;
      sheet.remove();
      continue;
    }
    if (el.localName === 'noscript') noscriptAsElements(el, parser);
    if (el.hasAttributes()) {
      for (const name of el.getAttributeNames()) {
        if (name === 'style') disarmStyle(el as HTMLElement);
        else if (name.startsWith('on')) el.removeAttribute(name);
      }
    }
    el = walker.nextNode() as Element | null;
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

/** A DOMParser of the page's window, made only if a <noscript> needs one. */
function lazyParser(win: Window): () => DOMParser {
  let parser: DOMParser | undefined;
  return () => (parser ??= new (win as unknown as typeof globalThis).DOMParser());
}

/** A start tag in markup (a quoted value may hold a `>`), and an inline handler attribute in it. */
const TAG = /<[a-z](?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const HANDLER = /\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * A page with scripts on keeps each <noscript>'s markup as one text, which a copy outside the page
 * serializes escaped (scripting is off there). The CLI reads that markup as elements (lazy images'
 * fallbacks are in it), and so must the reader: the copy gets it as elements, parsed inertly, which
 * the walk then disarms with the rest.
 */
function noscriptAsElements(el: Element, parser: () => DOMParser) {
  if (el.children.length || !el.textContent?.trim()) return; // parsed as elements already, or empty
  // Handlers go from the text before it is parsed: parsing one in the page's context already reports
  // a violation of the page's CSP (`<link rel="preload" onload>` in a fallback for stylesheets).
  const markup = el.textContent.replace(TAG, (tag) => tag.replace(HANDLER, ''));
  const parsed = parser().parseFromString(`<!DOCTYPE html><body>${markup}`, 'text/html').body;
  el.replaceChildren(...Array.from(parsed.childNodes, (n) => el.ownerDocument.importNode(n, true)));
}
