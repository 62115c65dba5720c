// Extract: the article element and its metadata, by @mozilla/readability (the engine of Firefox
// Reader View). It runs on the document it is given and changes it, so callers hand it a clone.
// Readability.js itself: the package's index also loads isProbablyReaderable, which we do not use.
import Readability from '@mozilla/readability/Readability.js';
import type { Bylines } from './outside-story';
import { escapeRegExp, normalizeSpace } from '../page/dom';
import { pageAsItIs, retryPoor } from './retry';
import { KEEP_MARKED, markEmbeds } from './embeds';
import { countWords } from '../page/text';

export interface Article {
  content: Element;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  /** The story's lead image (absolute URL), from og:image, twitter:image or JSON-LD. */
  leadImage: string | null;
  /** Readability's first result was poor and a second try (./retry.ts) was clearly better. */
  retried: boolean;
}

const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/**
 * The headline without the site's name after it. Readability 0.6 splits "Headline | Site" and
 * "Headline - Site" but not an en dash ("Headline – Site"), which later versions do; and where the
 * site's name is known, a title ending in any separator and that name loses it.
 */
export function headline(title: string, siteName: string | null): string {
  if (siteName) {
    const suffix = new RegExp(`\\s+[|–—\\-·:»]\\s+${escapeRegExp(siteName)}\\s*$`, 'i');
    const stripped = title.replace(suffix, '');
    if (stripped !== title && countWords(stripped) >= 2) return stripped;
  }
  const cut = title.lastIndexOf(' – ');
  // Enough words before the dash that it is a headline, not a two-word label ("Review – Site").
  if (cut > 0 && countWords(title.slice(0, cut)) >= 3) return title.slice(0, cut);
  return title;
}

/** Where pages name their lead image (a meta's property or name, a link's rel), most telling first. */
const LEAD_IMAGE_KEYS = ['og:image', 'og:image:url', 'twitter:image', 'image_src'];
/** Where pages name their author, as Readability reads its metadata (a name's dots read as colons). */
const AUTHOR_KEYS = ['dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'article:author'];
const HEAD_KEYS = new Set([...LEAD_IMAGE_KEYS, ...AUTHOR_KEYS]);

/** A JSON-LD `image`: a URL, an ImageObject, or a list of either. */
function jsonLdImage(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length ? jsonLdImage(v[0]) : null;
  if (v && typeof v === 'object' && 'url' in v) return jsonLdImage((v as { url: unknown }).url);
  return null;
}

/** A JSON-LD `author` with a name: a Person, or a list whose first has one. */
const jsonLdNamesAuthor = (v: unknown): boolean =>
  Array.isArray(v)
    ? jsonLdNamesAuthor(v[0])
    : !!v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string';

/** The items of the page's JSON-LD, top level and in `@graph`; a broken block is skipped. */
function jsonLdItems(doc: Document): Record<string, unknown>[] {
  const items: unknown[] = [];
  // As the selector script[type="application/ld+json"] reads it (HTML matches a type's value in any case).
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    try {
      // Some pages wrap it in CDATA, which Readability strips too.
      const data: unknown = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
      items.push(...(Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])]));
    } catch {
      // a page's broken JSON-LD is not our error
    }
  }
  return items.filter((i): i is Record<string, unknown> => !!i && typeof i === 'object');
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

interface PageMetadata {
  /** The story's lead image, an absolute http(s) URL. */
  leadImage: string | null;
  /** The page's metadata names an author, so Readability's byline comes from there, not from the text. */
  namesAuthor: boolean;
}

/** What the page's <head> and JSON-LD say, read before Readability (which drops <script>). */
export function metadataOf(doc: Document): PageMetadata {
  // One pass over the <head>'s <meta> and <link> children; only when it has none of them, every
  // <meta> and <link>, for a page whose <head> the parser closed early on a stray element.
  const found = new Map<string, string>();
  const read = (el: Element) => {
    const tag = el.tagName;
    if (tag !== 'META' && tag !== 'LINK') return;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('rel') ?? '')
      .replace(/\s/g, '')
      .replace(/\./g, ':')
      .toLowerCase();
    const value = orNull(el.getAttribute(tag === 'META' ? 'content' : 'href'));
    if (value && HEAD_KEYS.has(key) && !found.has(key)) found.set(key, value);
  };
  for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) read(el);
  if (!found.size)
    for (const tag of ['meta', 'link']) for (const el of Array.from(doc.getElementsByTagName(tag))) read(el);
  let items: Record<string, unknown>[] | undefined;
  const jsonLd = () => (items ??= jsonLdItems(doc));
  const src =
    LEAD_IMAGE_KEYS.map((k) => found.get(k)).find(Boolean) ??
    jsonLd()
      .map((i) => jsonLdImage(i.image))
      .find(Boolean);
  const namesAuthor =
    AUTHOR_KEYS.some((k) => found.has(k) && !(k === 'article:author' && isUrl(found.get(k)!))) ||
    jsonLd().some((i) => jsonLdNamesAuthor(i.author));
  return { leadImage: src ? absoluteHttp(src, doc) : null, namesAuthor };
}

