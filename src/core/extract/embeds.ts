// Embeds: a video, audio or social post the page loads from another site becomes a card in the
// article's place (its kind, its site, its title, a link that opens it there), so nothing is dropped
// without a trace and the reader loads nothing. Two steps: before Readability the frames that are
// embeds are marked, so Readability keeps them and the blocks around them; after the cleanup each
// becomes a card. The reader labels the cards in the user's language (src/reader/embed-cards.ts).
import { EMBED_SITES, NOT_CARDS, type EmbedKind, type EmbedSite } from '../rules/embeds';
import { HIDING_STYLE, inlineStyle, normalizeSpace } from '../page/dom';
import { hasCommentWord } from '../comments/words';
import { systemOfFrame } from '../comments/systems';

/** The mark on frames Readability keeps (its allowedVideoRegex is tested on their attributes' values). */
const MARK = 'data-tidy-embed';
const MARK_VALUE = 'tidy-embed';
export const KEEP_MARKED = new RegExp(`^${MARK_VALUE}$`);

/** What a card says: read by the reader (`data-embed`, `data-embed-site`) and the sanitizer keeps. */
export const CARD_KIND = 'data-embed';
export const CARD_SITE = 'data-embed-site';

/** A frame's address: lazy loaders keep it in a data attribute until it scrolls into view. */
function frameUrl(frame: Element): URL | null {
  for (const attr of ['src', 'data-src', 'data-lazy-src']) {
    const v = frame.getAttribute(attr)?.trim();
    if (!v || v === 'about:blank') continue;
    try {
      const url = new URL(v, frame.ownerDocument.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url;
    } catch {
      // not an address: try the next attribute
    }
  }
  return null;
}

const onHost = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);
const siteMatches = (row: EmbedSite, url: URL) =>
  (!row.hosts || row.hosts.some((h) => onHost(url.hostname, h))) && (!row.path || row.path.test(url.pathname));

interface Embed {
  kind: EmbedKind;
  site: string;
  /** Where it opens on its site. */
  href: string;
  title: string;
}

const titleOf = (el: Element) => normalizeSpace(el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '');

/** Hidden from the reader of the page: by its style (display, visibility, the clip of a visually hidden box) or a size of a pixel or two. */
const VISUALLY_HIDDEN = /clip\s*:\s*rect\(\s*[01]px|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)/i;
const TINY = 2;
function hiddenFrame(frame: Element): boolean {
  const style = inlineStyle(frame);
  if (HIDING_STYLE.test(style) || VISUALLY_HIDDEN.test(style)) return true;
  return ['width', 'height'].some((d) => {
    const v = frame.getAttribute(d)?.trim();
    return !!v && /^\d+$/.test(v) && Number(v) <= TINY;
  });
}

/** A comment widget's frame: a comment system's, or one whose name, title or address names comments in any language. */
const commentFrame = (frame: Element, url: URL) =>
  !!systemOfFrame(frame) ||
  hasCommentWord(
    [frame.id, frame.getAttribute('class'), titleOf(frame), url.pathname.replace(/[^\p{L}]+/gu, ' ')].join(' '),
  );

/**
 * What a frame embeds, or null for a frame that is not content: an ad, a tracker, a comment
 * widget, a frame the page hides (a WordPress post embed waits hidden behind its own quoted link,
 * which stays), an untitled frame on an unknown site.
 */
export function embedOf(frame: Element): Embed | null {
  const url = frameUrl(frame);
  if (!url || hiddenFrame(frame)) return null;
  const title = titleOf(frame);
  // A site of the table is content whatever its title says (a video may be called "Comments").
  const row = EMBED_SITES.find((r) => (r.hosts || r.path) && siteMatches(r, url));
  if (row) return { kind: row.kind, site: row.site, href: row.open?.(url) ?? url.href, title };
  const names = [url.hostname, url.pathname, frame.id, frame.getAttribute('class') ?? '', title].join(' ');
  if (!title || NOT_CARDS.test(names) || commentFrame(frame, url)) return null;
  return { kind: 'embed', site: url.hostname.replace(/^www\./, ''), href: url.href, title };
}

