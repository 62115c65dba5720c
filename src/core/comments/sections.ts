// One model of a comment section, for the in-place tidy, extraction and detection alike.
//
// Found by structure first: a comment system's root (../rules/comment-systems.ts), a reply form
// (a textarea in a form that names comments), a system's frame, or a line that says there are no
// comments. From each, the section grows over its wrapper while everything beside it belongs to
// it too: a heading or a counter that names comments, a short prompt, the thread, nothing at all.
//
// Then judged by what it holds outside its reply form:
// - real: at least one comment (a comment item, or a few words beside an author or a time);
// - empty: only short lines (a heading, a zero count, a prompt, a notice), a form, an empty widget;
// - unknown: anything else (prose, media, a loaded widget whose inside we cannot read): left alone.
// The words only tell a heading from other short lines; emptiness itself is structural, so a
// wording or a language no table lists still works.
import {
  clip,
  closestIn,
  HIDING_STYLE,
  inlineStyle,
  isElement,
  isText,
  normalizeSpace,
  SHOW_ELEMENT,
  SHOW_TEXT,
  shownText,
  skipSubtree,
} from '../page/dom';
import { MIN_PROSE_CHARS, ownTextLength } from '../page/prose';
import { textAndLinks } from '../page/text';
import type { FindOptions } from '../tidy/types';
import { COMMENT_SYSTEMS, type CommentSystem } from '../rules/comment-systems';
import { COMMENT_TEXT_CLASSES } from '../rules/comments';
import { isBylineMark, isCommentItem } from './marks';
import { isSystemHome, systemOf, systemOfFrame } from './systems';
import {
  countsComments,
  hasCommentWord,
  mayHaveNoCommentClue,
  mayHaveNoCommentLine,
  saysMoreThanCommentWords,
  saysNoComments,
} from './words';
import { BLOCK_TAGS, CODE_AND_LISTINGS, FORM_PARTS, NOT_WORDS } from '../page/tags';

export type SectionState = 'empty' | 'real' | 'unknown';

export interface CommentSection {
  /** The element the section grew to from where it was found. */
  root: Element;
  /** The root and the siblings that belong to it when no wrapper holds them all (a heading, a form): what a cut removes. */
  nodes: Element[];
  state: SectionState;
  /** What found it and what it holds, in words a user can read. */
  reason: string;
  /** Found by a system that captions its own list (trackbacks): its own section, not a thread's part. */
  captioned?: boolean;
}

/** A line of a section longer than this is prose, not a heading, a counter or a prompt. */
const MAX_LINE = 200;
/** All of a section's own words (outside its form) past this are more than an empty section says. */
const MAX_TEXT = 500;
/** A line this short ("Add yours", "Cancel") belongs to a section beside it even without a comment word. */
const SHORT_LINE = 24;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** A section never grows over these: the page, its main region, a story. */
const STOP = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
/** Invisible siblings: they neither belong to a section nor keep it from growing. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT', 'BR', 'HR']);
/** What makes a section more than words: a form, a field, a frame. */
const CONTROLS = 'form, textarea, iframe';
/** A class or id that names a comment section's part (a thread, a counter, a reply link). */
const COMMENT_HINT = /comment|(?<!cor)respond|repl(?:y|ies)|discus|kommentar/i;
/**
 * Markup that may make or change a section, as a selector a browser runs natively: what
 * COMMENT_HINT reads in names, a system's root, a textarea (not any form or frame: ads and
 * newsletters add those all the time). Each root is kept only if the engine accepts it
 * (`fb\:comments` is not read alike by every engine).
 */
