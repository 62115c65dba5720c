// Figures: find the numbers that carry a story ("about 2,500 troops", "$4.3 billion", "12.5%"),
// wrap each in <mark data-figure="KIND">, and return them as data for the key-figures panel.
// The vocabulary lives in ./rules/figures.ts; this file builds one regex from it and classifies.
import { CAPITALISED_NOUN_LANGS, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, HEDGES, KIND_WEIGHT, MAGNITUDES, NEVER_FIGURES, NOT_NOUNS, PERCENT_WORDS, REFERENCE_WORDS, SCORE_WORDS, UNITS } from './rules/figures';
import { NOT_SHOWN, closestIn, escapeRegExp, normalizeSpace } from './dom';
import type { Figure, FigureKind } from './types';

const esc = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
/** A word from `words`, not glued to a following letter. */
const word = (words: string[]) => `(?:${alt(words)})(?![\\p{L}\\p{N}])`;

const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** 2,500 · 2.500 · 2 500 · 12,5 · 1.5 · ٢٥٠٠ (thousands groups of exactly three digits). */
const NUM = `(?:${D}{1,3}(?:[,.\\u00a0\\u202f\\u2009\\u066C' ]${D}{3})+|${D}+)(?:[.,\\u066B]${D}+)?`;
const SHORT_MAGS = MAGNITUDES.filter(([w]) => w.length <= 2).map(([w]) => w);
const LONG_MAGS = MAGNITUDES.filter(([w]) => w.length > 2).map(([w]) => w);

const FIGURE = new RegExp(
  // Not inside a word or token; Arabic "و" ("and") is written joined to the next word.
  '(?:(?<![\\p{L}\\p{N}_@#/\\\\.,:+-])|(?<=(?:^|\\s)و))' +
  `(?:(?<hedge>${word(Object.values(HEDGES).flat())})\\s+)?` +
  `(?<cur>(?:${alt(CURRENCY_SYMBOLS)})\\s?|(?:${alt(CURRENCY_CODES)})\\s)?` +
  `(?<num>${NUM})(?<ord>st|nd|rd|th)?` +
  `(?:\\s?(?<sep>–|—|-|:|to|bis|à|a)\\s?(?<num2>${NUM}))?` +
  `(?:(?<mag>(?:${alt(SHORT_MAGS)})(?![\\p{L}\\p{N}])|\\s(?:${word(LONG_MAGS)})))?` +
  `(?:(?<pct>\\s?%|\\s${word(PERCENT_WORDS.filter((w) => w !== '%'))})` +
  `|(?<cur2>\\s?(?:${alt(CURRENCY_SYMBOLS)})|\\s(?:${word(CURRENCY_CODES)})|\\s${word(CURRENCY_WORDS)})` +
  `|(?<unit>\\s?${word(UNITS)}))?` +
  '(?:\\s(?<noun>[\\p{L}][\\p{L}-]{2,}))?' +
  // Not the start of a longer token: a phone number, ISBN, time, URL or version goes on past here.
  '(?![\\p{N}]|[.,/:@-][\\p{N}])',
  'iuy', // sticky: tried only at the few places a figure can start (see figureMatches)
);

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/g;
const longest = (words: string[]) => Math.max(...words.map((w) => w.length));
/** How many non-space characters a figure can start before its first digit: a hedge, then a currency. */
const LEAD = longest(Object.values(HEDGES).flat()) + Math.max(longest(CURRENCY_SYMBOLS), longest(CURRENCY_CODES)) + 1;

/**
 * FIGURE's matches in `text`, leftmost first as a global scan would find them, but tried only in the
 * LEAD characters before each digit: every figure has a number, and scanning the whole text with a
 * pattern this large was most of the figures stage's time on a long article.
 */
function* figureMatches(text: string): Generator<RegExpExecArray> {
  let tried = 0; // every position before this one has been tried, or lies inside a match
  DIGIT.lastIndex = 0;
  for (let d = DIGIT.exec(text); d; d = DIGIT.exec(text)) {
    // Back up to LEAD non-space characters (whitespace between a hedge and its number is unbounded).
    let start = d.index;
    for (let budget = LEAD; start > tried && budget > 0; start--) if (!/\s/.test(text[start - 1]!)) budget--;
    for (let at = start; at <= d.index; at++) {
      FIGURE.lastIndex = at;
      const m = FIGURE.exec(text);
      if (!m) continue;
      yield m;
      tried = m.index + m[0].length;
      break;
    }
    tried = Math.max(tried, d.index + 1);
    DIGIT.lastIndex = tried;
  }
}

/** A word just before the number that makes it a reference, not an amount ("Section 3", "Flight 370"). */
const REFERENCE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(REFERENCE_WORDS)})\\s*$`, 'iu');
/** A score word up to three words back: "beat Italy 3-1", "a battu Lyon 3-1". */
const SCORE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(SCORE_WORDS)})\\s+(?:[\\p{L}.]+\\s+){0,3}$`, 'iu');