/** Marks the frames under `root` that are embeds, for Readability to keep. Returns how many. */
export function markEmbeds(root: Element): number {
  let marked = 0;
  for (const frame of Array.from(root.getElementsByTagName('iframe'))) {
    if (!embedOf(frame)) continue;
    frame.setAttribute(MARK, MARK_VALUE);
    marked++;
  }
  return marked;
}

/** Where it opens, without the scheme: a card's words when its embed has no title. */
const shortAddress = (href: string) => href.replace(/^https?:\/\/(www\.)?/, '').slice(0, 80);

/** Makes `figure` the card of `embed` (a figure of the page's own, or a new one). */
function markCard<T extends Element>(figure: T, embed: Embed): T {
  figure.setAttribute(CARD_KIND, embed.kind);
  figure.setAttribute(CARD_SITE, embed.site);
  return figure;
}

const newCard = (doc: Document, embed: Embed) => markCard(doc.createElement('figure'), embed);

function openLink(doc: Document, embed: Embed): HTMLElement {
  const link = doc.createElement('a');
  link.setAttribute('href', embed.href);
  link.textContent = embed.title || shortAddress(embed.href);
  return link;
}

/** Only whitespace and these elements besides `el` in its parent. */
const aloneIn = (el: Element, parent: Element, besides: string[] = []) =>
  Array.from(parent.childNodes).every(
    (n) =>
      n === el ||
      (n.nodeType === 3 && !normalizeSpace(n.nodeValue ?? '')) ||
      (n.nodeType === 1 && besides.includes((n as Element).tagName)),
  );

/** A frame becomes a card: its own <figure> when it stands alone in one, a new one where it stood otherwise. */
function frameToCard(frame: Element, embed: Embed) {
  const doc = frame.ownerDocument;
  const parent = frame.parentElement;
  const link = openLink(doc, embed);
  if (parent?.tagName === 'FIGURE' && aloneIn(frame, parent, ['FIGCAPTION'])) {
    markCard(parent, embed);
    frame.replaceWith(link);
    return;
  }
  const card = newCard(doc, embed);
  card.append(link);
  // A <figure> cannot stand in a paragraph: a frame in one goes after it (or takes its place, alone).
  if (parent?.tagName === 'P') {
    if (aloneIn(frame, parent)) parent.replaceWith(card);
    else {
      parent.after(card);
      frame.remove();
    }
  } else frame.replaceWith(card);
}

/** A site's embed written as a quote of the post: a card around the quote, with a link to the post when it has none. */
function quoteToCard(quote: Element, row: EmbedSite) {
  const doc = quote.ownerDocument;
  const permalink =
    quote.getAttribute('data-instgrm-permalink') ??
    quote.getAttribute('cite') ??
    quote.getAttribute('data-bluesky-uri');
  const embed: Embed = { kind: row.kind, site: row.site, href: permalink ?? '', title: '' };
  const card = newCard(doc, embed);
  quote.replaceWith(card);
  card.append(quote);
  const links = Array.from(quote.querySelectorAll('a[href]'));
  if (permalink && /^https?:/.test(permalink) && !links.some((a) => a.getAttribute('href') === permalink))
    card.append(openLink(doc, embed));
}

/** Turns the embeds left in `article` (frames Readability kept, quoted posts) into cards. Returns how many. */
export function embedCards(article: Element): number {
  let cards = 0;
  for (const frame of Array.from(article.getElementsByTagName('iframe'))) {
    const embed = embedOf(frame);
    if (!embed) continue;
    frameToCard(frame, embed);
    cards++;
  }
  for (const row of EMBED_SITES) {
    if (!row.quoteClass) continue;
    for (const quote of Array.from(article.getElementsByClassName(row.quoteClass))) {
      if (quote.tagName !== 'BLOCKQUOTE' || quote.parentElement?.hasAttribute(CARD_KIND)) continue;
      quoteToCard(quote, row);
      cards++;
    }
  }
  return cards;
}