let sectionMarkup: string | undefined;
function sectionMarkupIn(doc: Document): string {
  if (sectionMarkup) return sectionMarkup;
  const accepted = (selector: string) => {
    try {
      doc.createDocumentFragment().querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
  // The stems COMMENT_HINT reads; a system's own names (`#disqus_thread`) come with the roots below.
  const named = ['comment', 'respond', 'repl', 'discus', 'kommentar'].flatMap((w) => [
    `[id*="${w}" i]`,
    `[class*="${w}" i]`,
  ]);
  const roots = COMMENT_SYSTEMS.flatMap((row) => row.root.split(',').map((s) => s.trim())).filter(accepted);
  return (sectionMarkup = ['textarea', ...named, ...roots].join(', '));
}

/**
 * Could nodes added under `target` make or change a comment section: do they hold comment markup,
 * or does `target` stand inside some? Most of what a page adds after load (ads, carousels, clocks)
 * does not, and needs no new search.
 */
export function mayChangeSections(target: Node, added: NodeList): boolean {
  const doc = target.ownerDocument;
  if (!doc || !added.length) return false;
  const selector = sectionMarkupIn(doc);
  const parent = isElement(target) ? target : target.parentElement;
  if (parent?.closest(selector)) return true;
  return Array.from(added).some((n) => isElement(n) && (n.matches(selector) || n.querySelector(selector) !== null));
}

/** A form that writes to someone rather than under a post (the editors, a friend, a shop). */
const NOT_A_REPLY =
  /contact|kontakt|newsletter|subscri|search|login|signup|regist|order|checkout|error|report|feedback|email\/|send-?to|friend|share|\btip(?:s|-?us|line)?(?:\b|[-_]|form)/i;
/** Links a section may hold besides the thread: to its own parts, to log in, sign up or reset a password, to its feed or trackback; script buttons. */
const OWN_LINK =
  /^$|^#|^javascript:|comment|repl|respond|login|log-in|signin|password|feed|trackback|(?:^|[/?&=._-])(?:sign-?up|sign_up|regist(?:er|ration)?|account|oauth)(?:$|[/?#&=._-])/i;
/** A link the section holds as its own: to its parts, a login, or the comment system's site (its credit line). */
const isOwnLink = (href: string) => OWN_LINK.test(href) || isSystemHome(href);

/** A post's topic classes (WordPress's `category-opinion-comment`, `tag-policy`) say what it is about, not what it is. */
const TOPIC_CLASS = /(?:^|\s)(?:category|tag)-\S*/g;
const hintOf = (el: Element) =>
  `${el.getAttribute('id') ?? ''} ${(el.getAttribute('class') ?? '').replace(TOPIC_CLASS, ' ')}`;
const textOf = (el: Element) => normalizeSpace(el.textContent ?? '');

/** Is this textarea's form a reply form (it names comments somewhere), and which element is it? */
function replyFormOf(textarea: Element): Element | null {
  const form = textarea.closest('form') ?? textarea.parentElement;
  if (!form) return null;
  const marks = [
    form.getAttribute('action') ?? '',
    hintOf(form),
    hintOf(textarea),
    textarea.getAttribute('name') ?? '',
  ].join(' ');
  if (NOT_A_REPLY.test(marks)) return null;
  if (COMMENT_HINT.test(marks) || hasCommentWord(marks)) return form;
  // A form with no telling attribute: its heading or its button names comments.
  const heading = form.previousElementSibling;
  const said = `${heading && textOf(heading).length <= MAX_LINE ? textOf(heading) : ''} ${buttonText(form)}`;
  return hasCommentWord(said) ? form : null;
}

const buttonText = (form: Element) =>
  Array.from(
    form.querySelectorAll('button, input[type="submit"]'),
    (b) => b.textContent || b.getAttribute('value') || '',
  ).join(' ');

interface Anchor {
  el: Element;
  /** What found it: a system's name, "reply form", or the line that says there are no comments. */
  by: string;
  system: CommentSystem | null;
  /** Found only by what a line says: the weakest evidence, held to stricter checks. */
  byWords: boolean;
}

/** Every place a comment section starts from, in one walk of the elements and, when needed, one of the text. */
function findAnchors(root: Element): Anchor[] {
  const anchors: Anchor[] = [];
  const items: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el;) {
    const tag = el.tagName;
    // SVG icons (<symbol id="comments">) and code are never sections.
    if (el.namespaceURI !== HTML_NS || CODE_AND_LISTINGS.has(tag)) {
      el = skipSubtree(walker) as Element | null;
      continue;
    }
    const system = systemOf(el, tag);
    if (system) {
      // Inside a link or a button it is a counter or an icon ("💬 12"), never a section.
      if (!closestIn(el, CONTROL_TAGS)) anchors.push({ el, by: system.name, system, byWords: false });
      // Its section takes in whatever it holds: the walk goes on after it.
      el = skipSubtree(walker) as Element | null;
      continue;
    }
    if (isCommentItem(el) && isComment(el) && saysOwnWords(el)) {
      items.push(el);
      el = skipSubtree(walker) as Element | null;
      continue;
    }
    if (tag === 'TEXTAREA') {
      const form = replyFormOf(el);
      if (form) anchors.push({ el: form, by: 'reply form', system: null, byWords: false });
    } else if (tag === 'IFRAME') {
      const frameSystem = systemOfFrame(el);
      if (frameSystem) anchors.push({ el, by: frameSystem.name, system: frameSystem, byWords: false });
    }
    el = walker.nextNode() as Element | null;
  }
  anchors.push(...commentLists(items));
  // Lines that say so, with no telling markup: one cheap test over the whole text first.
  if (mayHaveNoCommentLine(root.textContent ?? '')) anchors.push(...lineAnchors(root));
  return anchors;
}

/** A list holds its comments a few wrappers down (`ol > li`, `div > div.item > div.comment`), never a page away. */
const LIST_DEPTH = 3;

/**
 * Marked comments with no system root, form or heading around them (a thread whose reply form a
 * script adds): the element that holds two of them one after the other, close by, and little
 * else, is their list. Two far apart (a "recent comments" box and the thread) have the page between them.
 */
function commentLists(items: Element[]): Anchor[] {
  const lists = new Set<Element>();
  for (let i = 1; i < items.length; i++) {
    const list = listOf(items[i - 1]!, items[i]!);
    if (list) lists.add(list);
  }
  // A list is its comments: one that also holds a post (two threads side by side, comments loose in
  // the story's column) is a page region, and the comments are found one level down or not at all.
  const outsideItems = (list: Element) =>
    textOf(list).length - items.reduce((n, item) => n + (list.contains(item) ? textOf(item).length : 0), 0);
  return [...lists]
    .filter((el) => outsideItems(el) <= MAX_TEXT)
    .map((el) => ({ el, by: 'comment list', system: null, byWords: false }));
}

/** The element that holds both comments, at most LIST_DEPTH levels above each; null when none is that close. */
function listOf(a: Element, b: Element): Element | null {
  let p = a.parentElement;
  for (let up = 1; p && up <= LIST_DEPTH && !p.contains(b); up++) p = p.parentElement;
  if (!p || !p.contains(b)) return null;
  let depth = 0;
  for (let q: Element | null = b; q && q !== p && depth <= LIST_DEPTH; q = q.parentElement) depth++;
  return depth <= LIST_DEPTH ? p : null;
}

/** Most of its words outside links: a comment says them, a teaser (an opinion column classed "comment") links them. */
function saysOwnWords(el: Element): boolean {
  const { text, links } = textAndLinks(el);
  return links < text / 2;
}

/** Controls: what stands inside one is part of it, never a section. */
const CONTROL_TAGS = new Set(['A', 'BUTTON']);

const INLINE_WRAPPERS = new Set(['SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'FONT', 'U']);
/** A count or prompt inside one of these is a link, a control or code, not a section (a byline's "0 comments" link). */
const NOT_A_LINE = new Set(['A', 'BUTTON', 'SELECT', 'OPTION', 'LABEL', 'TITLE', 'TEXTAREA', ...CODE_AND_LISTINGS]);

function lineAnchors(root: Element): Anchor[] {
  const anchors: Anchor[] = [];
  const seen = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // Most text nodes hold no clue at all: one regex on the node before anything is climbed or read.
    const value = n.nodeValue ?? '';
    if (value.length > 4 * MAX_LINE || !mayHaveNoCommentClue(value)) continue;
    let line = n.parentElement;
    while (line && INLINE_WRAPPERS.has(line.tagName) && line.parentElement && !STOP.has(line.parentElement.tagName))
      line = line.parentElement;
    if (!line || seen.has(line)) continue;
    seen.add(line);
    if (line.namespaceURI !== HTML_NS || closestIn(line, NOT_A_LINE) || line.closest('[contenteditable]')) continue;
    const text = textOf(line);
    if (text.length > MAX_LINE || !saysNoComments(text) || isMetaLine(line)) continue;
    anchors.push({ el: line, by: `“${clip(text, 60)}”`, system: null, byWords: true });
  }
  return anchors;
}

/**
 * A post's meta line that links to its comments among other words ("Ed Brill | Highland Park
 * Category: IBM · Add/View Comments (0)"): what names comments is a link, and the words outside the
 * links say something else. It is the byline, not a section.
 */
function isMetaLine(line: Element): boolean {
  let outside = '';
  for (let n = line.firstChild; n; n = n.nextSibling) {
    if (isText(n)) outside += n.nodeValue;
    else if (isElement(n) && n.tagName !== 'A' && !n.getElementsByTagName('a').length) outside += n.textContent;
  }
  const words = normalizeSpace(outside);
  return words.length > SHORT_LINE && !hasCommentWord(words) && line.getElementsByTagName('a').length > 0;
}

/** Links to other pages (not to the section's own parts, a login or a feed); `distinct`: the pages, however often linked. */
function linksElsewhere(el: Element, { distinct = false } = {}): number {
  const hrefs = Array.from(el.getElementsByTagName('a'), (a) => a.getAttribute('href') ?? '#').filter(
    (href) => !isOwnLink(href),
  );
  return distinct ? new Set(hrefs).size : hrefs.length;
}

/** Does this sibling of a section belong to it: invisible, empty, a part of comments, or a short line about them? */
function belongsToSection(el: Element): boolean {
  const tag = el.tagName;
  if (INVISIBLE.has(tag)) return true;
  if (tag === 'INPUT') return el.getAttribute('type') === 'hidden';
  if (tag === 'H1' || el.getElementsByTagName('h1').length) return false; // the story's headline
  if (isNotice(el)) return true;
  const named = systemOf(el) !== null || COMMENT_HINT.test(hintOf(el));
  // A box of the section the page keeps hidden (a preview, an error, a captcha a script shows later) shows nothing.
  if (named && isHiddenBox(el)) return !holdsThread(el);
  const text = shownText(el, MAX_TEXT, isNotice);
  if (named) {
    // The thread itself, or a counter, a prompt, a comments nav; not a story that merely has a comment class.
    if (holdsThread(el)) return true;
    return text.length <= MAX_TEXT && contentsOf(el).lines.every(isSectionLine) && linksElsewhere(el) < 2;
  }
  if (!text) return isEmptyBox(el);
  return isCommentLine(el, text, true);
}

/** The section's credit line ("blog comments powered by Disqus"): a few words whose links all go to the comment system's site. */
function isCreditLine(el: Element, text: string): boolean {
  if (text.length > MAX_PROMPT) return false;
  const links = Array.from(el.getElementsByTagName('a'), (a) => a.getAttribute('href') ?? '');
  return links.length > 0 && links.every(isSystemHome) && !hasMedia(el);
}

/** A short line that names comments (or, with `anyShort`, any few words), linking nowhere else and showing no media. */
const isCommentLine = (el: Element, text: string, anyShort: boolean) =>
  text.length <= MAX_LINE &&
  (hasCommentWord(text) || (anyShort && text.length <= SHORT_LINE)) &&
  linksElsewhere(el) < 2 &&
  !hasMedia(el);

/** Markup that names a box as rules: a section's guidelines, policy, netiquette, terms. */
const NOTICE_HINT = /guideline|polic(?:y|ies)|(?:^|[\s_-])rules|richtlinie|netiquette|disclaimer/i;
/** A page of rules, by its address: guidelines, netiquette, terms, conditions of use. */
const RULES_PAGE =
  /guideline|polic(?:y|ies)|rules|regeln|netiquette|n[eé]tiquette|terms|conditions|nutzungsbedingungen|richtlinie|normas|charte/i;
/** A paragraph with a link that names the rules, by its address or its words ("See our full terms of use here"). */
function linksToRules(el: Element): boolean {
  return (
    el.tagName === 'P' &&
    Array.from(el.getElementsByTagName('a')).some(
      (a) => RULES_PAGE.test(a.getAttribute('href') ?? '') || RULES_PAGE.test(a.textContent ?? ''),
    )
  );
}
/** Inside comment markup: its class or its box's names comments ("Vos commentaires seront modérés … la nétiquette" in `p.comment-text`). */
const inCommentMarkup = (el: Element) =>
  COMMENT_HINT.test(hintOf(el)) || (el.parentElement !== null && COMMENT_HINT.test(hintOf(el.parentElement)));
/** A notice longer than this is more than a section's rules. */
const MAX_NOTICE = 1200;

/**
 * A section's rules ("Comments may be no longer than 2000 characters…"), in a box its markup names
 * as guidelines or folded away in a closed <details>: read like a form's fine print, not as lines.
 * It must name comments, show no media, hold no field or frame and no comment, and link to at most
 * two other pages (fine print links the terms twice).
 */
function isNotice(el: Element): boolean {
  const folded = el.tagName === 'DETAILS' && !el.hasAttribute('open');
  if (!folded && !NOTICE_HINT.test(hintOf(el)) && !(el.tagName === 'P' && inCommentMarkup(el) && linksToRules(el)))
    return false;
  return readsAsNotice(el);
}

/** The rules printed as a paragraph just beside a section ("As you comment, please be respectful … See our full terms of use here"). */
const isRulesBeside = (el: Element) => linksToRules(el) && readsAsNotice(el);

/** Says something of comments in under MAX_NOTICE characters, shows no media, holds no field, frame or comment, links to at most two other pages. */
function readsAsNotice(el: Element): boolean {
  const text = shownText(el, MAX_NOTICE);
  return (
    text.length <= MAX_NOTICE &&
    hasCommentWord(text) &&
    !hasMedia(el) &&
    !el.querySelector(CONTROLS) &&
    linksElsewhere(el, { distinct: true }) <= 2 &&
    !holdsThread(el)
  );
}

/** Shows nothing and mounts nothing: a box that holds a script is a mount point (an ad slot) of its own. */
const isEmptyBox = (el: Element) => !hasMedia(el) && !el.getElementsByTagName('script').length;

const hasMedia = (el: Element) =>
  NOT_WORDS.has(el.tagName) || [...NOT_WORDS].some((t) => el.getElementsByTagName(t).length > 0);

/** The section around an anchor: its wrappers, as long as everything beside it belongs to it. */
function sectionRoot(anchor: Element): Element {
  let section = anchor;
  for (
    let parent = section.parentElement;
    parent && !STOP.has(parent.tagName) && parent.getAttribute('role') !== 'main';
    parent = parent.parentElement
  ) {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c === section) continue;
      if (isElement(c) ? !belongsToSection(c) : isText(c) && !lineBelongs(normalizeSpace(c.nodeValue ?? '')))
        return section;
    }
    section = parent;
  }
  return section;
}

