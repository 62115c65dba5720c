// Boilerplate regions: the site around the story (the rows of ../rules/boilerplate-regions.ts), found in
// one walk before Readability scores the page. A region goes only when it holds no headline and
// no more prose than its row allows, so a page-wide <form> or an <aside> that carries the story
// stays. Extraction only: the in-place tidy removes empty comments and blank runs and nothing else.
import { closestIn, HIDING_STYLE, isJsonLd, SHOW_ELEMENT, skipSubtree, SNAPSHOT_STYLE } from '../page/dom';
import { MIN_PROSE_CHARS, ownTextLength } from '../page/prose';
import { CONTAINER_RULES, type ContainerRule } from '../rules/boilerplate-regions';
import type { Clutter } from '../tidy/types';
import { BLOCK_TAGS, INERT_CODE } from '../page/tags';

const whole = (alternation: string) => new RegExp(`^(?:${alternation})$`, 'i');

const BY_TAG = new Map(CONTAINER_RULES.flatMap((r) => (r.tags ?? []).map((t) => [t, r] as const)));
const BY_ROLE = new Map(CONTAINER_RULES.flatMap((r) => (r.roles ?? []).map((t) => [t, r] as const)));
const BY_ATTRIBUTE = CONTAINER_RULES.flatMap((r) =>
  Object.entries(r.attributes ?? {}).map(([name, value]) => ({ name, value, rule: r })),
);
const NAMED = CONTAINER_RULES.filter((r) => r.names).map((r) => ({ rule: r, name: whole(r.names!) }));
const HIDDEN_BY_STYLE = CONTAINER_RULES.find((r) => r.hiddenByStyle);
const EXCEPT = new Map(CONTAINER_RULES.filter((r) => r.except).map((r) => [r, whole(r.except!)]));
/** Every row's names in one pattern over "class id": one test per element, the split only on a hit. */
const ANY_NAME = new RegExp(`(?:^|\\s)(?:${NAMED.map((n) => n.rule.names).join('|')})(?=\\s|$)`, 'i');

/** Never a region to cut: the page itself and the story's own containers. */
const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const STORY = new Set(['MAIN', 'ARTICLE']);

/** The row `el` (whose tag is `tag`) falls under, if any. Every DOM read here counts: it runs on every element. */
function ruleFor(el: Element, tag: string): ContainerRule | null {
  if (NEVER.has(tag)) return null;
  const byTag = BY_TAG.get(tag);
  if (byTag) return byTag;
  if (!el.hasAttributes()) return null; // most elements: one cheap call
  // One read of the names, then only the attributes it has.
  const names = el.getAttributeNames();
  const value = (name: string) => (names.includes(name) ? el.getAttribute(name) : null);
  const role = value('role')?.trim().split(/\s+/)[0];
  const byRole = role ? BY_ROLE.get(role) : undefined;
  if (byRole) return byRole;
  for (const { name, value: wanted, rule } of BY_ATTRIBUTE) {
    const v = value(name);
    if (v !== null && (wanted === true || v.trim().toLowerCase() === wanted)) return rule;
  }
  const style = value('style') ?? value(SNAPSHOT_STYLE);
  if (HIDDEN_BY_STYLE && style && HIDING_STYLE.test(style)) return HIDDEN_BY_STYLE;
  const hint = `${value('class') ?? ''} ${value('id') ?? ''}`;
  if (!ANY_NAME.test(hint)) return null;
  const tokens = hint.split(/\s+/);
  return NAMED.find((n) => tokens.some((t) => n.name.test(t)))?.rule ?? null;
}

const excepted = (el: Element, rule: ContainerRule) => {
  const except = EXCEPT.get(rule);
  return !!except && (el.getAttribute('class') ?? '').split(/\s+/).some((c) => except.test(c));
};

const insideStory = (el: Element) => closestIn(el.parentElement, STORY) !== null;

/** Does the region hold the headline, or more prose blocks than `maxProse`? Stops at the first proof. */
function holdsStory(region: Element, maxProse: number): boolean {
  // Most regions (ad slots, share bars, empty boxes) have too little text for one prose block
  // (a block's weighted length is at most twice its characters): no walk then, only the headline.
  if (2 * (region.textContent ?? '').length < MIN_PROSE_CHARS)
    return region.tagName === 'H1' || region.getElementsByTagName('h1').length > 0;
  let prose = 0;
  const walker = region.ownerDocument.createTreeWalker(region, SHOW_ELEMENT);
  for (let el: Element | null = region; el; el = walker.nextNode() as Element | null) {
    const tag = el.tagName;
    if (tag === 'H1') return true;
    if (BLOCK_TAGS.has(tag) && ownTextLength(el) >= MIN_PROSE_CHARS && ++prose > maxProse) return true;
  }
  return false;
}

const isInert = (el: Element, tag: string) => INERT_CODE.has(tag) && !isJsonLd(el, tag);

export function findBoilerplate(root: Element): Clutter[] {
  const found: Clutter[] = [];
  const inert: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  let el = walker.nextNode() as Element | null;
  while (el) {
    const tag = el.tagName;
    if (isInert(el, tag)) {
      inert.push(el);
      el = skipSubtree(walker) as Element | null;
      continue;
    }
    const rule = ruleFor(el, tag);
    if (rule && !excepted(el, rule) && !(rule.outsideStory && insideStory(el)) && !holdsStory(el, rule.maxProse)) {
      found.push({ step: 'boilerplate', reason: rule.name, nodes: [el] });
      el = skipSubtree(walker) as Element | null; // nested regions go with it
    } else {
      el = walker.nextNode() as Element | null;
    }
  }
  if (inert.length)
    found.push({
      step: 'boilerplate',
      reason: `${inert.length} script${inert.length === 1 ? '' : 's'} and styles`,
      nodes: inert,
    });
  return found;
}
