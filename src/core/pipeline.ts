// The whole path, top to bottom: page → detect → boilerplate → declutter → extract → cleanup →
// sanitize → figures.
// `extract` leaves the document it is given as it was (it works on a clone) unless the caller
// lets it spend it (`consume`); `tidy` is the in-place, undoable step the content script runs.
// The CLI, the Node module, the reader view and the benchmark all call these two functions.
import { cleanUp } from './cleanup';
import { findBoilerplate } from './clutter/boilerplate';
import { declutter, summarize, tidyDocument } from './declutter';
import { detectArticle, findClutter } from './detect';
import { extractArticle } from './extract';
import { markFigures } from './figures';
import { MAX_DEPTH, checkPageSize, cloneWithCappedDepth, measurePage } from './limits';
import { sanitizeInPlace, serializeSanitized, windowOf } from './sanitize';
import { articleText, countWords, readingMinutes } from './text';
import type { Figure, Removal } from './types';

export interface ExtractOptions {
  /** The page's address; relative links and images are resolved against it. */
  url?: string;
  /** The window to sanitize in, for documents that have none (DOMParser documents in a browser). */
  window?: Window;
  /** Refuse pages with more elements than this (default MAX_ELEMENTS in ./limits). */
  maxElements?: number;
  /**
   * The document is the caller's to spend (parsed for this call, as the reader and the CLI parse
   * theirs): extract works on it directly instead of on a copy, which in jsdom costs about as much
   * as Readability itself. Off by default: extract leaves the document as it was.
   */
  consume?: boolean;
}

export interface ExtractResult {
  readerable: boolean;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  /** The story's lead image (absolute http(s) URL), from og:image, twitter:image or JSON-LD. */
  leadImage: string | null;
  /** Readability's first result was poor (too short, mostly links) and a second try was clearly better. */
  retried: boolean;
  /** Sanitized reader HTML; every key figure is a <mark data-figure="KIND">. */
  html: string;
  /** Article text, paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  figures: Figure[];
  removed: Removal[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

function stopwatch() {
  const timings: Record<string, number> = {};
  let last = performance.now();
  const start = last;
  return {
    timings,
    lap(name: string) {
      const now = performance.now();
      timings[name] = Math.round((now - last) * 100) / 100;
      last = now;
    },
    total() {
      timings.total = Math.round((performance.now() - start) * 100) / 100;
    },
  };
}

/** Makes relative URLs in the clone resolve against the page, whatever document it was parsed in. */
function pinBase(doc: Document, url: string | undefined) {
  if (!url || !doc.head || doc.baseURI === url || doc.querySelector('base[href]')) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.prepend(base);
}

export function extract(doc: Document, options: ExtractOptions = {}): ExtractResult {
  if (!doc?.documentElement) throw new TypeError('extract: expected a Document');
  const win = windowOf(doc, options.window);
  const clock = stopwatch();

  // Too large: a clear error now, not a hang inside Readability. Too deep: read a capped copy.
  const size = measurePage(doc);
  checkPageSize(size, options.maxElements);
  clock.lap('measure');
  const detection = detectArticle(doc);
  clock.lap('detect');
  const clone = size.depth > MAX_DEPTH ? cloneWithCappedDepth(doc) : options.consume ? doc : (doc.cloneNode(true) as Document);
  pinBase(clone, options.url ?? (doc.URL !== 'about:blank' ? doc.URL : undefined));
  clock.lap('clone');
  // The site around the story goes first, so the finders after it have less page to read.
  const removed = clone.body ? declutter(findBoilerplate(clone.body)).removed : [];
  clock.lap('boilerplate');
  if (clone.body) removed.push(...declutter(findClutter(clone.body)).removed);
  clock.lap('declutter');
  const article = extractArticle(clone);
  clock.lap('extract');
  if (article) removed.push(...cleanUp(article.content, article.byline));
  clock.lap('cleanup');

  const empty = { html: '', text: '', wordCount: 0, readingMinutes: 0, figures: [] as Figure[] };
  let body = empty;
  if (article) {
    // Sanitised first, where it stands (Readability's article is detached from the page): the
    // figures stage then marks a tree that holds only allowed markup.
    const clean = sanitizeInPlace(article.content as HTMLElement, win);
    clock.lap('sanitize');
    const figures = markFigures(clean, article.lang ?? '');
    clock.lap('figures');
    const html = serializeSanitized(clean);
    clock.lap('serialize');
    const text = articleText(article.content);
    const wordCount = countWords(text);
    body = { html, text, wordCount, readingMinutes: readingMinutes(wordCount, article.lang), figures };
  }
  clock.total();
  return {
    readerable: detection.isArticle && !!article,
    title: article?.title ?? doc.title ?? '',
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
    lang: article?.lang ?? null,
    dir: article?.dir ?? null,
    excerpt: article?.excerpt ?? null,
    leadImage: article?.leadImage ?? null,
    retried: article?.retried ?? false,
    ...body,
    removed,
    timings: clock.timings,
  };
}

export interface TidyReport {
  isArticle: boolean;
  signals: string[];
  removed: Removal[];
  removedElements: number;
  summary: string;
}

/** Tidies `doc` in place (only when it is an article) and reports what was cut. */
export function tidy(doc: Document, _options: ExtractOptions = {}): TidyReport & { undo(): void } {
  if (!doc?.documentElement) throw new TypeError('tidy: expected a Document');
  const { detection, removed, removedElements, undo } = tidyDocument(doc);
  return { isArticle: detection.isArticle, signals: detection.signals, removed, removedElements, summary: summarize(removed), undo };
}