const lineBelongs = (text: string) =>
  !text || (text.length <= MAX_LINE && (hasCommentWord(text) || text.length <= SHORT_LINE));
/** A line a section prints: one that belongs, or a control (a link to its own parts or to log in). */
const isSectionLine = (l: Line) => l.control || lineBelongs(l.text);

/** A line a section shows: its words, and whether it is all a control (a link to its own parts, a login). */
interface Line {
  text: string;
  control: boolean;
  /** Some of its words link to another page. */
  linksAway: boolean;
}

/** What a section holds outside its reply form. */
interface Contents {
  lines: Line[];
  /** Reply forms, Jetpack's form frame included. */
  forms: number;
  /** A widget's loaded frame, or any other frame: what it shows cannot be read. */
  frames: number;
  media: number;
  /** Characters of its text inside links. */
  linkText: number;
  /** A marked comment with words of its own. */
  item: boolean;
  /** A comment's byline mark: an author, an avatar, a time. */
  byline: boolean;
  /** Roots of widgets a script fills (Disqus, Facebook), the section's own included. */
  widgets: Element[];
  /** One of them its script has not filled (yet): an empty Disqus or Facebook box. */
  bareWidget: boolean;
  /** Lines the page hides (a widget's copy of the post, a closed log-in box): never a prompt or prose a reader sees, still read for comments. */
  hiddenLines: Line[];
}