/** Where figures are never looked for: code, footnote markers, links to addresses, and what is never shown. */
// Tag sets and plain ancestor walks rather than closest(selector): jsdom's selector engine costs
// tens of microseconds a call, and these run once per text node.
const SKIP_TAGS = new Set(['PRE', 'CODE', 'KBD', 'SAMP', 'VAR', 'TEXTAREA', 'SUP', 'MARK', ...NOT_SHOWN]);
const SKIP_LINK = /^(mailto|tel):/i;
/** The blocks a figure's sentence is read from (dom.ts's BLOCK_TAGS also counts containers). */
const SENTENCE_BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'TD', 'TH', 'DD', 'DT']);

const skipsOwnText = (el: Element) => SKIP_TAGS.has(el.tagName) || (el.tagName === 'A' && SKIP_LINK.test(el.getAttribute('href') ?? ''));
/** Is `el` or an ancestor up to `root` one figures skip? Memoised: sibling text nodes share their ancestors. */
function skipped(el: Element | null, root: Element, memo: Map<Element, boolean>): boolean {
  if (!el || el === root.parentElement) return false;
  let verdict = memo.get(el);
  if (verdict === undefined) memo.set(el, (verdict = skipsOwnText(el) || skipped(el.parentElement, root, memo)));
  return verdict;
}
const blockOf = (el: Element | null) => closestIn(el, SENTENCE_BLOCKS);

const toAscii = (s: string) =>
  s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));

