// Cleanup: the stage after Readability. Readability picks the right container but keeps what the
// site put inside it: ad labels, "You may also like" lists, the byline and dateline again, photo
// credits, a tail of links. Each rule of ../rules/boilerplate-lines.ts removes such blocks, and every
// removal is logged like the clutter cut before Readability.
import { closestIn, describe, clip, normalizeSpace } from '../page/dom';
import {
  ABOUT_COMPANY,
  ABOUT_HEADING,
  AUTHOR_BIO,
  BOILERPLATE_LINES,
  BRACKET_TAG,
  BYLINE_LINE,
  CONTRIBUTOR_LINE,
  CREDIT_LINES,
  DATELINE,
  RELATED_HEADINGS,
  TEASER_PREFIX,
} from '../rules/boilerplate-lines';
import { linkDensity, textAndLinks } from '../page/text';
import { pointedAt } from './anchors';
import type { CleanupStep, Removal } from '../types';
import { ARTICLE_MEDIA, BLOCK_TAGS, HEADINGS } from '../page/tags';

/** Longer than this is prose, which no rule reads. */
const MAX_LINE = 200;
/** Blocks at the start (and end) of the article where a byline may repeat the header. */
const LEAD_BLOCKS = 6;
/** An "About Acme" section runs to the article's end in at most this many blocks; more is the story. */
const ABOUT_MAX_BLOCKS = 6;
/** Share of a block's text inside links above which it is a list of links, not prose. */
const LINK_DENSE = 0.6;
/** A place the article's links point at, this short or shorter, is a note (a footnote, a source): its lines stay. */
const NOTE_MAX = 1000;

const textOf = (el: Element) => normalizeSpace(el.textContent ?? '');
const linkDensityOf = (el: Element) => linkDensity(textAndLinks(el));
const FIGURE = new Set(['FIGURE']);
const isHeading = (el: Element) => HEADINGS.has(el.tagName);
/** A short line that is mostly links, and not a heading (a story's title or sections may be links). */
const isLinkLine = (el: Element, media: Media) =>
  !closestIn(el, HEADINGS) && !media.within(el) && textOf(el).length <= MAX_LINE && linkDensityOf(el) >= LINK_DENSE;

/** A link to another page: not an anchor on this one, not a media file (an image linking to its full size). */
const linksAway = (href: string) =>
  !/^\s*(#|javascript:)/i.test(href) && !/\.(jpe?g|png|gif|webp|avif|svg|mp4|webm)([?#].*)?$/i.test(href);

/** A heading, or a line that is all bold (how press releases set "About Acme"). */
const isHeadingLike = (el: Element) => {
  if (isHeading(el)) return true;
  const bold = el.querySelector('strong, b');
  return !!bold && textOf(bold) === textOf(el);
};

/**
 * Which elements of the article hold media, found once: one query, then each medium's ancestors,
 * instead of a query per line (the rules ask of every line and of every wrapper they climb).
 */
class Media {
  private readonly holders = new Set<Element>();
  constructor(article: Element) {
    for (const tag of ARTICLE_MEDIA) {
      for (const m of Array.from(article.getElementsByTagName(tag))) {
        for (let a = m.parentElement; a && !this.holders.has(a); a = a.parentElement) {
          this.holders.add(a);
          if (a === article) break;
        }
      }
    }
  }
  /** Does `el` hold a medium (as `el.querySelector(ARTICLE_MEDIA.join())` would find)? */
  within(el: Element): boolean {
    return this.holders.has(el);
  }
}

/**
 * The innermost blocks with text, in document order: each line of the article once. A block's
 * inline children (links, spans, emphasis) are part of its line; a <br> does not split it.
 */
function lines(article: Element): Element[] {
  const out: Element[] = [];
  /** Walks `el`; true when it holds a block (so it is not itself one line). */
  const walk = (el: Element): boolean => {
    let holdsBlock = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (walk(c) || BLOCK_TAGS.has(c.tagName)) holdsBlock = true;
    }
    if (!holdsBlock && BLOCK_TAGS.has(el.tagName) && el !== article && textOf(el)) out.push(el);
    return holdsBlock;
  };
  walk(article);
  return out;
}

interface Cut {
  step: CleanupStep;
  reason: string;
  node: Element;
}

/** The outermost ancestor that holds nothing but this line (a <p> alone in its <div>, a <li> alone in its <ul>). */
function wholeBlock(el: Element, article: Element, media: Media): Element {
  let node = el;
  while (
    node.parentElement &&
    node.parentElement !== article &&
    textOf(node.parentElement) === textOf(node) &&
    !media.within(node.parentElement)
  ) {
    node = node.parentElement;
  }
  return node;
}

/** Whether a line stands in one of the article's notes: a short place its own links point at (./anchors.ts). */
function noteTest(article: Element): (el: Element) => boolean {
  const ids = pointedAt(article);
  if (!ids.size) return () => false;
  return (el) => {
    for (let a: Element | null = el; a && a !== article; a = a.parentElement) {
      const id = a.getAttribute('id') ?? (a.tagName === 'A' ? a.getAttribute('name') : null);
      if (id && ids.has(id)) return textOf(a).length <= NOTE_MAX;
    }
    return false;
  };
}