/** A class that says hidden by its name alone (`hidden`, `hiddenBox`, `is-hidden`, `d-none`), not `hidden-xs` (hidden on small screens only). */
const HIDDEN_CLASS = /(?:^|\s)(?:(?:is-|u-)?hidden(?:box)?|hide|d-none)(?:\s|$)/i;

/**
 * Hidden by its own markup, as widgets hide their templates, copies and the boxes a script shows
 * later (a preview, an error, a captcha): the `hidden` attribute, an inline `display: none` or
 * `visibility: hidden`, or a class named for hiding.
 */
const isHiddenBox = (el: Element) =>
  el.hasAttribute('hidden') || HIDING_STYLE.test(inlineStyle(el)) || HIDDEN_CLASS.test(el.getAttribute('class') ?? '');

/** One walk over a section, outside its reply form: its lines, forms, frames, media, comments and bylines. */
function contentsOf(...roots: Element[]): Contents {
  const c: Contents = {
    lines: [],
    hiddenLines: [],
    forms: 0,
    frames: 0,
    media: 0,
    linkText: 0,
    item: false,
    byline: false,
    widgets: roots.filter(isWidgetRoot),
    bareWidget: false,
  };
  let line = '';
  let ownLinkChars = 0;
  let linksAway = false;
  let hidden = false;
  const push = (text: string, control: boolean) => {
    if (text) (hidden ? c.hiddenLines : c.lines).push({ text, control, linksAway });
  };
  const flush = () => {
    const text = normalizeSpace(line);
    push(text, ownLinkChars >= text.replace(/\s/g, '').length);
    line = '';
    ownLinkChars = 0;
    linksAway = false;
  };
  /** `link`: inside no link, a link to the section's own parts or a login, or one to elsewhere. */
  const walk = (node: Node, link: 'none' | 'own' | 'elsewhere', composing = false) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (isText(n)) {
        line += n.nodeValue;
        const chars = (n.nodeValue ?? '').replace(/\s/g, '').length;
        if (link !== 'none') c.linkText += chars;
        if (link === 'own') ownLinkChars += chars;
        if (link === 'elsewhere' && chars) linksAway = true;
        continue;
      }
      if (!isElement(n)) continue;
      const tag = n.tagName;
      if (tag === 'FORM' || tag === 'TEXTAREA') c.forms++;
      if (tag === 'IFRAME') {
        if (systemOfFrame(n)?.frameIsForm) c.forms++;
        else c.frames++;
      }
      // The reply box pictures the one writing (an avatar placeholder beside the form): not a comment's
      // byline, nor content. A button's picture or an icon is a control, not content either.
      const inBox = composing || isReplyBox(n);
      const hides = !hidden && isHiddenBox(n);
      // A picture the page hides (a log-in button's sprite kept at display: none) shows nothing.
      if (NOT_WORDS.has(tag) && !inBox && !hidden && !hides && !(tag === 'IMG' && (link !== 'none' || isIcon(n))))
        c.media++;
      // A button outside the form ("Show Comments", "Afficher les commentaires") is a control the section shows.
      if (tag === 'BUTTON') {
        flush();
        push(normalizeSpace(n.textContent ?? ''), true);
        continue;
      }
      if (FORM_PARTS.has(tag) || tag === 'IFRAME' || isNotice(n)) continue;
      if (!c.item && isCommentItem(n) && isComment(n)) c.item = true;
      // An empty author or time slot is a template's, waiting for a script: no one's byline.
      if (!c.byline && !inBox && isBylineMark(n) && (tag === 'IMG' || textOf(n) !== '')) c.byline = true;
      if (isWidgetRoot(n)) c.widgets.push(n);
      const block = hides || BLOCK_TAGS.has(tag) || tag === 'BR';
      if (block) flush();
      hidden ||= hides;
      const inLink = tag === 'A' ? (isOwnLink(n.getAttribute('href') ?? '') ? 'own' : 'elsewhere') : link;
      walk(n, inLink, inBox);
      if (block) flush();
      if (hides) hidden = false;
    }
  };
  for (const root of roots) {
    // A section's own <script> (a widget's config) joins it as an invisible sibling: never read; nor
    // are the rules printed beside it (a part of its own only among its siblings).
    if (INVISIBLE.has(root.tagName) || (roots.length > 1 && isRulesBeside(root))) continue;
    walk(root, 'none');
    flush();
  }
  c.bareWidget = c.widgets.some(isBare);
  return c;
}

