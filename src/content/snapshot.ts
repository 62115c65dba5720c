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
  const copy = doc.documentElement.cloneNode(true) as Element;
  for (const sheet of copy.querySelectorAll('style')) sheet.remove();
  for (const el of copy.querySelectorAll<HTMLElement>('[style]')) {
    const { display, visibility } = el.style;
    if (display === 'none' || visibility === 'hidden') el.setAttribute('hidden', '');
    el.setAttribute(SNAPSHOT_STYLE, el.getAttribute('style')!);
    el.removeAttribute('style');
  }
  for (const el of copy.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) if (name.startsWith('on')) el.removeAttribute(name);
  }
  for (const el of copy.querySelectorAll('noscript')) disarmNoscript(el);
  return copy.outerHTML;
}

const SHEET_IN_MARKUP = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const START_TAG = /<[a-z][^>]*>/gi;
const STYLE_OR_HANDLER = /(\s)(style|on[a-z]+)(?=\s*=)/gi;

/**
 * A page with scripts on keeps a <noscript>'s markup as one text; the reader, which parses with
 * scripts off, reads it as elements (for lazy images' fallbacks), so the same renaming is done in
 * that text: a style becomes SNAPSHOT_STYLE, a handler a harmless data attribute, a sheet goes.
 */
function disarmNoscript(el: Element) {
  if (el.children.length) return; // parsed as elements already (a document with scripts off): done above
  const markup = el.textContent ?? '';
  const rename = (_: string, space: string, name: string) => `${space}${name.toLowerCase() === 'style' ? SNAPSHOT_STYLE : `data-tidy-${name}`}`;
  const disarmed = markup.replace(SHEET_IN_MARKUP, '').replace(START_TAG, (tag) => tag.replace(STYLE_OR_HANDLER, rename));
  if (disarmed !== markup) el.textContent = disarmed;
}
