// Detect: is this page an article? Cheap enough for every page load (it runs in the content
// script): metadata look-ups and one pass over <p>-like blocks, bounded by a count of elements.
// Which parts are clutter is the finders' question (./tidy/index.ts). It never changes the document.
import { isCommentItem } from './comments/marks';
import { SHOW_ELEMENT, skipSubtree } from './page/dom';
import { MIN_PROSE_CHARS, ownTextLength } from './page/prose';
import type { Detection } from './types';
import { BLOCK_TAGS, NOT_PROSE, TITLE_HEADINGS } from './page/tags';

/** schema.org types that say "this page is one story". */
const ARTICLE_TYPES = new RegExp(
  `^(${[
    ...['Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle'],
    ...['ReviewNewsArticle', 'BackgroundNewsArticle', 'TechArticle', 'ScholarlyArticle', 'Report', 'LiveBlogPosting'],
    'SocialMediaPosting',
  ].join('|')})$`,
);
/** schema.org types of pages that have long text but are not a story to read. */
const NON_ARTICLE_TYPES =
  /^(Product|ItemList|CollectionPage|SearchResultsPage|DiscussionForumPosting|QAPage|JobPosting|ProfilePage|Event)$/;
/**
 * Of those, the types a page declares only for what it is (a product, a thread, a job): they hold
 * however long the text. News sites tag article pages with their section's CollectionPage or
 * ItemList, so those give way to a story's prose.
 */
const WHAT_IT_IS_TYPES = /^(Product|DiscussionForumPosting|QAPage|JobPosting|ProfilePage)$/;
/**
 * A page whose markup says it is one blog post: WordPress marks a single post's <body> with
 * `single-post` (a product is `single-product`, a page `page`). A poem or a photo post is a post,
 * however little prose it holds.
 */
const SINGLE_POST_BODY = /(?:^|\s)single-post(?:\s|$)/;

/** og:type values of pages that are not a story, whatever their text: a product, a video. */
const NON_ARTICLE_OG = /^(product|video(\.\w+)?)$/;

/**
 * Readability's isProbablyReaderable counts prose blocks of MIN_PROSE_CHARS or more (./prose) and
 * calls a page readerable past this summed sqrt(length - 140).
 */
const MIN_PROSE_SCORE = 20;
/** Past this score no signal can change the verdict, so the scan stops (most articles stop early). */
const ENOUGH_PROSE = 120;
const UNLIKELY = new RegExp(
  [
    ...['-ad-', 'ai2html', 'banner', 'breadcrumbs', 'combx', 'comment', 'community', 'cover-wrap', 'disqus', 'extra'],
    ...['footer', 'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar'],
    ...['skyscraper', 'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager', 'popup'],
    'yom-remote',
  ].join('|'),
  'i',
);
const MAYBE = /and|article|body|column|content|main|shadow/i;
/** Prose split into this many sibling units of one kind (posts, teasers) is a thread or a listing. */
const REPEATED_UNITS = 3;
/** Controls that sell something: a shop page, however long its description. */
const COMMERCE =
  /add to (cart|basket|bag)|buy now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello/i;

/**
 * Past this many elements read, detection stops and says the page is not an article (it leaves it
 * alone). A count, not a clock: the same page gets the same answer on any machine, under any load.
 * Articles end the scan after their first paragraphs (ENOUGH_PROSE); a page read this far without
 * a story is a listing or an application.
 */
export const DETECT_MAX_ELEMENTS = 50_000;

const byTag = (root: Document | Element, tag: string) => Array.from(root.getElementsByTagName(tag));