/** The box a reader writes in: named for replying and holding the form (WordPress's `#respond`). */
const REPLY_BOX_HINT =
  /respond|(?:comment|reply)[-_]?(?:form|write|box|editor)|(?:write|add|leave|post)[-_]?(?:a[-_]?)?(?:comment|reply)/i;
const isReplyBox = (el: Element) => REPLY_BOX_HINT.test(hintOf(el)) && el.querySelector('form, textarea') !== null;

/** An image no larger than this (declared in its attributes or inline style) is an icon. */
const ICON_PX = 48;
const STYLE_SIZE = { width: /(?:^|;)\s*width\s*:\s*([\d.]+)px/i, height: /(?:^|;)\s*height\s*:\s*([\d.]+)px/i };
/** A progress indicator by its file name ("spinner.gif", "ajax-loader.gif"): the widget at work, not a picture. */
const SPINNER = /spinner|loader|loading|throbber/i;
function isIcon(img: Element): boolean {
  if (SPINNER.test(img.getAttribute('src') ?? '')) return true;
  const style = inlineStyle(img);
  const sizes = (['width', 'height'] as const).map((d) =>
    parseFloat(img.getAttribute(d) ?? STYLE_SIZE[d].exec(style)?.[1] ?? ''),
  );
  return sizes.some((px) => px > 0 && px <= ICON_PX);
}

