// Sanitize: the one module that turns markup into nodes or nodes into markup. Everything the
// reader shows from a page passes DOMPurify here with the configuration below; a guard in
// `npm test` (tests/unit/guards.test.ts) fails if innerHTML/outerHTML writes appear anywhere else.
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { isDocument, isElement } from './page/dom';

/** What an article may contain: text structure, media, tables, code, math. No forms, no scripts, no styles. */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
  'audio',
  'video',
  'track',
  // MathML Core, presentation only (annotation-xml and maction, which can hold HTML or act, are left out).
  ...['math', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mfrac', 'msqrt', 'mroot', 'msub', 'msup'],
  ...['msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts', 'mprescripts', 'none', 'mtable', 'mtr', 'mtd'],
  ...['mstyle', 'mpadded', 'mphantom', 'menclose', 'merror', 'mfenced', 'semantics', 'annotation'],
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'datetime',
  'cite',
  'lang',
  'dir',
  'start',
  'reversed',
  'type',
  'media',
  'controls',
  'poster',
  'kind',
  'srclang',
  'label',
  'open',
  // Ids and names stay for in-article links (footnotes, headings), under DOMPurify's prefix (SANITIZE_NAMED_PROPS).
  'id',
  'name',
  'data-figure',
  // An embed's card (../extract/embeds.ts): its kind and its site, which the reader labels.
  'data-embed',
  'data-embed-site',
  // A code block's language (../extract/code.ts), which the reader shows above it.
  'data-code-lang',
  // MathML's presentation attributes.
  ...['display', 'displaystyle', 'scriptlevel', 'mathvariant', 'mathsize', 'stretchy', 'symmetric', 'fence'],
  ...['separator', 'lspace', 'rspace', 'largeop', 'movablelimits', 'accent', 'accentunder', 'linethickness'],
  ...['columnalign', 'rowalign', 'columnspan', 'columnlines', 'rowlines', 'frame', 'notation', 'encoding'],
  ...['depth', 'voffset', 'close', 'separators'],
];

export const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Ids and names could clobber the reader's own globals (id="document", name="createElement"):
  // each is kept as "user-content-" + its value, which names nothing of the reader's.
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

const URL_ATTRS = ['href', 'src', 'poster', 'cite'];
/** What DOMPurify puts before every id and name it keeps (SANITIZE_NAMED_PROPS). */
export const NAMED_PREFIX = 'user-content-';
/** Schemes a reader link or image may use. (DOMPurify's ALLOWED_URI_REGEXP is not the place for this:
 * it tests every attribute value, so a strict one strips data-figure="money" too.) */
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.|[^:]*$)/i;
const IMAGE_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif);/i;

const instances = new WeakMap<object, DOMPurify>();