function absoluteHttp(src: string, doc: Document): string | null {
  try {
    const url = new URL(src, doc.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A "byline" that is only a date and time: Readability took a dateline for the author. */
const DATE_ONLY =
  /^(?=.*\d)(?:[\s\d,.:/-]|\b(?:(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|[ap]\.?m\.?|utc|gmt)\b)+$/i;

/**
 * The author the page names in its markup (rel=author, itemprop=author), for when Readability's
 * byline is a date: in the story first, then in what Readability left of the page.
 */
function authorIn(...roots: ParentNode[]): string | null {
  for (const root of roots) {
    const name = orNull(normalizeSpace(root.querySelector('[rel~="author"], [itemprop~="author"]')?.textContent ?? ''));
    if (name && name.length < 100) return name;
  }
  return null;
}

/** Characters a quote's wrapper may add to it (a "Twitter post" label) and still be only its wrapper. */
const WRAPPER_SLACK = 40;
const WRAPPERS = new Set(['DIV', 'SECTION', 'SPAN']);

/**
 * Embedded posts (a tweet, an Instagram post: a <blockquote> the story quotes) sit in <div>s of
 * their own, often named "social-media-embed". Readability drops such a div, for its name
 * ("social") or for its links, and the quote with it. The quote is the story's: the blocks that
 * hold only it are unwrapped, so it stands among the paragraphs. Returns how many were.
 */
export function keepEmbeddedQuotes(doc: Document): number {
  let unwrapped = 0;
  for (const quote of Array.from(doc.getElementsByTagName('blockquote'))) {
    const length = normalizeSpace(quote.textContent ?? '').length;
    if (!length) continue;
    for (let w = quote.parentElement; w && WRAPPERS.has(w.tagName);) {
      if (normalizeSpace(w.textContent ?? '').length > length + WRAPPER_SLACK) break;
      const parent = w.parentElement;
      w.replaceWith(...Array.from(w.childNodes));
      unwrapped++;
      w = parent;
    }
  }
  return unwrapped;
}

/** The byline, unless it is only a date (Readability took a dateline): then the author the page names. */
const bylineOf = (byline: string | null, content: Element, doc: Document) =>
  byline && DATE_ONLY.test(byline) ? authorIn(content, doc) : byline;

/** Readability on `doc`, giving the article element itself (the later stages work on it, not on markup). */
const readabilityOn = (doc: Document) =>
  // keepClasses: DOMPurify drops every class anyway, so Readability's own pass over them is saved.
  // allowedVideoRegex: the frames it keeps are the embeds markEmbeds marked (./embeds.ts), which become cards.
  new Readability<Element>(doc, {
    serializer: (el) => el as Element,
    keepClasses: true,
    allowedVideoRegex: KEEP_MARKED,
  });

/**
 * The byline in Readability's order on the whole page: the page's metadata (a byline there wins
 * over any in the text), then the first in document order (before the branch, in it, after it).
 * Readability saw only the branch.
 */
function bylineInOrder(namesAuthor: boolean, read: string | null, beside: Bylines | undefined): string | null {
  if (!beside || namesAuthor) return read;
  return beside.before() ?? read ?? beside.after();
}

/** Runs Readability on `doc` (mutated). Null when it finds no article. `beside`: bylines cut with the page around the story. */
export function extractArticle(doc: Document, beside?: Bylines): Article | null {
  const lang = orNull(doc.documentElement?.getAttribute('lang'));
  const { leadImage, namesAuthor } = metadataOf(doc);
  keepEmbeddedQuotes(doc);
  if (doc.body) markEmbeds(doc.body);
  const pageBefore = pageAsItIs(doc);
  const parsed = readabilityOn(doc).parse();
  if (!parsed?.content) return null;
  const retried = retryPoor(pageBefore, parsed.content, (page) => readabilityOn(page).parse()?.content ?? null);
  const content = retried ?? parsed.content;
  // Readability's own ids on its page wrappers: ids now stay in the reader, and these name nothing of the story's.
  for (const el of Array.from(content.querySelectorAll('[id^="readability-page-"]'))) el.removeAttribute('id');
  return {
    content,
    retried: !!retried,
    title: headline(orNull(parsed.title) ?? orNull(doc.title) ?? '', orNull(parsed.siteName)),
    byline: bylineOf(orNull(bylineInOrder(namesAuthor, parsed.byline ?? null, beside)), parsed.content, doc),
    siteName: orNull(parsed.siteName),
    publishedTime: orNull(parsed.publishedTime),
    lang: orNull(parsed.lang) ?? lang,
    dir: orNull(parsed.dir),
    excerpt: orNull(parsed.excerpt),
    leadImage,
  };
}