/** A root of a widget that fills it by script, still empty: no words (its <noscript> link aside), no form, no frame. */
const isBareWidget = (el: Element) => isWidgetRoot(el) && isBare(el);
/** The root of a widget that a script fills. */
const isWidgetRoot = (el: Element) => !!systemOf(el)?.emptyWhenBare;
const isBare = (el: Element) =>
  shownText(el, 0) === '' && !el.getElementsByTagName('iframe').length && !el.getElementsByTagName('form').length;

/**
 * A marked item holds a comment when it says more than comment words and counts ("0 replies" in a
 * `.comment-text` is a counter), is more than one short line naming comments (a container marked
 * `itemprop="comment"` around "Leave Comments" is a heading), and holds no reply form (a wrapper
 * classed "comment" is a section).
 */
function isComment(item: Element): boolean {
  const text = textOf(item);
  return (
    saysMoreThanCommentWords(text) &&
    !(text.length <= SHORT_LINE && hasCommentWord(text)) &&
    !item.querySelector('form, textarea') &&
    !hasEmptyTextSlot(item)
  );
}

/**
 * A template the script fills (a preview box: "Posted by: |" around an empty `.comment-content`):
 * its slot for the comment's words holds no words and no picture.
 */
const hasEmptyTextSlot = (item: Element) =>
  COMMENT_TEXT_CLASSES.some((slot) =>
    Array.from(item.getElementsByClassName(slot)).some((el) => !textOf(el) && !hasMedia(el)),
  );

/** A comment in the section: a marked item, or a few words of its own beside an author or a time. */
function hasComment(c: Contents): boolean {
  if (c.item) return true;
  // Hidden lines count here: a folded thread is still a thread.
  const lines = allLines(c);
  return (
    c.byline &&
    c.linkText < lines.map((l) => l.text).join(' ').length / 2 &&
    lines.some(({ text }) => !lineBelongs(text) || text.length > SHORT_LINE)
  );
}

const textOfLines = (c: Contents) => c.lines.map((l) => l.text).join(' ');
/** Shown and hidden lines: what says whether comments exist, seen or not. */
const allLines = (c: Contents) => [...c.lines, ...c.hiddenLines];

/** Does `el` hold a thread: a comment item, or a byline mark beside words of its own? */
function holdsThread(el: Element): boolean {
  return hasComment(contentsOf(el));
}

/** A short line that trails off ("Loading comments…", "Chargement…"): a widget at work. */
const isProgressLine = (text: string) => text.length <= 60 && /(?:\.\.\.|…)$/.test(text);

/** A section found by its markup may print a prompt or two in words no table lists ("Let us know what you think!"). */
const MAX_PROMPTS = 2;
const MAX_PROMPT = 80;
/**
 * A prompt that names comments and links nowhere may run on like a form's fine print ("Bitte
 * achten Sie bei Ihren Kommentaren auf die Netiquette…").
 */
const MAX_FINE_PRINT = 300;
/** A time or a date in any script of digits: what a comment carries and a prompt does not. */
const SAYS_WHEN = /\d{1,2}[:.]\d{2}(?!\d)|(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}[./]\d{1,2}[./]/;

/**
 * Does the section print only what an empty one does: lines that belong, controls, and (when its
 * markup found it) at most a prompt or two, with no author and no time that would make them a comment?
 */
function onlyPrompts(anchor: Anchor, nodes: Element[], c: Contents): boolean {
  const prompts = (x: Contents) => x.lines.filter((l) => !isSectionLine(l));
  const others = prompts(c);
  if (!others.length) return true;
  if (anchor.byWords || c.byline || others.length > MAX_PROMPTS) return false;
  const isPrompt = ({ text, linksAway }: Line) =>
    text.length <= (hasCommentWord(text) && !linksAway ? MAX_FINE_PRINT : MAX_PROMPT) && !SAYS_WHEN.test(text);
  if (!others.every(isPrompt)) return false;
  // A prompt stands inside the element the section was found by, beside something to act on there
  // (a form, a button, an empty widget): a sentence outside it may be the story's last.
  const own = contentsOf(anchor.el);
  const actionable = own.forms > 0 || own.bareWidget || own.lines.some((l) => l.control);
  return actionable && prompts(own).length === others.length;
}

/**
 * A widget's root that shows only a control ("Load Comments", "Show comments"): the click fills it,
 * with comments or none, so it is not known to be empty.
 */
function showsOnlyControls(widget: Element): boolean {
  const own = contentsOf(widget);
  return own.forms === 0 && own.lines.length > 0 && own.lines.every((l) => l.control);
}

