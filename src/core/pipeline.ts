// The whole path, top to bottom: page → math → tidy → boilerplate → comment threads → outside story →
// declutter → extract → cleanup → figures → sanitize (on first use of the article's markup, see
// articleMarkup). Whether the page is an article is detect's question (./detect.ts); extract asks
// it only to run the tidy as the content script would, and extracts whatever the answer, as
// Readability keeps isProbablyReaderable apart from parse: the reader view extracts because the
// user asked. ARCHITECTURE.md draws the path and who calls what.
// `extract` leaves the document it is given as it was (it works on a clone) unless the caller
// lets it spend it (`consume`); `tidy` is the in-place, undoable step the content script runs.
// The CLI, the Node module, the reader view and the benchmark all call these two functions.
import { cleanUp } from './extract/cleanup';
import { findBoilerplate } from './extract/boilerplate';
import { answeredPost, findCommentThreads } from './extract/comment-threads';
import { findOutsideStory, type Bylines } from './extract/outside-story';
import { declutter, summarize, tidyDocument } from './tidy/declutter';
import { findClutter } from './tidy';
import { extractArticle } from './extract/readability';
import { keepMath, keepTexSource } from './extract/math';
import { pointLinksWithin } from './extract/anchors';
import { embedCards } from './extract/embeds';
import { keepCodeBlocks } from './extract/code';
import { markFigures } from './figures';
import { MAX_DEPTH, checkPageSize, cloneWithCappedDepth, measurePage } from './page/limits';
import {
  importSanitized,
  sanitizeInPlace,
  sanitizeInSteps,
  serializeSanitized,
  windowOf,
  type StepProgress,
} from './sanitize';
import { articleText, countWords, readingMinutes } from './page/text';
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
   * theirs): extract works on it directly instead of on a copy of the whole page. Off by default:
   * extract leaves the document as it was.
   */
  consume?: boolean;
}