/** "2,500" → 2500, "12,5" → 12.5, "2.500" → 2500 (three digits after a separator are a thousands group). */
export function parseNumber(raw: string): number | null {
  const s = toAscii(raw).replace(/[\u00a0\u202f\u2009' \u066C]/g, ',').replace(/\u066B/g, '.');
  const grouped = /^\d{1,3}([,.]\d{3})+([.,]\d+)?$/.exec(s);
  let n: number;
  if (grouped) {
    const sep = s.charAt(s.search(/[,.]/));
    const [intPart, dec] = s.split(sep === ',' ? '.' : ',');
    n = Number(`${intPart!.split(sep).join('')}.${dec ?? '0'}`);
  } else n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const magnitudeOf = (m: string | undefined) => {
  const w = m?.trim().toLowerCase();
  return MAGNITUDES.find(([k]) => k.toLowerCase() === w)?.[1] ?? 1;
};

interface Match {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  hedge: string | null;
  noun: string | null;
}

/** Spans of the text that are never figures (NEVER_FIGURES: phone numbers, addresses…). */
function neverSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [, re, hint] of NEVER_FIGURES) {
    if (hint && !text.includes(hint)) continue;
    for (const m of text.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
  }
  return spans;
}

/** Is the page's lang (e.g. "de-AT") one of CAPITALISED_NOUN_LANGS? */
const CAPITALISED_NOUNS = new RegExp(`^(?:${CAPITALISED_NOUN_LANGS.join('|')})\\b`, 'i');

/**
 * The figures in one run of text, as offsets. `lang` (the page's, e.g. "de-AT") decides whether a
 * capitalised word can be the counted noun. Exported for tests and the bench.
 */
export function matchFigures(text: string, lang = ''): Match[] {
  const out: Match[] = [];
  const never = neverSpans(text);
  // German "2.500 Soldaten": a noun is capitalised, so a lower-case word after the number ("1234
  // gefasst") is a verb or adjective, and "2 BvR" (a court's file number) is no word at all.
  const nounShape = CAPITALISED_NOUNS.test(lang) ? (w: string) => /^\p{Lu}[^\p{Lu}]+$/u.test(w) : (w: string) => w === w.toLowerCase();
  for (const m of figureMatches(text)) {
    const g = m.groups!;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    let end = m.index! + m[0].length;
    if (never.some(([a, b]) => m.index! < b && a < end)) continue;
    let noun = g.noun ?? null;
    // The noun is lower-case (in German, any case) and not a function word: "2,000 US troops" and
    // "900 in Syria" count no noun.
    if (noun && (!nounShape(noun) || NOT_NOUNS.has(noun.toLowerCase()))) {
      end -= noun.length + 1;
      noun = null;
    }
    const num = g.num!;
    const value = parseNumber(num);
    const plainInt = /^\d+$/.test(toAscii(num));
    let kind: FigureKind;
    if (g.pct) kind = 'percent';
    else if (g.cur || g.cur2) kind = 'money';
    else if (g.ord) kind = 'rank';
    else if (g.num2 && SCORE_BEFORE.test(before) && /^\d{1,3}$/.test(num)) kind = 'score';
    else if (g.sep === ':') continue; // "10:30" is a time of day; only a score is written with a colon
    else if (g.unit) kind = 'measure';
    else if (plainInt && num.length === 4 && value! >= 1800 && value! <= 2100 && !g.hedge && !g.mag) kind = 'date';
    else kind = 'quantity';

    if (kind !== 'quantity' && noun) {
      end -= noun.length + 1; // only counts have a counted noun: "2014 elections", "$4.3bn deal" end at the number
      noun = null;
    }
    if (REFERENCE_BEFORE.test(before) && !g.hedge && !g.cur) continue;
    // A bare small number with nothing around it ("page 2 of", "in 3") is not a key figure.
    const bare = kind === 'quantity' && !g.hedge && !noun && !g.mag && !g.num2;
    if (bare && (value ?? 0) < 100) continue;
    out.push({
      start: m.index!,
      end,
      kind,
      value: value === null ? null : value * magnitudeOf(g.mag),
      hedge: g.hedge ? normalizeSpace(g.hedge) : null,
      noun,
    });
  }
  return out;
}

/** A block's sentences, split once per block (and before any of its text is wrapped). */
function sentencesOf(block: Element | null, cache: Map<Element | null, string[]>): string[] {
  let sentences = cache.get(block);
  if (!sentences) cache.set(block, (sentences = normalizeSpace(block?.textContent ?? '').split(/(?<=[.!?؟])\s+/)));
  return sentences;
}

/** The sentence a figure stands in. */
const sentenceAround = (sentences: string[], figureText: string) =>
  sentences.find((s) => s.includes(figureText)) ?? sentences.join(' ').slice(0, 300);

/** Headings and the opening paragraphs weigh more: that is where a story puts its main numbers. */
function positionBonus(block: Element | null, leadBlocks: Element[]): number {
  if (!block) return 0;
  if (/^H[1-6]$/.test(block.tagName)) return 2;
  return leadBlocks.includes(block) ? 1.5 : 0;
}

/**
 * Wraps every figure under `root` in <mark data-figure="KIND"> and returns them in document order.
 * Text inside code, <pre>, footnote markers and existing marks is left alone.
 */
export function markFigures(root: Element, lang = root.ownerDocument.documentElement?.lang ?? ''): Figure[] {
  const doc = root.ownerDocument;
  const figures: Figure[] = [];
  const leadBlocks: Element[] = [];
  // A walk that stops at the second lead paragraph: a live collection would list every <p> first.
  const elements = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let el = elements.nextNode() as Element | null; el && leadBlocks.length < 2; el = elements.nextNode() as Element | null) {
    if (el.tagName === 'P' && normalizeSpace(el.textContent ?? '').length > 40) leadBlocks.push(el);
  }
  const sentences = new Map<Element | null, string[]>();
  const texts: Text[] = [];
  const skip = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && /\d|[\u0660-\u0669\u06F0-\u06F9]/.test(n.nodeValue ?? '') && !skipped(parent, root, skip)) texts.push(n as Text);
  }
  for (const text of texts) {
    const value = text.nodeValue ?? '';
    const matches = matchFigures(value, lang);
    if (!matches.length) continue;
    const block = blockOf(text.parentElement);
    const blockSentences = sentencesOf(block, sentences);
    // The pieces go straight in before the node, which then keeps only the tail: no node is split or
    // moved twice, which is what costs in jsdom (each split and each move updates live ranges).
    const parent = text.parentNode!;
    let at = 0;
    for (const m of matches) {
      if (m.start > at) parent.insertBefore(doc.createTextNode(value.slice(at, m.start)), text);
      const raw = value.slice(m.start, m.end);
      const mark = doc.createElement('mark');
      mark.setAttribute('data-figure', m.kind);
      mark.appendChild(doc.createTextNode(raw));
      parent.insertBefore(mark, text);
      at = m.end;
      const figureText = normalizeSpace(raw);
      figures.push({
        text: figureText,
        kind: m.kind,
        value: m.value,
        hedge: m.hedge,
        noun: m.noun,
        index: figures.length,
        sentence: sentenceAround(blockSentences, figureText),
        weight: KIND_WEIGHT[m.kind] + (m.noun ? 1 : 0) + (m.hedge ? 0.5 : 0) + positionBonus(block, leadBlocks),
      });
    }
    if (at < value.length) text.data = value.slice(at);
    else text.remove();
  }
  return figures;
}

/** Below this many amounts, the panel fills up with years and dates too. */
const MIN_AMOUNTS = 3;

/**
 * The figures worth a line in the key-figures panel: duplicates merged, most important first.
 * Bare years and dates only join when the story has fewer than three amounts.
 */
export function keyFigures(figures: Figure[], max = 8): Figure[] {
  const amounts = figures.filter((f) => f.kind !== 'date');
  const pool = new Set(amounts.map((f) => f.text.toLowerCase())).size >= MIN_AMOUNTS ? amounts : figures;
  const seen = new Map<string, Figure>();
  for (const f of pool) {
    const key = f.text.toLowerCase();
    const prev = seen.get(key);
    if (!prev || f.weight > prev.weight) seen.set(key, f);
  }
  return [...seen.values()].sort((a, b) => b.weight - a.weight || a.index - b.index).slice(0, max);
}

/** A table cell: pipes escaped and the text on one line, so a sentence cannot break the table. */
const cell = (s: string) => normalizeSpace(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Figures as a Markdown table (figure, kind, sentence), for "Copy figures". */
export function figuresMarkdown(figures: Figure[]): string {
  const rows = figures.map((f) => `| ${cell(f.text)} | ${f.kind} | ${cell(f.sentence)} |`);
  return ['| Figure | Kind | Sentence |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}