/** Every cut the rules make on `article`, in document order. Reads only. */
export function findCleanup(article: Element, byline: string | null, media = new Media(article)): Cut[] {
  const cuts: Cut[] = [];
  const all = lines(article);
  const isCut = (el: Element) => cuts.some((c) => c.node.contains(el));
  const inNote = noteTest(article);
  const cut = (step: CleanupStep, reason: string, el: Element) => {
    // A footnote is the story's, even when it reads as a credit ("Source: …") or is all links.
    if (inNote(el)) return;
    const node = wholeBlock(el, article, media);
    if (!isCut(node)) cuts.push({ step, reason, node });
  };
  all.forEach((el, i) => {
    const text = textOf(el);
    if (media.within(el)) return;
    // Tagged teasers run several to a line, so past MAX_LINE; they are links, never prose.
    if ((text.match(BRACKET_TAG)?.length ?? 0) >= 2 && linkDensityOf(el) >= LINK_DENSE)
      return cut('related-list', 'links to other stories, tagged [LIKE THIS]', el);
    if (text.length > MAX_LINE) return;
    const boiler = BOILERPLATE_LINES.find(([, re]) => re.test(text));
    if (boiler) return cut('boilerplate-line', boiler[0], el);
    if (CREDIT_LINES.test(text)) return cut('credit-line', 'photo or copyright credit', el);
    if (TEASER_PREFIX.test(text) && linkDensityOf(el) >= 0.5)
      return cut('related-list', 'teaser for another story', el);
    if (DATELINE.test(text)) return cut('metadata-line', 'dateline (shown in the header)', el);
    const isByline = BYLINE_LINE.test(text) || (!!byline && text === normalizeSpace(byline));
    if (i < LEAD_BLOCKS && isByline) return cut('metadata-line', 'byline (shown in the header)', el);
    if (i >= all.length - LEAD_BLOCKS && (isByline || AUTHOR_BIO.test(text) || CONTRIBUTOR_LINE.test(text)))
      return cut('metadata-line', 'author line after the story', el);
    if (RELATED_HEADINGS.test(text)) {
      // The heading, and the run of link lists after it.
      cut('related-list', `“${clip(text, 40)}” and its links`, el);
      for (
        let j = i + 1;
        j < all.length && linkDensityOf(all[j]!) >= LINK_DENSE && textOf(all[j]!).length <= MAX_LINE;
        j++
      )
        cut('related-list', `“${clip(text, 40)}” and its links`, all[j]!);
    }
  });
  for (const caption of Array.from(article.getElementsByTagName('figcaption'))) {
    const figure = closestIn(caption, FIGURE);
    const link = Array.from(caption.getElementsByTagName('a')).find((a) => a.hasAttribute('href'));
    // A caption whose image is not there (dropped as a placeholder, or never in the article) captions nothing.
    if (!media.within(figure ?? caption.parentElement!) && textOf(caption))
      cut('orphan-caption', 'caption of an image that is not there', caption);
    // A picture whose caption is a link to another page is a teaser card for that page (a headline
    // under a thumbnail), caption and all. A picture that only links to a bigger view of itself, or
    // whose caption describes it, is the story's.
    else if (figure && link && linksAway(link.getAttribute('href')!) && linkDensityOf(caption) >= LINK_DENSE)
      cut('teaser-figure', 'picture captioned with a link to another story', figure);
  }
  // A press release's "About Acme" section at its end: the heading or the company's description,
  // then what follows it that still speaks of the company (or, after a heading, everything).
  const about = all.findIndex(
    (el, i) =>
      i >= all.length / 2 &&
      !isCut(el) &&
      ((ABOUT_HEADING.test(textOf(el)) && isHeadingLike(el)) || ABOUT_COMPANY.test(textOf(el))),
  );
  if (about >= 0 && all.length - about <= ABOUT_MAX_BLOCKS) {
    const first = textOf(all[about]!);
    const company = ABOUT_COMPANY.exec(first)?.[1];
    for (let j = about; j < all.length; j++) {
      if (j > about && company && !textOf(all[j]!).startsWith(company)) break;
      cut('boilerplate-line', 'about the company that issued the release', all[j]!);
    }
  }
  // A head of links before the story (the site's sections, a breadcrumb). One link alone at the top
  // may be the story's own ("Click for full results"): a head is several link lines, or one line
  // of several links.
  const head: Element[] = [];
  for (const el of all) {
    if (isCut(el)) continue;
    if (!isLinkLine(el, media)) break;
    head.push(el);
  }
  if (head.length > 1 || (head[0] && head[0].getElementsByTagName('a').length > 1))
    for (const el of head) cut('link-dense-head', 'links before the story', el);
  // A tail of links after the story (source lists, "more from" links with no heading).
  for (let j = all.length - 1; j >= 0; j--) {
    const el = all[j]!;
    if (isCut(el)) continue;
    if (!isLinkLine(el, media)) break;
    cut('link-dense-tail', 'links after the story', el);
  }
  return cuts;
}

/**
 * Removes what findCleanup finds, unless that would leave the article with less than half its
 * text (then the rules misread this page, and the article is left as it was). Returns the log.
 */
export function cleanUp(article: Element, byline: string | null): Removal[] {
  const media = new Media(article);
  const cuts = findCleanup(article, byline, media);
  const total = textOf(article).length;
  const cutText = cuts.reduce((n, c) => n + textOf(c.node).length, 0);
  if (!cuts.length || cutText > total / 2) return [];
  return cuts.map(({ step, reason, node }) => {
    const entry = { step, reason, selector: describe(node), text: clip(node.textContent ?? '') };
    // The list or wrapper this leaves with nothing in it goes too.
    let gone: Element = node;
    while (
      gone.parentElement &&
      gone.parentElement !== article &&
      !textOf(gone.parentElement).replace(textOf(gone), '').trim() &&
      !media.within(gone.parentElement)
    ) {
      gone = gone.parentElement;
    }
    gone.remove();
    return entry;
  });
}