/** One DOMPurify per window (jsdom gives each document its own), with our hooks installed once. */
function purifier(win: Window): DOMPurify {
  let p = instances.get(win);
  if (p) return p;
  p = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  p.addHook('afterSanitizeAttributes', (node) => {
    for (const attr of URL_ATTRS) {
      const v = node.getAttribute(attr)?.trim();
      if (!v) continue;
      // http(s), mailto and relative links; data: only as an image source (a data: link could carry a whole page).
      const imageData = node.tagName === 'IMG' && attr === 'src' && IMAGE_DATA_URL.test(v);
      if (!imageData && !SAFE_URL.test(v)) node.removeAttribute(attr);
    }
    const href = node.tagName === 'A' ? node.getAttribute('href') : null;
    if (href?.startsWith('#')) {
      // A place in the article (../extract/anchors.ts): its id carries the prefix now, and so does the link.
      // (DOMPurify leaves a value that already starts with the prefix as it is, and so does this.)
      if (href.length > 1 && !href.startsWith(`#${NAMED_PREFIX}`))
        node.setAttribute('href', `#${NAMED_PREFIX}${href.slice(1)}`);
    } else if (href !== null) {
      // The reader lives in a frame: links open over the whole tab, and tell the target nothing.
      node.setAttribute('target', '_top');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  instances.set(win, p);
  return p;
}

/** The window a document belongs to: jsdom documents have one; DOMParser documents borrow the caller's. */
export function windowOf(node: Node, fallback?: Window): Window {
  const doc = isDocument(node) ? node : node.ownerDocument;
  const win = doc?.defaultView ?? fallback ?? (globalThis as unknown as { window?: Window }).window;
  if (!win) throw new Error('sanitize: no window to run DOMPurify in');
  return win;
}

/**
 * Sanitizes a detached element where it is (an allowed tag itself: Readability's article <div>).
 * Sanitizing into DOMPurify's own document instead costs a deep copy of the article.
 */
export function sanitizeInPlace(root: HTMLElement, win: Window): HTMLElement {
  if (root.isConnected) throw new Error('sanitizeInPlace: the element must be detached from any document');
  purifier(win).sanitize(root, { ...SANITIZE_CONFIG, IN_PLACE: true });
  return root;
}

/**
 * A copy of an element's children from sanitizeInPlace, as nodes of `doc` (the reader's page):
 * nodes, not markup, so nothing is parsed again after sanitizing (a parse is where mutation XSS lives).
 */
export function importSanitized(clean: HTMLElement, doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  fragment.append(...Array.from(doc.importNode(clean, true).childNodes));
  return fragment;
}

export interface StepProgress {
  /** Elements placed so far, of `total`. */
  placed: number;
  total: number;
  /** Where this step's nodes went: the article's target, or the shell of a large element within it. */
  into: Element;
}

/** Containers a long article is split at for sanitizing in steps: allowed tags, whose own attributes are sanitized alone. */
const SPLIT_TAGS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'UL',
  'OL',
  'DL',
]);

const sizeOf = (n: Node) => (isElement(n) ? 1 + (n as Element).getElementsByTagName('*').length : 0);

/**
 * Sanitizes a detached element's children into `target` (an element of the reader's page) a batch
 * at a time, each step at most about `budget` elements, so a reader can show the start of a long
 * article at once and add the rest between frames. An element larger than the budget is split:
 * its shell (the element alone) is sanitized and appended, then its children go into it the same
 * way. DOMPurify judges each node by itself and its own content, so the pieces come out as the
 * whole would; nothing is parsed again. Empties `source`. Yields how many of its elements are placed.
 */
export function* sanitizeInSteps(
  source: HTMLElement,
  target: Element,
  win: Window,
  budget: number,
): Generator<StepProgress, void> {
  const from = source.ownerDocument;
  const total = sizeOf(source) - 1;
  const stack: [Element, Element][] = [[source, target]];
  let placed = 0;
  while (stack.length) {
    const [parent, into] = stack[stack.length - 1]!;
    const first = parent.firstChild;
    if (!first) {
      stack.pop();
      continue;
    }
    const size = sizeOf(first);
    if (size > budget && SPLIT_TAGS.has((first as Element).tagName)) {
      const shell = from.createElement('div');
      shell.appendChild(first.cloneNode(false));
      const clean = sanitizeInPlace(shell, win).firstElementChild;
      const live = clean && target.ownerDocument.importNode(clean, false);
      if (live) into.appendChild(live);
      parent.removeChild(first);
      stack.push([first as Element, live ?? into]);
      placed++;
      continue;
    }
    const batch = from.createElement('div');
    let batchSize = 0;
    for (let n = parent.firstChild; n; n = parent.firstChild) {
      const size = sizeOf(n);
      if (batchSize > 0 && batchSize + size > budget) break;
      batchSize += size;
      batch.appendChild(n);
    }
    into.appendChild(importSanitized(sanitizeInPlace(batch, win), target.ownerDocument));
    placed += batchSize;
    yield { placed, total, into };
  }
}

/** The markup of an element from sanitizeInPlace (plus our own marks), for the CLI and the Node module. */
export const serializeSanitized = (clean: HTMLElement): string => clean.innerHTML;

/** A document the reader built from sanitized content, as a file ("Save as HTML"). */
export const serializeDocument = (doc: Document): string => `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;

/**
 * Elements the DOM also exposes by name (or id) as properties of their document or form: with
 * <form name="createElement"> in a page, `document.createElement` is that form in a browser, and
 * every library that then builds an element on the document (ours, Readability, DOMPurify) fails.
 */
const NAMED_ON_DOCUMENT = 'form[name], img[name], img[id], embed[name], object[name], object[id], iframe[name]';
const NAMED_ON_FORM = 'form [name], form [id]';

/**
 * Removes the names and ids that shadow a built-in property of the document or of a form, so a
 * page cannot clobber the APIs the pipeline calls. Prototype methods are called directly, since
 * the document's own may already be clobbered. Returns how many attributes went.
 */
export function unclobber(doc: Document, win: Window): number {
  const w = win as unknown as typeof globalThis;
  const query = (sel: string) =>
    Array.from(w.Document.prototype.querySelectorAll.call(doc, sel) as NodeListOf<Element>);
  const docProto = Object.getPrototypeOf(doc) as object;
  const formProto = w.HTMLFormElement.prototype;
  let removed = 0;
  for (const [selector, shadows] of [
    [NAMED_ON_DOCUMENT, docProto],
    [NAMED_ON_FORM, formProto],
  ] as const) {
    for (const el of query(selector)) {
      for (const attr of ['name', 'id']) {
        const value = w.Element.prototype.getAttribute.call(el, attr);
        if (value && value in shadows) {
          w.Element.prototype.removeAttribute.call(el, attr);
          removed++;
        }
      }
    }
  }
  return removed;
}

/** Parses a page snapshot into an inert document (no script runs, nothing loads) that cannot clobber our APIs. */
export function parsePage(html: string, win: Window): Document {
  const doc = new (win as unknown as typeof globalThis).DOMParser().parseFromString(html, 'text/html');
  unclobber(doc, win);
  return doc;
}