export interface ExtractResult {
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
  /**
   * Sanitized reader HTML; every key figure is a <mark data-figure="KIND">. The article is
   * sanitized on the first read of this or of articleFor (see articleMarkup below).
   */
  readonly html: string;
  /** The sanitized article as nodes of `doc`, ready to append (no markup parsed again); null when there is none. */
  articleFor(doc: Document): DocumentFragment | null;
  /**
   * The sanitized article appended to `target` in steps of at most about `budget` elements (one
   * per `next()`), so a long article shows at once and grows between frames. Hands the article out
   * for good: html and articleFor throw afterwards, and they before it.
   */
  articleInto(target: Element, budget?: number): Generator<StepProgress, void>;
  /** Article text, paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  figures: Figure[];
  removed: Removal[];
  /** Milliseconds per stage; `sanitize` appears once the article has been sanitized. */
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

/**
 * The article's markup for whoever shows it. DOMPurify runs once, on first use, where the markup
 * leaves the pipeline: the reader asks for nodes (articleFor), the CLI and the Node module for
 * markup (html). Until then the article waits as the stages left it: detached from any page,
 * inert, and never handed out.
 */
function articleMarkup(article: HTMLElement, win: Window, timings: Record<string, number>) {
  let clean: HTMLElement | null = null;
  let html: string | null = null;
  let inSteps = false;
  const sanitized = () => {
    if (inSteps) throw new Error('extract: the article was handed out in steps (articleInto)');
    if (!clean) {
      const start = performance.now();
      clean = sanitizeInPlace(article, win);
      timings.sanitize = Math.round((performance.now() - start) * 100) / 100;
    }
    return clean;
  };
  return {
    html: () => (html ??= serializeSanitized(sanitized())),
    articleFor: (doc: Document): DocumentFragment | null => importSanitized(sanitized(), doc),
    articleInto(target: Element, budget = ARTICLE_STEP): Generator<StepProgress, void> {
      if (clean || inSteps) throw new Error('extract: the article was already handed out');
      inSteps = true;
      return sanitizeInSteps(article, target, win, budget);
    },
  };
}

/** Elements per step of articleInto: a few frames' work in a browser, a screenful of article and more. */
export const ARTICLE_STEP = 3000;

/**
 * Cuts what stands beside the story's branch (./extract/outside-story.ts). The page's <meta> and
 * JSON-LD found there move to <head> first: Readability reads them wherever they are. Returns
 * the removals and the bylines that stood beside the story.
 */
function cutOutsideStory(doc: Document, post: Element | null): { removed: Removal[]; bylines?: Bylines } {
  const found = doc.body && findOutsideStory(doc.body, post);
  if (!found) return { removed: [] };
  // One node at a time: append() with several nodes builds a fragment (each moved twice), and with none still inserts one.
  for (const m of found.metadata) doc.head?.appendChild(m);
  return { removed: declutter(found.clutter).removed, bylines: found.bylines };
}

/** What a page with no article offers: no markup. */
const NO_MARKUP = {
  html: () => '',
  articleFor: (): DocumentFragment | null => null,
  *articleInto(): Generator<StepProgress, void> {},
};

export function extract(doc: Document, options: ExtractOptions = {}): ExtractResult {
  if (!doc?.documentElement) throw new TypeError('extract: expected a Document');
  const win = windowOf(doc, options.window);
  const clock = stopwatch();

  // Too large: a clear error now, not a hang inside Readability. Too deep: read a capped copy.
  const size = measurePage(doc);
  checkPageSize(size, options.maxElements);
  clock.lap('measure');
  const clone =
    size.depth > MAX_DEPTH ? cloneWithCappedDepth(doc) : options.consume ? doc : (doc.cloneNode(true) as Document);
  const pageUrl = options.url ?? (doc.URL !== 'about:blank' ? doc.URL : undefined);
  pinBase(clone, pageUrl);
  clock.lap('clone');
  // TeX first: MathJax 2 keeps its source in a <script>, which the boilerplate pass cuts. (The
  // rendered boxes are replaced in the article, after Readability: see the cleanup stage.)
  if (clone.body) keepTexSource(clone.body);
  clock.lap('math');
  // The page as the content script leaves it: on an article, the in-place tidy has cut empty
  // comment sections and blank runs before the reader view reads the page. Read from there, the
  // CLI and the reader agree whether or not the tab was tidied (the cut can change which block
  // Readability takes for the story).
  const removed = tidyDocument(clone).removed;
  clock.lap('tidy');
  // The site around the story goes first, so the finders after it have less page to read.
  if (clone.body) removed.push(...declutter(findBoilerplate(clone.body)).removed);
  clock.lap('boilerplate');
  // Real comment threads next: a long thread under a short post would otherwise be the story.
  const threads = clone.body ? findCommentThreads(clone.body) : [];
  const post = answeredPost(threads);
  removed.push(...declutter(threads).removed);
  clock.lap('comment-threads');
  const outside = cutOutsideStory(clone, post);
  removed.push(...outside.removed);
  clock.lap('outside-story');
  // Empty comment sections and blank runs, in the story's branch alone now (what stood beside it
  // is gone with it): the finders read a fraction of the page.
  if (clone.body) removed.push(...declutter(findClutter(clone.body)).removed);
  clock.lap('declutter');
  const article = extractArticle(clone, outside.bylines);
  clock.lap('extract');
  if (article) {
    keepMath(article.content);
    // Links to the article's own notes and headings first: the cleanup keeps what they point at.
    pointLinksWithin(article.content, pageUrl ?? null);
    removed.push(...cleanUp(article.content, article.byline));
    keepCodeBlocks(article.content);
  }
  clock.lap('cleanup');

  let body = { text: '', wordCount: 0, readingMinutes: 0, figures: [] as Figure[] };
  if (article) {
    // Figures and text are read before sanitizing; both leave out what it drops (NOT_SHOWN in page/tags.ts).
    const figures = markFigures(article.content, article.lang ?? '');
    clock.lap('figures');
    const text = articleText(article.content);
    const wordCount = countWords(text);
    body = { text, wordCount, readingMinutes: readingMinutes(wordCount, article.lang), figures };
    // Last, the embeds' cards: a card is the reader's pointer to an embed, not the article's words,
    // so the text and the figures leave it out, as they left out the frame.
    embedCards(article.content);
    clock.lap('embeds');
  }
  clock.total();
  const markup = article ? articleMarkup(article.content as HTMLElement, win, clock.timings) : NO_MARKUP;
  return {
    title: article?.title ?? doc.title ?? '',
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
    lang: article?.lang ?? null,
    dir: article?.dir ?? null,
    excerpt: article?.excerpt ?? null,
    leadImage: article?.leadImage ?? null,
    retried: article?.retried ?? false,
    // A getter, not a value: spreading the result (as the CLI does) reads it, which sanitizes.
    get html() {
      return markup.html();
    },
    articleFor: markup.articleFor,
    articleInto: markup.articleInto,
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
export function tidy(doc: Document): TidyReport & { undo(): void } {
  if (!doc?.documentElement) throw new TypeError('tidy: expected a Document');
  const { detection, removed, removedElements, undo } = tidyDocument(doc);
  return {
    isArticle: detection.isArticle,
    signals: detection.signals,
    removed,
    removedElements,
    summary: summarize(removed),
    undo,
  };
}
