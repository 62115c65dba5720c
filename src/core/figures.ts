// Figures: find the numbers that carry a story ("about 2,500 troops", "$4.3 billion", "12.5%"),
// wrap each in <mark data-figure="KIND">, and return them as data for the key-figures panel.
// The vocabulary lives in ./rules/figures.ts; this file builds one regex from it and classifies.
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, HEDGES, KIND_WEIGHT, MAGNITUDES, NOT_NOUNS, PERCENT_WORDS, UNITS } from './rules/figures';
import { isElement, normalizeSpace } from './dom';
import type { Figure, FigureKind } from './types';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
/** A word from `words`, not glued to a following letter. */
const word = (words: string[]) => `(?:${alt(words)})(?![\\p{L}\\p{N}])`;

const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** 2,500 · 2.500 · 2 500 · 12,5 · 1.5 · ٢٥٠٠ (thousands groups of exactly three digits). */
const NUM = `(?:${D}{1,3}(?:[,.\\u00a0\\u202f\\u2009\\u066C' ]${D}{3})+|${D}+)(?:[.,\\u066B]${D}+)?`;
const SHORT_MAGS = MAGNITUDES.filter(([w]) => w.length <= 2).map(([w]) => w);
const LONG_MAGS = MAGNITUDES.filter(([w]) => w.length > 2).map(([w]) => w);

const FIGURE = new RegExp(
  '(?<![\\p{L}\\p{N}_@#/\\\\.,:+-])' +
  `(?:(?<hedge>${word(Object.values(HEDGES).flat())})\\s+)?` +
  `(?<cur>(?:${alt(CURRENCY_SYMBOLS)})\\s?|(?:${alt(CURRENCY_CODES)})\\s)?` +
  `(?<num>${NUM})(?<ord>st|nd|rd|th)?` +
  `(?:\\s?(?:–|—|-|to|bis|à|a)\\s?(?<num2>${NUM}))?` +
  `(?:(?<mag>(?:${alt(SHORT_MAGS)})(?![\\p{L}\\p{N}])|\\s(?:${word(LONG_MAGS)})))?` +
  `(?:(?<pct>\\s?%|\\s${word(PERCENT_WORDS.filter((w) => w !== '%'))})` +
  `|(?<cur2>\\s?(?:${alt(CURRENCY_SYMBOLS)})|\\s(?:${word(CURRENCY_CODES)})|\\s${word(CURRENCY_WORDS)})` +
  `|(?<unit>\\s?${word(UNITS)}))?` +
  '(?:\\s(?<noun>[\\p{L}][\\p{L}-]{2,}))?' +
  // Not the start of a longer token: a phone number, ISBN, time, URL or version goes on past here.
  '(?![\\p{N}]|[.,/:@-][\\p{N}])',
  'giu',
);

/** A word just before the number that makes it a reference, not an amount ("Section 3", "Flight 370"). */
const REFERENCE_BEFORE = /(?:^|[^\p{L}])(?:section|sec\.|chapter|page|p\.|pp\.|article|art\.|no\.|nr\.|number|case|room|flight|route|line|step|part|figure|fig\.|table|vol\.|volume|issue|episode|season|isbn|issn|doi|tel\.?|phone|fax|id|ref\.?|pm|covid|windows|iphone|version|v\.|level|grade|paragraph|§)\s*$/iu;
const SCORE_BEFORE = /(?:won|beat|lost|defeated|drew|draw|score[ds]?|victory|win|loss|lead)\s+(?:\p{L}+\s+){0,3}$/iu;

/** Where figures are never looked for: code, footnote markers, links to addresses. */
const SKIP = 'pre, code, kbd, samp, var, script, style, textarea, sup, mark, a[href^="mailto:"], a[href^="tel:"]';
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dd, dt';

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

/** The figures in one run of text, as offsets. Exported for tests and the bench. */
export function matchFigures(text: string): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const g = m.groups!;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    let end = m.index! + m[0].length;
    let noun = g.noun ?? null;
    // The noun is lower-case and not a function word: "2,000 US troops" and "900 in Syria" count no noun.
    if (noun && (noun !== noun.toLowerCase() || NOT_NOUNS.has(noun.toLowerCase()))) {
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

function sentenceAround(block: Element | null, figureText: string): string {
  const text = normalizeSpace(block?.textContent ?? '');
  const sentences = text.split(/(?<=[.!?؟])\s+/);
  return sentences.find((s) => s.includes(figureText)) ?? text.slice(0, 300);
}

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
export function markFigures(root: Element): Figure[] {
  const doc = root.ownerDocument;
  const figures: Figure[] = [];
  const leadBlocks = [...root.querySelectorAll('p')].filter((p) => normalizeSpace(p.textContent ?? '').length > 40).slice(0, 2);
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && !parent.closest(SKIP) && /\d|[\u0660-\u0669\u06F0-\u06F9]/.test(n.nodeValue ?? '')) texts.push(n as Text);
  }
  for (const text of texts) {
    const value = text.nodeValue ?? '';
    const matches = matchFigures(value);
    const block = text.parentElement?.closest(BLOCK) ?? null;
    // Wrap from the end, so earlier offsets stay valid while the text node is split.
    const marks: Figure[] = [];
    for (let i = matches.length - 1; i >= 0; i--) {
      const m = matches[i]!;
      const tail = text.splitText(m.start);
      tail.splitText(m.end - m.start);
      const mark = doc.createElement('mark');
      mark.dataset.figure = m.kind;
      tail.replaceWith(mark);
      mark.append(tail);
      const figureText = normalizeSpace(tail.nodeValue ?? '');
      marks.unshift({
        text: figureText,
        kind: m.kind,
        value: m.value,
        hedge: m.hedge,
        noun: m.noun,
        index: 0,
        sentence: sentenceAround(block, figureText),
        weight: KIND_WEIGHT[m.kind] + (m.noun ? 1 : 0) + (m.hedge ? 0.5 : 0) + positionBonus(block, leadBlocks),
      });
    }
    figures.push(...marks);
  }
  figures.forEach((f, i) => (f.index = i));
  root.querySelectorAll('mark[data-figure]').forEach((m, i) => isElement(m) && m.setAttribute('data-figure-index', String(i)));
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