function judge(anchor: Anchor, nodes: Element[], { widgetsSettled = true }: FindOptions): CommentSection | null {
  const contents = contentsOf(...nodes);
  const text = textOfLines(contents);
  const root = nodes.find((n) => n.contains(anchor.el)) ?? nodes[0]!;
  const verdict = (state: SectionState, what: string): CommentSection => ({
    root,
    nodes,
    state,
    reason: `${anchor.by}: ${what}`,
    ...(anchor.system?.captioned && { captioned: true }),
  });
  if (hasComment(contents)) return verdict('real', 'comments');
  // Its caption is the system's own, whatever the list holds: nothing listed is an empty box.
  if (anchor.system?.captioned)
    return contents.media || contents.frames || text.length > MAX_TEXT
      ? verdict('unknown', 'other words')
      : verdict('empty', 'lists none');
  // "18 Comments" with none shown: they are on another page, or loaded later.
  if (allLines(contents).some(({ text: l }) => l.length <= MAX_LINE && countsComments(l)))
    return verdict('unknown', 'counted, not shown');
  if (contents.frames) return verdict('unknown', 'loaded widget');
  // The widget's root may stand inside a box that another row found first (`#comments > #livefyre`).
  if (contents.widgets.some(showsOnlyControls)) return verdict('unknown', 'loads on a click');
  // Every line must be one a comment section prints (it names comments, or is a button's few
  // words): any other sentence may be the story's or a comment's, and is never cut.
  if (contents.media || text.length > MAX_TEXT || !onlyPrompts(anchor, nodes, contents))
    return verdict('unknown', 'other words');
  // A bare widget root, or one that says it is loading ("Loading comments…"): a mount point while
  // the page may still fill it, an empty box after.
  if (contents.bareWidget) return widgetsSettled ? verdict('empty', 'empty widget') : verdict('unknown', 'loading');
  if (!widgetsSettled && contents.lines.some(({ text }) => isProgressLine(text))) return verdict('unknown', 'loading');
  // A textless element with a comment class is an icon or an anchor.
  if (!text && !contents.forms) return null;
  if (!contents.forms) {
    // A share bar that counts comments among its links is not a section.
    if (nodes.some((n) => linksElsewhere(n) >= 2)) return null;
    // Nor are short lines, or a counter that is all link ("0 comments" → #comments), with the story
    // going on after them: they are its byline ("On August 9 · Leave a Comment").
    const allLink = contents.linkText >= text.replace(/\s/g, '').length * 0.9;
    if ((allLink || anchor.byWords || anchor.system?.weak) && storyFollows(nodes[nodes.length - 1]!)) return null;
  }
  // Nothing but short lines: say why, in the words that prove it when there are some.
  const why = contents.forms ? 'reply form, no comments' : `no comments: “${clip(text, 60)}”`;
  if (contents.forms || anchor.system || saysNoComments(text) || hasCommentWord(text)) return verdict('empty', why);
  return null;
}

const STORY_SCOPES = new Set(['ARTICLE', 'MAIN']);

/** Is a paragraph of the story after this element? */
function storyFollows(el: Element): boolean {
  const scope = closestIn(el, STORY_SCOPES) ?? el.ownerDocument.body;
  if (!scope) return false;
  const walker = el.ownerDocument.createTreeWalker(scope, SHOW_ELEMENT);
  walker.currentNode = el;
  let budget = 2000;
  for (let n = skipSubtree(walker) as Element | null; n && budget-- > 0; n = walker.nextNode() as Element | null) {
    if (n.tagName === 'P' && ownTextLength(n, { links: false }) >= MIN_PROSE_CHARS && !COMMENT_HINT.test(hintOf(n)))
      return true;
  }
  return false;
}

/**
 * The siblings of a section that belong to it when no wrapper holds them all: a heading and a
 * form side by side among the story's paragraphs. Stricter than growing into a wrapper: only
 * parts that name comments (by class or words), or hold nothing, join.
 */
function withSiblings(section: Element): Element[] {
  const nodes = [section];
  const joins = (el: Element) => {
    if (INVISIBLE.has(el.tagName) || isNotice(el) || isRulesBeside(el)) return true;
    const text = shownText(el, MAX_TEXT, isNotice);
    if (!text) return isEmptyBox(el) && !el.querySelector(CONTROLS);
    if (systemOf(el) || COMMENT_HINT.test(hintOf(el))) return belongsToSection(el);
    // A line that links elsewhere beside the section is the post's meta line ("Posted in: News | comments").
    if (isCommentLine(el, text, false) && !linksElsewhere(el) && !el.getElementsByTagName('h1').length) return true;
    return isCreditLine(el, text);
  };
  for (let s = section.previousElementSibling; s && joins(s); s = s.previousElementSibling) nodes.unshift(s);
  for (let s = section.nextElementSibling; s && joins(s); s = s.nextElementSibling) nodes.push(s);
  // Invisible or empty parts at either end add nothing: the section starts and ends with what it shows.
  const shows = (el: Element) =>
    !INVISIBLE.has(el.tagName) &&
    (textOf(el) !== '' || el.querySelector(CONTROLS) !== null || isBareWidget(el) || el === section);
  while (nodes.length > 1 && !shows(nodes[0]!)) nodes.shift();
  while (nodes.length > 1 && !shows(nodes[nodes.length - 1]!)) nodes.pop();
  return nodes;
}