/** schema.org types the page declares in JSON-LD, plus the microdata ones the prose walk met. */
function schemaTypes(doc: Document, itemtypes: string[]): string[] {
  const types: string[] = [];
  for (const s of byTag(doc, 'script')) {
    if (s.getAttribute('type') !== 'application/ld+json') continue;
    // Types are read with a regex rather than JSON.parse: broken JSON-LD is common and the
    // graph shape varies; all we need is which @type values the page declares.
    for (const m of (s.textContent ?? '').matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of m[1]!.matchAll(/"([^"]+)"/g)) types.push(t[1]!.replace(/^.*[/#]/, ''));
    }
  }
  for (const t of itemtypes) types.push(...t.split(/\s+/).map((x) => x.replace(/^.*[/#]/, '')));
  return types;
}

/** <meta> contents by property, name or itemprop, lower-cased. */
function metaTags(doc: Document): Map<string, string> {
  const metas = new Map<string, string>();
  for (const m of byTag(doc.head ?? doc, 'meta')) {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    if (key && !metas.has(key)) metas.set(key, (m.getAttribute('content') ?? '').trim().toLowerCase());
  }
  return metas;
}

const hasPublishedTime = (doc: Document, metas: Map<string, string>) =>
  metas.has('article:published_time') ||
  metas.has('datePublished') ||
  byTag(doc, 'time').some((t) => t.hasAttribute('datetime'));

/** A control whose words offer to sell ("Add to cart", "in den Warenkorb"), as text or as a button's value. */
const offersToSell = (control: Element) => COMMERCE.test(control.textContent || control.getAttribute('value') || '');

const buttonsIn = (root: Document | Element) => [...byTag(root, 'button'), ...byTag(root, 'input')];

/** Does the page offer to sell something (an add-to-cart button)? */
const sells = (doc: Document) =>
  [...buttonsIn(doc), ...byTag(doc, 'a').filter((a) => /button|btn/i.test(a.getAttribute('class') ?? ''))].some(
    offersToSell,
  );

/** A form of this page's own that puts something in the cart: its button says so. */
const isCartForm = (form: Element) => buttonsIn(form).some(offersToSell);
/**
 * Several forms that each put an item in this site's cart: a shop's listing, whatever text it
 * opens with. (A story's buy links go to other shops and are links, not this page's forms.)
 */
const sellsSeveral = (doc: Document) => byTag(doc, 'form').filter(isCartForm).length >= REPEATED_UNITS;

interface Prose {
  score: number;
  paragraphs: number;
  /** The largest number of sibling units of one kind (same tag and class) that each hold prose. */
  repeatedUnits: number;
  /** Prose score inside that kind of unit, and outside every unit (the story, if there is one). */
  unitScore: number;
  storyScore: number;
  /** Prose score inside comment items (a reader's comment, a reply): never the story's. */
  commentScore: number;
  /** Microdata itemtype attributes met on the way. */
  itemtypes: string[];
  /** The scan stopped at its element limit before it could decide. */
  cutShort: boolean;
}

const inComment = (el: Element) => {
  for (let a: Element | null = el; a; a = a.parentElement) if (isCommentItem(a)) return true;
  return false;
};

const inListItem = (el: Element) => {
  for (let a = el.parentElement; a; a = a.parentElement) if (a.tagName === 'LI') return true;
  return false;
};

/** What makes a unit a post or a teaser rather than a section of one story: its own linked heading, date or author. */
const UNIT_MARK_CLASS = /author|user|signature/i;
const UNIT_SCAN_LIMIT = 200;

/**
 * Does this unit carry a post's or a teaser's marks? Only its first elements are read (a post's
 * or a teaser's marks come before its body).
 */
function hasUnitMarks(unit: Element): boolean {
  // A post's or teaser's marks come before its body; a "unit" bigger than this is a page region.
  let budget = UNIT_SCAN_LIMIT;
  for (let el = unit.firstElementChild; el && budget-- > 0; el = nextElement(el, unit)) {
    const tag = el.tagName;
    if (tag === 'TIME' || el.getAttribute('itemprop') === 'author') return true;
    if (UNIT_MARK_CLASS.test(el.getAttribute('class') ?? '')) return true;
    if (
      tag === 'A' &&
      el.parentElement &&
      (TITLE_HEADINGS.has(el.parentElement.tagName) ||
        TITLE_HEADINGS.has(el.parentElement.parentElement?.tagName ?? ''))
    )
      return true;
  }
  return false;
}

/** The element after el in document order, staying inside root. */
function nextElement(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}

/**
 * The kind of a unit: its tag and first class. Sites alternate row classes (`post bg1`, `post bg2`)
 * or print each item's id among its classes (`Comment t1_ehq47gs`); the first class names the kind.
 */
const signature = (el: Element) => `${el.tagName}.${/\S*/.exec((el.getAttribute('class') ?? '').trimStart())![0]}`;

/**
 * The kind of unit a prose block belongs to (a forum post, a teaser): the child of its nearest
 * ancestor that has a sibling of the same tag and class and carries a post's or teaser's marks.
 */
function unitOf(el: Element, marked: Map<Element, boolean>): Element | null {
  for (let u: Element | null = el; u?.parentElement; u = u.parentElement) {
    const sig = signature(u);
    const prev = u.previousElementSibling;
    const next = u.nextElementSibling;
    if ((prev && signature(prev) === sig) || (next && signature(next) === sig)) {
      // A run of <p>s is one story, and so are sections without marks of their own.
      if (u === el) return null;
      let marks = marked.get(u);
      if (marks === undefined) marked.set(u, (marks = hasUnitMarks(u)));
      return marks ? u : null;
    }
  }
  return null;
}

/** Is there a story outside every repeated unit, long enough that nothing read later can outweigh it? */
const isStory = (p: Prose) =>
  p.storyScore > ENOUGH_PROSE && p.storyScore > p.unitScore && p.storyScore > p.commentScore;

/** Do readers' comments hold more prose than the rest of the page? A thread (a social post, a forum). */
const isThread = (p: Prose) => p.commentScore > p.storyScore;

/** Is the prose split into enough marked units, outweighing any story outside them? A thread or a listing. */
const isListing = (p: Prose) => p.repeatedUnits >= REPEATED_UNITS && p.unitScore > p.storyScore;

/**
 * Sums Readability's prose score in one lazy walk (a TreeWalker, so a huge page costs only the part
 * read), stopping once a story alone passes ENOUGH_PROSE (no listing found later can outweigh it)
 * or `maxElements` have been read.
 */
function proseScore(doc: Document, maxElements: number): Prose {
  const prose: Prose = {
    score: 0,
    paragraphs: 0,
    repeatedUnits: 0,
    unitScore: 0,
    storyScore: 0,
    commentScore: 0,
    itemtypes: [],
    cutShort: false,
  };
  if (!doc.body) return prose;
  const unitScores = new Map<string, { units: Set<Element>; score: number }>();
  const marked = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(doc.body, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null, i = 0; el; i++) {
    if (i >= maxElements) return { ...prose, cutShort: true };
    const tag = el.tagName;
    const itemtype = el.getAttribute('itemtype');
    if (itemtype) prose.itemtypes.push(itemtype);
    if (NOT_PROSE.has(tag)) {
      el = skipSubtree(walker) as Element | null;
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      const hint = `${el.getAttribute('class') ?? ''} ${el.id}`;
      const len = UNLIKELY.test(hint) && !MAYBE.test(hint) ? 0 : ownTextLength(el);
      if (len >= MIN_PROSE_CHARS && !(tag === 'P' && inListItem(el))) {
        const points = Math.sqrt(len - MIN_PROSE_CHARS);
        prose.paragraphs++;
        prose.score += points;
        const unit = unitOf(el, marked);
        if (inComment(el)) prose.commentScore += points;
        else if (unit) {
          const kind = signature(unit);
          const u = unitScores.get(kind) ?? { units: new Set(), score: 0 };
          u.units.add(unit);
          u.score += points;
          unitScores.set(kind, u);
          if (u.units.size >= prose.repeatedUnits)
            Object.assign(prose, { repeatedUnits: u.units.size, unitScore: u.score });
        } else {
          prose.storyScore += points;
          if (isStory(prose)) break;
        }
      }
    }
    el = walker.nextNode() as Element | null;
  }
  return prose;
}

/** The weight of a signal that settles the verdict whatever the prose (a product, a thread). */
const VETO = -Infinity;

/** Is this page an article? Signals in one table: each adds its weight when it holds. */
export function detectArticle(doc: Document, maxElements = DETECT_MAX_ELEMENTS): Detection {
  const t0 = performance.now();
  const signals: string[] = [];
  const prose = proseScore(doc, maxElements);
  const done = (isArticle: boolean, bailedOut: string | null = null): Detection => ({
    isArticle,
    signals,
    bailedOut,
    ms: performance.now() - t0,
  });
  if (prose.cutShort) return done(false, `prose scan passed ${maxElements.toLocaleString('en')} elements`);
  signals.push(`prose:${prose.paragraphs}p/${Math.round(prose.score)}`);
  const singlePost = SINGLE_POST_BODY.test(doc.body?.getAttribute('class') ?? '');
  if (prose.paragraphs === 0 && !singlePost) return done(false);

  const metas = metaTags(doc);
  const ogType = metas.get('og:type') ?? '';
  const types = schemaTypes(doc, prose.itemtypes);
  const article = types.find((t) => ARTICLE_TYPES.test(t));
  const nonArticle = types.find((t) => NON_ARTICLE_TYPES.test(t));
  // A declared product with a button to buy it is a product page, whatever og:type the site's CMS
  // stamps on every page (a news site's subscription Product comes with its story's Article type).
  const onSale = !article && nonArticle === 'Product' && sells(doc);
  // A whole story on a page that calls itself an article: nothing below can outweigh both.
  if (isStory(prose) && ogType === 'article' && !onSale) return done(true);
  const rules: [string, () => boolean, number][] = [
    [`schema:${article}`, () => !!article, 15],
    // A page that declares itself a product, a thread, a job, a video or a listing is one, unless it
    // also says it is an article (news sites declare their subscription as a Product); a listing
    // only when it holds no whole story's prose besides (WHAT_IT_IS_TYPES).
    [
      `schema:${nonArticle}`,
      () =>
        !!nonArticle &&
        !article &&
        (ogType !== 'article' || onSale) &&
        (WHAT_IT_IS_TYPES.test(nonArticle) || !isStory(prose)),
      VETO,
    ],
    [`og:type:${ogType}`, () => NON_ARTICLE_OG.test(ogType) && !article, VETO],
    ['og:type:article', () => ogType === 'article', 10],
    ['published-time', () => hasPublishedTime(doc, metas), 5],
    // Enough alone: a post says what it is (vetoes below still hold, a thread stays a thread).
    ['single-post', () => singlePost, MIN_PROSE_SCORE + 1],
    [`repeated-units:${prose.repeatedUnits}`, () => !article && isListing(prose), VETO],
    // Comments outweighing the post: a thread, unless the page says it is an article (a short blog
    // post under a long discussion is still the post).
    ['comment-thread', () => !article && ogType !== 'article' && isThread(prose), VETO],
    // A whole story outside any repeated unit is read as one, a shop button beside it or not.
    ['commerce', () => !article && ogType !== 'article' && !isStory(prose) && sells(doc), VETO],
    ['shop-listing', () => !article && sellsSeveral(doc), VETO],
    [
      `og:type:${ogType}`,
      () => /^(product|profile|website)$/.test(ogType) && !article && prose.score < 2 * MIN_PROSE_SCORE,
      -15,
    ],
  ];
  let score = prose.score;
  for (const [name, holds, weight] of rules) {
    if (!holds()) continue;
    signals.push(name);
    score += weight;
  }
  // Metadata alone never makes a page an article: it needs some prose of its own.
  return done(score > MIN_PROSE_SCORE);
}
