// Detect: is this page an article, and which of its parts are clutter? Cheap enough for every
// page load (it runs in the content script): metadata look-ups, one pass over <p>-like blocks,
// and the clutter finders, each bounded. It never changes the document.
import { blankRuns } from './clutter/blank-runs';
import { emptyComments } from './clutter/empty-comments';
import type { Clutter, ClutterFinder } from './clutter/types';
import { normalizeSpace } from './dom';
import type { Detection } from './types';

/** The clutter finders, in the order they run. A new kind of clutter is one more entry. */
export const CLUTTER_FINDERS: ClutterFinder[] = [emptyComments, blankRuns];

/** schema.org types that say "this page is one story". */
const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|TechArticle|ScholarlyArticle|Report|LiveBlogPosting|SocialMediaPosting)$/;
/** schema.org types of pages that have long text but are not a story to read. */
const NON_ARTICLE_TYPES = /^(Product|ItemList|CollectionPage|SearchResultsPage|DiscussionForumPosting|QAPage|JobPosting|ProfilePage|Event|Recipe)$/;

/** A block of prose: Readability's isProbablyReaderable counts the same kind of node. */
const PROSE_SELECTOR = 'p, pre, article, div > br';
const MIN_PROSE_CHARS = 140;
/** Readability's readerable threshold on the summed sqrt(length - 140). */
const MIN_PROSE_SCORE = 20;
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;

/** Past this many milliseconds detection stops and says the page is not an article (it leaves it alone). */
export const DETECT_BUDGET_MS = 50;

function schemaTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // Types are read with a regex rather than JSON.parse: broken JSON-LD is common and the
    // graph shape varies; all we need is which @type values the page declares.
    for (const m of (s.textContent ?? '').matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of m[1]!.matchAll(/"([^"]+)"/g)) types.push(t[1]!.replace(/^.*[/#]/, ''));
    }
  }
  for (const el of doc.querySelectorAll('[itemtype]')) types.push((el.getAttribute('itemtype') ?? '').replace(/^.*[/#]/, ''));
  return types;
}

const meta = (doc: Document, names: string) => doc.querySelector(names)?.getAttribute('content')?.trim().toLowerCase() ?? '';

/** Sums Readability's prose score, with a time check so a huge page cannot stall the tab. */
function proseScore(doc: Document, deadline: number): { score: number; paragraphs: number; timedOut: boolean } {
  let score = 0;
  let paragraphs = 0;
  const seen = new Set<Element>();
  for (const node of doc.querySelectorAll(PROSE_SELECTOR)) {
    const el = node.tagName === 'BR' ? node.parentElement! : node;
    if (seen.has(el)) continue;
    seen.add(el);
    if ((paragraphs & 63) === 0 && performance.now() > deadline) return { score, paragraphs, timedOut: true };
    const hint = `${el.className} ${el.id}`;
    if (UNLIKELY.test(hint) && !MAYBE.test(hint)) continue;
    if (el.matches('li p')) continue;
    const len = normalizeSpace(el.textContent ?? '').length;
    if (len < MIN_PROSE_CHARS) continue;
    paragraphs++;
    score += Math.sqrt(len - MIN_PROSE_CHARS);
  }
  return { score, paragraphs, timedOut: false };
}

/** Is this page an article? Signals in one table: each adds its weight when it holds. */
export function detectArticle(doc: Document): Detection {
  const t0 = performance.now();
  const signals: string[] = [];
  const types = schemaTypes(doc);
  const ogType = meta(doc, 'meta[property="og:type"]');
  const prose = proseScore(doc, t0 + DETECT_BUDGET_MS);
  const done = (isArticle: boolean, bailedOut: string | null = null): Detection =>
    ({ isArticle, signals, bailedOut, ms: performance.now() - t0 });
  if (prose.timedOut) return done(false, `prose scan passed ${DETECT_BUDGET_MS} ms`);

  const nonArticle = types.find((t) => NON_ARTICLE_TYPES.test(t));
  const article = types.find((t) => ARTICLE_TYPES.test(t));
  const rules: [string, boolean, number][] = [
    [`json-ld:${article}`, !!article, 15],
    [`og:type:${ogType}`, ogType === 'article', 10],
    ['article:published_time', !!doc.querySelector('meta[property="article:published_time"], meta[itemprop="datePublished"], time[datetime]'), 5],
    [`not-article:${nonArticle}`, !!nonArticle && !article, -40],
    [`og:type:${ogType}`, /^(product|profile|website)$/.test(ogType) && !article && prose.score < 2 * MIN_PROSE_SCORE, -15],
  ];
  let score = prose.score;
  signals.push(`prose:${prose.paragraphs}p/${Math.round(prose.score)}`);
  for (const [name, holds, weight] of rules) {
    if (!holds) continue;
    signals.push(name);
    score += weight;
  }
  // Metadata alone never makes a page an article: it needs some prose of its own.
  return done(prose.paragraphs > 0 && score > MIN_PROSE_SCORE);
}

/** Every piece of clutter in the document, from every finder. Reads only. */
export function findClutter(root: Element): Clutter[] {
  return CLUTTER_FINDERS.flatMap((f) => f.find(root));
}