/** Every comment section under `root`, outermost only, in document order. Reads only. */
export function findCommentSections(root: Element, options: FindOptions = {}): CommentSection[] {
  const sections: CommentSection[] = [];
  const inSection = (el: Element) => sections.some((s) => s.nodes.some((n) => n.contains(el)));
  for (const anchor of findAnchors(root)) {
    if (STOP.has(anchor.el.tagName) || inSection(anchor.el)) continue;
    const grown = sectionRoot(anchor.el);
    // A line that counts comments among links to elsewhere is a share bar or a teaser, not a section.
    if (anchor.byWords && linksElsewhere(grown) >= 2) continue;
    const section = judge(anchor, anchor.system?.captioned ? [grown] : withSiblings(grown), options);
    if (!section) continue;
    // An outer section takes in the ones found inside it.
    for (let i = sections.length - 1; i >= 0; i--)
      if (section.nodes.some((n) => sections[i]!.nodes.some((m) => n.contains(m)))) sections.splice(i, 1);
    sections.push(section);
  }
  return withCountsElsewhere(root, withThreadsElsewhere(root, sections));
}

/**
 * A counter elsewhere on the page that links to a section and counts its comments ("74 comments" in
 * the byline, pointing at #comments): they exist and load later, so the section only looks empty.
 */
function withCountsElsewhere(root: Element, sections: CommentSection[]): CommentSection[] {
  if (!sections.some((s) => s.state === 'empty')) return sections;
  const doc = root.ownerDocument;
  const targetOf = linkTargets(doc);
  const counted: Element[] = [];
  for (const a of Array.from((doc.body ?? root).querySelectorAll('a[href*="#"]'))) {
    const target = countsComments(textOf(a)) ? targetOf(a.getAttribute('href') ?? '') : null;
    if (target) counted.push(target);
  }
  const isCounted = (s: CommentSection) =>
    counted.some((t) => s.nodes.some((n) => n.contains(t) || (t.contains(n) && COMMENT_HINT.test(hintOf(t)))));
  return sections.map((s) => (s.state === 'empty' && isCounted(s) ? kept(s, 'counted elsewhere') : s));
}

/** Resolves a link to the element its fragment names on this page ("#comments", or this page's own or canonical address with it). */
function linkTargets(doc: Document): (href: string) => Element | null {
  const pageOf = (url: string) => {
    try {
      const u = new URL(url, doc.baseURI);
      return u.origin + u.pathname;
    } catch {
      return null;
    }
  };
  const here = new Set(
    [doc.URL, doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '']
      .map(pageOf)
      .filter((page) => page !== null),
  );
  return (href) => {
    const hash = href.indexOf('#');
    const id = href.slice(hash + 1);
    if (hash < 0 || !id || (hash > 0 && !here.has(pageOf(href.slice(0, hash)) ?? ''))) return null;
    return doc.getElementById(id);
  };
}

/** An empty-looking section that stays, and why. */
const kept = (s: CommentSection, why: string): CommentSection => ({
  ...s,
  state: 'unknown',
  reason: `${s.reason}; ${why}`,
});

/**
 * A reply form or a heading with no comment around it, on a page whose comments stand elsewhere (a
 * theme that prints the thread and the form apart, or a thread we judged real): they are that
 * thread's, and stay.
 */
function withThreadsElsewhere(root: Element, sections: CommentSection[]): CommentSection[] {
  if (!sections.some((s) => s.state === 'empty')) return sections;
  if (!sections.some((s) => s.state === 'real') && !threadOutside(root, sections)) return sections;
  return sections.map((s) => (s.state === 'empty' && !s.captioned ? kept(s, 'a thread elsewhere') : s));
}

/** A comment-ish element with a sentence of its own that is not about commenting: a comment in markup we do not know. */
const saysSomething = (el: Element) =>
  contentsOf(el).lines.some(({ text }) => text.length >= PROSE_LINE && !hasCommentWord(text));
/** A line this long is a sentence someone wrote. */
const PROSE_LINE = 80;

/** A "recent comments" list stands in these: a list of links to other posts, not this page's thread. */
const SIDEBARS = new Set(['ASIDE', 'NAV', 'HEADER', 'FOOTER']);
const SIDEBAR_HINT = /recent|sidebar|widget|popular/i;

/** Is there a comment, or a comment-ish element holding a thread, outside every section, form and sidebar? */
function threadOutside(root: Element, sections: CommentSection[]): boolean {
  const parts = new Set(sections.flatMap((s) => s.nodes));
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el;) {
    if (
      parts.has(el) ||
      FORM_PARTS.has(el.tagName) ||
      SIDEBARS.has(el.tagName) ||
      el.namespaceURI !== HTML_NS ||
      SIDEBAR_HINT.test(hintOf(el))
    ) {
      el = skipSubtree(walker) as Element | null;
      continue;
    }
    if (isCommentItem(el) ? isComment(el) : COMMENT_HINT.test(hintOf(el)) && (holdsThread(el) || saysSomething(el)))
      return true;
    el = walker.nextNode() as Element | null;
  }
  return false;
}
