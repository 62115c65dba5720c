// Figures: find the numbers that carry a story ("about 2,500 troops", "$4.3 billion", "12.5%"),
// wrap each in <mark data-figure="KIND">, and return them as data for the key-figures panel.
// The vocabulary lives in ./rules/figures.ts; this file builds one regex from it and classifies.
import {
  CAPITALISED_NOUN_LANGS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  AGE_WORDS,
  CURRENCY_WORDS,
  DESIGNATION_WORDS,
  HEDGES,
  KIND_WEIGHT,
  MAGNITUDES,
  NEVER_FIGURES,
  COLLECTIVES,
  COMPARATIVES,
  COMPOUND_MEASURES,
  DATE_FORMS,
  FRACTIONS,
  IRREGULAR_PLURALS,
  MONTHS,
  MULTIPLIERS,
  ORDINALS,
  OUT_OF,
  RANK_FORMS,
  RANK_WORDS,
  SHARE_ALL,
  SHARE_OF,
  SHARE_OF_PREFIX,
  SHARE_OF_THE,
  NOT_NOUNS,
  NUMBER_WORDS,
  NUMERIC_DATES,
  PLURAL_NOUN_LANGS,
  PERCENT_WORDS,
  RATE_PERIODS,
  RATE_SHAPES,
  RATE_WORDS,
  REFERENCE_WORDS,
  SCORE_WORDS,
  UNITS,
} from './rules/figures';
import { closestIn, isElement, normalizeSpace, escapeRegExp, SHOW_ELEMENT, SHOW_TEXT, skipSubtree } from './page/dom';
import type { Figure, FigureKind } from './types';
import { NO_FIGURES } from './page/tags';

const esc = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');
const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
/** A word from `words`, not glued to a following letter. */
const word = (words: string[]) => `(?:${alt(words)})(?![\\p{L}\\p{N}])`;

const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** 2,500 · 2.500 · 2 500 · 250’000 · 12,5 · 1.5 · ٢٥٠٠ (thousands groups of exactly three digits). */
const NUM = `(?:${D}{1,3}(?:[,.\\u00a0\\u202f\\u2009\\u066C'’ ]${D}{3})+|${D}+)(?:[.,\\u066B]${D}+)?`;
const SHORT_MAGS = MAGNITUDES.filter(([w]) => w.length <= 2).map(([w]) => w);
const LONG_MAGS = MAGNITUDES.filter(([w]) => w.length > 2).map(([w]) => w);

const langOf = (lang: string) => lang.slice(0, 2).toLowerCase();
/** Any hedge of any language ("about", "rund", "plus de"), as a pattern. */
const HEDGE = word(Object.values(HEDGES).flat());

/** A language's number words as [pattern source, value of a text that matches] (see NUMBER_WORDS). */
interface Words {
  source: string;
  value: (text: string) => number | null;
}
const wordCache = new Map<string, Words | null>();
/** The number words of `lang` ("de-AT" → de); English when the page names no language. */
function numberWords(lang: string): Words | null {
  const key = langOf(lang) || 'en';
  if (wordCache.has(key)) return wordCache.get(key)!;
  const table = NUMBER_WORDS[key];
  let words: Words | null = null;
  if (table) {
    const values = new Map<string, number>();
    table.units.forEach((w, i) => values.set(w, i + 1));
    table.teens.forEach((w, i) => values.set(w, i + 10));
    table.tens.forEach((w, i) => values.set(w, [20, 30, 40, 50, 60, 70, 80, 90][i]!));
    for (const [w, v] of table.extra ?? []) values.set(w, v);
    const compound = table.compound
      .replace('{ten}', `(?:${alt(table.tens)})`)
      .replace('{unit}', `(?:${alt(table.units)})`);
    // A unit word of 1 stands only in compounds ("twenty-one"): alone it is an article or a pronoun.
    const single = [...values.keys()].filter((w) => values.get(w) !== 1);
    // "a billion", "eine Milliarde": the article is the number, before a magnitude only.
    const beforeMagnitude = table.beforeMagnitude.length
      ? `|(?:${alt(table.beforeMagnitude.map(([w]) => w))})(?=\\s(?:${alt(LONG_MAGS)})(?![\\p{L}]))`
      : '';
    // "a one-year contract", "over one second": the word for 1 before a unit (matchFigures keeps it
    // only when joined by a hyphen or hedged, since "one day" is a manner of speaking).
    const oneBeforeUnit = `${esc(table.units[0]!)}(?=[-\\s]${word(UNITS)})`;
    for (const [w, v] of table.beforeMagnitude) if (!values.has(w)) values.set(w, v);
    const whole = new RegExp(`^(?:${compound})$`, 'iu');
    words = {
      source: `(?:${compound}|${alt(single)}${beforeMagnitude}|${oneBeforeUnit})(?![\\p{L}\\p{N}])`,
      value: (text) => {
        const t = normalizeSpace(text).toLowerCase();
        if (values.has(t)) return values.get(t)!;
        if (!whole.test(t)) return null;
        // A compound: its ten, then the unit in what is left ("vierundachtzig": achtzig, then vier).
        const longestIn = (ws: string[], x: string) =>
          [...ws].sort((m, n) => n.length - m.length).find((w) => x.includes(w));
        const ten = longestIn(table.tens, t);
        const unit = ten && longestIn(table.units, t.replace(ten, ''));
        return ten && unit ? values.get(ten)! + values.get(unit)! : null;
      },
    };
  }
  wordCache.set(key, words);
  return words;
}

const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const MON = '(?:1[0-2]|0?[1-9])';
const YEAR = '(?:1[5-9]|20)\\d{2}';
const fill = (form: string, months: string[]) =>
  form
    .replaceAll('{day}', DAY)
    .replace('{mon}', MON)
    .replace('{year}', YEAR)
    .replace('{century}', '(?:1[5-9]|20)')
    .replace('{month}', `(?:${alt(months)})`);
/** The dates of a language (DATE_FORMS) and the numeric ones, as one alternation. */
const dateSource = (key: string) =>
  [...(DATE_FORMS[key] ?? []).map((f) => fill(f, MONTHS[key]!)), ...NUMERIC_DATES.map((f) => fill(f, []))].join('|');

/** A number in digits, or in the words of the language. */
const anyNumber = (key: string) => {
  const words = numberWords(key);
  return words ? `${NUM}|${words.source}` : NUM;
};

/**
 * Shares and multiples of a language as alternatives of the figure pattern: a fraction with its
 * hedge or what it is a share of ("more than half", "two-thirds of voters"), and a multiplier
 * before a comparison ("ten times more"), each ending in a look-ahead so no word is taken past it.
 */
function shareSource(key: string): string {
  const hedge = `(?:(?<shareHedge>${HEDGE})\\s+)?`;
  const parts: string[] = [];
  if (FRACTIONS[key]) {
    const all = SHARE_ALL[key] ? `(?:(?<shareAll>${word(SHARE_ALL[key]!)})\\s)?` : '';
    const of = SHARE_OF[key]
      ? `(?:\\s(?<shareOf>${word(SHARE_OF[key]!)})(?=(?:\\s${all}(?<shareNoun>[\\p{L}][\\p{L}-]{2,}))?))?`
      : '';
    const joined = SHARE_OF_PREFIX[key] ? `(?:\\s(?<shareWhole>${esc(SHARE_OF_PREFIX[key]!)}\\p{L}{2,}))?` : '';
    parts.push(`${hedge}(?<fraction>${word(FRACTIONS[key]!)})${of}${joined}`);
  }
  const mult = MULTIPLIERS[key];
  if (mult) {
    parts.push(
      `(?<multiple>${word(mult.words)}|(?:${anyNumber(key)})\\s?${word(mult.times)})(?=\\s${word(mult.before)})`,
    );
  }
  return parts.map((p) => `${p}|`).join('');
}

/** The rank forms of a language (RANK_FORMS), with its ordinals and numbers filled in. */
function rankSource(key: string): string {
  const table = NUMBER_WORDS[key];
  const num = `(?:\\d{1,3}${table ? `|${alt([...table.units, ...table.teens, ...table.tens])}` : ''})(?![\\p{L}])`;
  const ord = `(?:${alt(ORDINALS[key] ?? [])})`;
  return RANK_FORMS[key]!.map((f) => f.replaceAll('{num}', num).replaceAll('{ord}', ord)).join('|');
}

/** A language's number words as a pattern, or one that never matches. */
const numberWordsOf = (key: string) => numberWords(key)?.source ?? '(?!)';
/** A percent sign or word after a number, and a unit (either may be joined by a hyphen: "10-percent", "12-mile"). */
const PERCENT_AFTER = `\\s?%|[\\s-]${word(PERCENT_WORDS.filter((w) => w !== '%'))}`;
const UNIT_AFTER = `(?:\\s?|-)${word(UNITS)}`;

const figureCache = new Map<string, { figure: RegExp; start: RegExp }>();
/**
 * The figure pattern for a language, and the pattern of the places a figure can start (a digit,
 * or a number word of that language), built once per language.
 */
function patterns(lang: string) {
  const key = langOf(lang);
  let p = figureCache.get(key);
  if (p) return p;
  const words = numberWords(lang);
  const wordNum =
    (words ? `|(?<word>${words.source})` : '') + (COLLECTIVES[key] ? `|(?<collective>${word(COLLECTIVES[key]!)})` : '');
  const figure = new RegExp(
    // Not inside a word or token; Arabic "و" ("and") is written joined to the next word.
    '(?:(?<![\\p{L}\\p{N}_@#/\\\\.,:+-])|(?<=(?:^|\\s)و))' +
      `(?:(?<date>${dateSource(key)})(?![\\p{L}\\p{N}])|` +
      // A race or game time: h:mm:ss, or m:ss with hundredths ("2:07:20", "1:38.52"); "10:30" alone is a time of day.
      `(?<time>\\d{1,2}:[0-5]\\d:[0-5]\\d(?:[.,]\\d{1,3})?|\\d{1,2}:[0-5]\\d[.,]\\d{1,3})(?![\\p{N}])|` +
      `${shareSource(key)}` +
      (RANK_FORMS[key] ? `(?<rank>${rankSource(key)})(?![\\p{L}\\p{N}]|[-/.,]\\p{N})|` : '') +
      `(?:(?<hedge>${HEDGE})\\s+)?` +
      // A symbol written in letters ("Rs", "kr") is a whole word: "100 Kristalle" holds no krona.
      `(?<cur>(?:${alt(CURRENCY_SYMBOLS)})(?![\\p{L}])\\s?|(?:${alt(CURRENCY_CODES)})\\s)?` +
      `(?:(?<num>${NUM})(?<ord>st|nd|rd|th)?${wordNum})` +
      `(?:\\s?(?<sep>–|—|-|:|to|bis|(?<=(?:^|\\s)von\\s[\\d.,]+\\s)auf|à|a)\\s?(?<num2>${NUM})(?:st|nd|rd|th)?|\\s(?<sep2>or|oder|ou|o|to|bis|à|a)\\s(?<num2w>${anyNumber(key)})` +
      // "drei, vier Prozent", "70, 80 Prozent": two word numbers or round tens and a comma, before a
      // percent or unit only ("aged 18, 61% agreed" is two figures).
      // (The comma is matched first: the look-behind then runs only where one follows a number.)
      `|,\\s(?<=(?:^|[^\\p{N}.,])(?:[1-9]0|\\p{L}+),\\s)(?<num2c>[1-9]0|${numberWordsOf(key)})(?=${PERCENT_AFTER}|${UNIT_AFTER})` +
      (OUT_OF[key] ? `|\\s(?<outOf>${word(OUT_OF[key]!)})\\s(?!${YEAR}(?![\\p{N}]))(?<whole>${anyNumber(key)})` : '') +
      ')?' +
      `(?:(?<mag>(?:${alt(SHORT_MAGS)})(?![\\p{L}\\p{N}])|\\s(?:${word(LONG_MAGS)})))?` +
      `(?:(?<pct>${PERCENT_AFTER})` +
      // A unit, currency or percent word may be joined by a hyphen: "12-mile", "2.8-GHz", "10-Euro-Flatrate", "10-percent".
      `|(?<cur2>\\s?(?:${alt(CURRENCY_SYMBOLS)})(?![\\p{L}])|\\s(?:${word(CURRENCY_CODES)})|[\\s-]${word(CURRENCY_WORDS)})` +
      // "a 2X increase", "~9x": a multiple (not "3440x1440", a resolution).
      `|(?<times>[xX×])(?![\\p{L}\\p{N}])` +
      // A rate goes with its unit: "1.14Tb per square inch", "3 Liter pro Tag", "10 miles an hour".
      `|(?<unit>${UNIT_AFTER})(?<rate>\\s${word(RATE_WORDS)}\\s(?:${word(RATE_SHAPES)}\\s)?(?<rateNoun>[\\p{L}]{3,})|\\san?\\s${word(RATE_PERIODS)})?)?` +
      // Not the start of a longer token: a phone number, ISBN, time, URL or version goes on past here.
      // A superscript digit is a footnote marker, not more of the number ("12%¹").
      '(?![\\p{Nd}]|[.,/:@-][\\p{Nd}])' +
      // The two words after it, read but not taken: matchFigures keeps those that name what is
      // counted, and a word it leaves ("ante" in "3-1 ante más de 80.000") can start the next figure.
      // A noun may carry a gender ending ("Arbeitnehmer*innen", "Lehrer:innen").
      '(?=(?:\\s(?<noun>[\\p{L}][\\p{L}-]{2,}(?:[*:_]in(?:nen)?)?)(?:\\s(?<noun2>[\\p{L}][\\p{L}-]{2,}(?:[*:_]in(?:nen)?)?))?)?))',
    'iuy', // sticky: tried only at the few places a figure can start (see figureMatches)
  );
  // \b is ASCII-only, so "ádos" passes this cheap filter; the figure pattern's own look-behind
  // rejects it. (A Unicode look-behind here doubled the scan.)
  const shareWords = [
    ...(COLLECTIVES[key] ?? []),
    ...(FRACTIONS[key] ?? []),
    ...(MULTIPLIERS[key]?.words ?? []),
    ...(ORDINALS[key] ?? []),
    ...(RANK_WORDS[key] ?? []),
  ];
  const wordStarts = [words?.source, shareWords.length ? word(shareWords) : null].filter(Boolean).join('|');
  // (\b never stands before Arabic letters, so Arabic words are looked for anywhere.)
  const boundary = key === 'ar' ? '' : '\\b';
  const start = new RegExp(
    `[0-9\\u0660-\\u0669\\u06F0-\\u06F9]${wordStarts ? `|${boundary}(?:${wordStarts})` : ''}`,
    'giu',
  );
  p = { figure, start };
  figureCache.set(key, p);
  return p;
}

const longest = (words: string[]) => Math.max(...words.map((w) => w.length));
/** How many non-space characters a figure can start before its number: a hedge, then a currency. */
const LEAD = longest(Object.values(HEDGES).flat()) + Math.max(longest(CURRENCY_SYMBOLS), longest(CURRENCY_CODES)) + 1;

/**
 * The figure pattern's matches in `text`, leftmost first as a global scan would find them, but
 * tried only in the LEAD characters before each digit or number word: every figure has a number,
 * and scanning the whole text with a pattern this large was most of the figures stage's time on a
 * long article.
 */
const WORD_CHAR = /[\p{L}\p{N}_]/u;
function* figureMatches(text: string, lang: string): Generator<RegExpExecArray> {
  const { figure, start: numberStart } = patterns(lang);
  let tried = 0; // every position before this one has been tried, or lies inside a match
  numberStart.lastIndex = 0;
  for (let d = numberStart.exec(text); d; d = numberStart.exec(text)) {
    // Back up to LEAD non-space characters (whitespace between a hedge and its number is unbounded).
    let start = d.index;
    for (let budget = LEAD; start > tried && budget > 0; start--) if (!/\s/.test(text[start - 1]!)) budget--;
    for (let at = start; at <= d.index; at++) {
      // A figure starts a word (or follows Arabic "و"): trying the pattern inside words was most of its cost.
      if (at > 0 && WORD_CHAR.test(text[at - 1]!) && text[at - 1] !== 'و') continue;
      figure.lastIndex = at;
      const m = figure.exec(text);
      if (!m) continue;
      yield m;
      tried = m.index + m[0].length;
      break;
    }
    tried = Math.max(tried, d.index + 1);
    numberStart.lastIndex = tried;
  }
}

/** A designation word right after the number: "the 6000-series", "die 3 Serie". */
const DESIGNATION_AFTER = new RegExp(`^[\\s-](?:${alt(DESIGNATION_WORDS)})(?![\\p{L}])`, 'u');
/** An age: a word for "old" after a unit ("34-year-old", "18 years old"), or one for "aged" before the number. */
const AGE_AFTER = new RegExp(`^[\\s-]${word(AGE_WORDS.after)}`, 'u');
const AGE_BEFORE = new RegExp(`(?:^|[^\\p{L}])${word(AGE_WORDS.before)}\\s+$`, 'iu');

/** A word just before the number that makes it a reference, not an amount ("Section 3", "Flight 370"). */
const REFERENCE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(REFERENCE_WORDS)})\\s*$`, 'iu');
/** A score word up to three words back: "beat Italy 3-1", "a battu Lyon 3-1". */
const SCORE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(SCORE_WORDS)})\\s+(?:[\\p{L}.]+\\s+){0,3}$`, 'iu');

/** A score word just after a range: "a 2-1 win", "ein 3:0-Sieg" (the hyphen too). */
const SCORE_AFTER = new RegExp(`^[\\s-](?:${alt(SCORE_WORDS)})(?![\\p{L}])`, 'iu');
/** Between two results of one match: "6-4, 7-6", "7-6 (5), 6-3". */
const BETWEEN_RESULTS = /^\s*(?:\(\d{1,2}\))?,\s*$/;

/**
 * Is the range at `start` a match result? Small numbers after a score word ("beat Italy 3-1") or
 * a team's name ("en Tibás 0-1"), before a score word ("a 2-1 win"), or right after another result
 * ("6-4, 7-6").
 */
function isScore(text: string, start: number, end: number, second: string, previous: Match | undefined): boolean {
  if (SCORE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (!/^\d{1,2}$/.test(second)) return false;
  return (
    SCORE_AFTER.test(text.slice(end, end + 20)) ||
    namedBefore(text, start) ||
    (previous?.kind === 'score' && BETWEEN_RESULTS.test(text.slice(previous.end, start)))
  );
}

/** A link to an address or a phone number: its digits are no figure. */
const SKIP_LINK = /^(mailto|tel):/i;
/** The blocks a figure's sentence is read from (BLOCK_TAGS also counts containers). */
const SENTENCE_BLOCKS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'TD',
  'TH',
  'DD',
  'DT',
]);

/**
 * A table this long is data, read along its rows, not where a story states its key figures: its
 * cells are left unmarked, so a report's 60,000-row table neither floods the panel nor costs seconds.
 */
const LONG_TABLE_ROWS = 100;
const isLongTable = (el: Element) => el.tagName === 'TABLE' && el.getElementsByTagName('tr').length > LONG_TABLE_ROWS;
const skipsOwnText = (el: Element) =>
  NO_FIGURES.has(el.tagName) ||
  (el.tagName === 'A' && SKIP_LINK.test(el.getAttribute('href') ?? '')) ||
  isLongTable(el);
const blockOf = (el: Element | null) => closestIn(el, SENTENCE_BLOCKS);

const toAscii = (s: string) =>
  s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));

/** "2,500" → 2500, "12,5" → 12.5, "2.500" → 2500 (three digits after a separator are a thousands group). */
export function parseNumber(raw: string): number | null {
  const s = toAscii(raw)
    .replace(/[\u00a0\u202f\u2009'’ \u066C]/g, ',')
    .replace(/\u066B/g, '.');
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
  /** "dozens of", "une dizaine": a count in round words, below any figure with a number in the panel. */
  approximate?: boolean;
}

/** Spans of the text that are never figures (NEVER_FIGURES: phone numbers, addresses…). */
function neverSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [, re, hint] of NEVER_FIGURES) {
    if (hint && !text.includes(hint)) continue;
    for (const m of text.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(QUOTED)) if (isTitle(m[1]!)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

/** A short quotation: the title of a film, book or song is often written in quotes. */
const QUOTED = /[“"„«‚‘]([^“”"„«»‘’\n]{2,80})[”"“»’‘]/gu;
/**
 * Quoted words that read as a title (a figure inside them is part of the name): at most six words, every word of
 * four letters or more capitalised ("279 Days to Overnight Success", „Zehn Minuten“), which a quoted
 * sentence is not ("We cut 300 jobs", „Wir haben 300 Stellen gestrichen“).
 */
function isTitle(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/);
  return words.length <= 6 && words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * Unit symbols are written in one case (SI's rule): "4G" is a network, "6 GB" not "6 gb", and "g",
 * "m" and "Nm" mean grams, metres and newton-metres only in lower or their own case. The figure
 * pattern reads units case-insensitively (for "Miles", "KILOMETRES"), so the case is checked here.
 */
const UNIT_SET = new Set(UNITS);
const ANY_CASE_UNITS = new Set(UNITS.filter((u) => u.length > 3 && !/\p{Lu}/u.test(u)));
function unitInCase(raw: string): boolean {
  const unit = raw.replace(/^[\s-]+/, '');
  return UNIT_SET.has(unit) || ANY_CASE_UNITS.has(unit.toLowerCase());
}

/** The word just before a figure. */
const WORD_BEFORE = /(?<w>[\p{L}][\p{L}\p{N}&'’-]*)\s$/u;
/** A capitalised or camel-case word, or an acronym ("DirectX", "Clausura", "iPhone", "S&P", "EN"). */
const NAME = /^(?:\p{Lu}|\p{Ll}+\p{Lu})/u;
const POSSESSIVE = /['’]s?$/u;
const ACRONYM = /^[\p{Lu}&]{2,}$|\p{Ll}\p{Lu}/u;
const HEDGE_WORDS = new Set(
  Object.values(HEDGES)
    .flat()
    .map((h) => h.split(' ').at(-1)!.toLowerCase()),
);
const MONTH_WORDS = new Set(
  Object.values(MONTHS)
    .flat()
    .map((m) => m.toLowerCase().replace(/\.$/, '')),
);

/**
 * Does the number at `at` follow a name? An acronym or camel-case word always names; a capitalised
 * word names unless it opens a sentence, or is a function word, a hedge or a month.
 */
function namedBefore(text: string, at: number): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  const w = m?.groups?.w;
  if (!w || !NAME.test(w) || POSSESSIVE.test(w)) return false; // "the Pentagon's 2,500 troops"
  if (ACRONYM.test(w)) return true;
  if (isNot(w) || HEDGE_WORDS.has(w.toLowerCase()) || MONTH_WORDS.has(w.toLowerCase())) return false;
  const wordStart = at - m[0].length;
  return !/(?:^|[.!?:;"“«(])\s*$/.test(text.slice(Math.max(0, wordStart - 3), wordStart));
}

/** A date in digits names a real day and month ("25/11", not "24/7" or "31/31"). */
function plausibleDate(text: string): boolean {
  const parts = text.split(/[./-]/).map(Number);
  if (parts.length < 2 || parts.some((n) => !Number.isFinite(n))) return true; // written with a month name
  const [a, b] = parts[0]! > 31 ? [parts[2]!, parts[1]!] : [parts[0]!, parts[1]!]; // 2020-01-24 → day 24, month 1
  return (a <= 31 && b <= 12) || (a <= 12 && b <= 31); // day/month or month/day
}

const isNot = (w: string) => NOT_NOUNS.has(w.toLowerCase());
const lowerCase = (w: string) => w === w.toLowerCase();
const plural = (w: string) => IRREGULAR_PLURALS.has(w.toLowerCase()) || (/[sx]$/i.test(w) && !/(?:ss|us|is)$/i.test(w));
/**
 * A German noun is capitalised, and so is each part of a compound ("Streaming-Seiten"), which may
 * open with an acronym ("LSBTI-Menschen") and end in a gender form ("MitarbeiterInnen",
 * "Arbeitnehmer*innen"); "BvR", a court's file number, is no word.
 */
const capitalisedNoun = (w: string) =>
  /^(?:\p{Lu}[^\p{Lu}-]+|\p{Lu}{2,}(?=-))(?:-\p{L}[^\p{Lu}-]*)*(?:In(?:nen)?|[*:_]in(?:nen)?)?$/u.test(w) && !isNot(w);
/** An inflected German adjective before its noun ("9.000 neuen Artikeln"). */
const germanAdjective = (w: string) => /^\p{Ll}+(?:e|en|er|es|em)$/u.test(w);

/**
 * How `lang` tells the counted noun among the two words after a number: the noun itself, an
 * adjective and its noun ("1,200 new jobs"), or null when neither names what is counted ("2,000
 * US troops", "900 in Syria", "two slightly different versions": there the figure ends at the number).
 */
function nounRule(lang: string): (w1: string, w2?: string) => string | null {
  const key = langOf(lang);
  if (CAPITALISED_NOUN_LANGS.includes(key)) {
    return (w1, w2) =>
      capitalisedNoun(w1) ? w1 : w2 && germanAdjective(w1) && capitalisedNoun(w2) ? `${w1} ${w2}` : null;
  }
  const noun = (w: string) => lowerCase(w) && !isNot(w) && !/ly$/.test(w);
  const pluralRule = (w1: string, w2?: string) =>
    !noun(w1) ? null : plural(w1) ? w1 : w2 && noun(w2) && plural(w2) ? `${w1} ${w2}` : null;
  const anyWord = (w1: string) => (noun(w1) ? w1 : null);
  if (PLURAL_NOUN_LANGS.includes(key)) return pluralRule;
  // A page that names no language: the plural rule for words in Latin script only.
  if (!lang) return (w1, w2) => (/^\p{Script=Latin}/u.test(w1) ? pluralRule(w1, w2) : anyWord(w1));
  return anyWord;
}

/**
 * The figures in one run of text, as offsets. `lang` (the page's, e.g. "de-AT") decides whether a
 * capitalised word can be the counted noun. Exported for tests and the bench.
 */
export function matchFigures(text: string, lang = ''): Match[] {
  const out: Match[] = [];
  // Found on the first candidate only: most runs of text hold no number, and these rows cost most.
  let neverFound: [number, number][] | undefined;
  const never = () => (neverFound ??= neverSpans(text));
  const countedNoun = nounRule(lang);
  const capitalisedNouns = CAPITALISED_NOUN_LANGS.includes(langOf(lang));
  const words = numberWords(lang);
  let lastEnd = 0;
  for (const m of figureMatches(text, lang)) {
    const g = m.groups!;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    if (m.index! < lastEnd) continue; // inside the counted noun of the figure before
    // "six jours par des soldats": "par" is "by" there, not a rate; the figure ends at its unit.
    const numberEnd = m.index! + m[0].length - (g.rateNoun && isNot(g.rateNoun) ? g.rate!.length : 0);
    if ((g.rank || g.time || g.multiple) && never().some(([a, b]) => m.index! < b && a < numberEnd)) continue; // "the No. 23 jersey"
    if (g.rank) {
      out.push({ start: m.index!, end: (lastEnd = numberEnd), kind: 'rank', value: null, hedge: null, noun: null });
      continue;
    }
    if (g.time || g.multiple) {
      out.push({
        start: m.index!,
        end: (lastEnd = numberEnd),
        kind: g.time ? 'time' : 'ratio',
        value: null,
        hedge: null,
        noun: null,
      });
      continue;
    }
    if (g.fraction) {
      const share = readShare(g, m.index!, numberEnd, words, countedNoun);
      if (share) {
        out.push(share);
        lastEnd = share.end;
      }
      continue;
    }
    if (g.date) {
      // A date in digits reads as a phone number too ("09.11.2022"): the date wins where it is all.
      if (
        !plausibleDate(g.date) ||
        never().some(([a, b]) => m.index! < b && a < numberEnd && !(a === m.index && b === numberEnd))
      )
        continue;
      out.push({ start: m.index!, end: (lastEnd = numberEnd), kind: 'date', value: null, hedge: null, noun: null });
      continue;
    }
    // A number glued to letters that are not its unit is a code: "9to5Mac", "3D", "250er".
    if (/\p{L}/u.test(text[numberEnd] ?? '') && /\p{Nd}/u.test(text[numberEnd - 1]!)) continue;
    let noun = g.noun ? countedNoun(g.noun, g.noun2) : null;
    // "five fewer", "zwei mehr": a comparative stands for the noun.
    const comparative = noun ? null : comparativeAfter(lang).exec(text.slice(numberEnd, numberEnd + 12))?.[0];
    let end = noun ? numberEnd + 1 + noun.length : numberEnd + (comparative?.length ?? 0);
    if (never().some(([a, b]) => m.index! < b && a < end)) continue;
    if (g.unit && !unitInCase(g.unit)) continue; // "4G" is a code, not 4 grams
    // "six major currencies", "vier Wochen": a number word needs what it counts or measures.
    if (g.word && !(noun || comparative || g.mag || g.unit || g.pct || g.cur2)) continue;
    // "une dizaine", "dozens of protesters": an approximate count, with or without its noun.
    if (g.collective) {
      out.push({
        start: m.index!,
        end: (lastEnd = end),
        kind: 'quantity',
        value: null,
        hedge: null,
        noun,
        approximate: true,
      });
      continue;
    }
    const num = g.num ?? '';
    const value = g.word ? (words?.value(g.word) ?? null) : parseNumber(num);
    if (g.word && value === 1 && g.unit && !g.mag && !g.hedge && !g.unit.startsWith('-')) continue; // "one day", but "one-year"
    // An age ("a 34-year-old", "18-29 year olds") is no key figure, and half of one is no figure at all.
    if ((g.unit && AGE_AFTER.test(text.slice(numberEnd, numberEnd + 6))) || AGE_BEFORE.test(before)) continue;
    if (DESIGNATION_AFTER.test(text.slice(numberEnd, numberEnd + 8))) continue; // "the 6000-series"
    if (g.whole) {
      // "86 of the 169 seats", "1 in 5 adults": a part of a whole (the pattern reads no year as a whole).
      const whole = words && !/\d/.test(g.whole) ? words.value(g.whole) : parseNumber(g.whole);
      if (whole === null || value === null || whole <= value) continue;
    }
    const kind = kindOf(g, value, noun, () => isScore(text, m.index!, numberEnd, g.num2!, out.at(-1)));
    if (!kind) continue;

    if (kind !== 'quantity' && kind !== 'ratio' && noun) {
      end = numberEnd; // only counts have a counted noun: "2014 elections", "$4.3bn deal" end at the number
      noun = null;
    }
    if (comparative && kind !== 'quantity') end = numberEnd; // "20% more": only a count stands with a comparative
    if (kind === 'rank' && g.unit) end = m.index! + m[0].indexOf(num + g.ord) + num.length + g.ord!.length; // "the 9th day"
    if (REFERENCE_BEFORE.test(before) && !g.hedge && !g.cur) continue;
    // "DirectX 11", "S&P 500", "EN 50470-3", "Torneo de Clausura 2022": a number that only follows
    // a name is part of the name. So is one before a lower-case noun where nouns are not
    // capitalised ("Type 1 diabetes", "Formula 1 races"); a German count after a name has its
    // capitalised noun ("die Volkshilfe 6 Haushalte"), and names hold digits, not number words
    // ("según El País dos fuentes" counts).
    const counts = noun && (capitalisedNouns || g.word);
    // A magnitude glued to a number saves it only with a currency: "Radeon Pro 5500M" is a model.
    const amount = g.hedge || g.cur || g.cur2 || g.pct || g.unit || (g.mag && /^\s/.test(g.mag));
    if (kind !== 'score' && !(counts || amount) && namedBefore(text, m.index!)) continue;
    // A bare small number with nothing around it ("page 2 of", "in 3") is not a key figure.
    const bare = kind === 'quantity' && !g.hedge && !noun && !comparative && !g.mag && !g.num2 && !g.num2w && !g.num2c;
    if (bare && (value ?? 0) < 100) continue;
    lastEnd = end;
    out.push({
      start: m.index!,
      end,
      kind,
      value: value === null ? null : value * magnitudeOf(g.mag),
      hedge: g.hedge ? normalizeSpace(g.hedge) : null,
      noun,
    });
  }
  return joinMeasures(text, out);
}

const lastWord = (s: string) => /[\p{L}.]+$/u.exec(s)?.[0] ?? '';
/** Are two measures, one space apart, one quantity in a larger and a smaller unit (COMPOUND_MEASURES)? */
const compoundMeasure = (first: string, second: string) =>
  COMPOUND_MEASURES.some(([larger, smaller]) => larger.includes(lastWord(first)) && smaller.includes(lastWord(second)));
/** "3 hours 41 minutes" is one measure, as it is read. */
function joinMeasures(text: string, figures: Match[]): Match[] {
  const joined: Match[] = [];
  for (const f of figures) {
    const previous = joined.at(-1);
    const one =
      previous?.kind === 'measure' &&
      f.kind === 'measure' &&
      /^\s+$/.test(text.slice(previous.end, f.start)) &&
      compoundMeasure(text.slice(previous.start, previous.end), text.slice(f.start, f.end));
    if (one) previous!.end = f.end;
    else joined.push(f);
  }
  return joined;
}

const comparativeCache = new Map<string, RegExp>();
/** The comparatives of `lang` (COMPARATIVES) as a pattern for what follows a number. */
function comparativeAfter(lang: string): RegExp {
  const key = langOf(lang) || 'en';
  let re = comparativeCache.get(key);
  if (!re)
    comparativeCache.set(key, (re = COMPARATIVES[key] ? new RegExp(`^\\s${word(COMPARATIVES[key]!)}`, 'iu') : /(?!)/));
  return re;
}

type Groups = Record<string, string | undefined>;

/**
 * A share ("two-thirds of voters", "more than half", "نصف السكان"), or null when the fraction is
 * no figure: one of one part needs a hedge or what it is a share of ("in the second half" is
 * none); one of several parts stands alone ("drei Viertel berichten").
 */
function readShare(
  g: Groups,
  start: number,
  numberEnd: number,
  words: Words | null,
  countedNoun: (w: string) => string | null,
): Match | null {
  const severalParts = (words?.value(g.fraction!.split(/[\s-]/)[0]!) ?? 0) > 1;
  if (!g.shareHedge && !g.shareOf && !g.shareWhole && !severalParts) return null;
  const fractionEnd = g.shareOf ? numberEnd - 1 - g.shareOf.length : numberEnd; // " of" is the last thing matched
  const of =
    g.shareWhole ??
    (g.shareOf && g.shareNoun && !SHARE_OF_THE.has(g.shareOf.toLowerCase()) ? countedNoun(g.shareNoun) : null);
  const allWord = of && g.shareAll ? g.shareAll.length + 1 : 0; // "half of all voters"
  const end = g.shareWhole ? numberEnd : of ? numberEnd + 1 + allWord + of.length : fractionEnd; // a whole joined is already matched
  return {
    start,
    end,
    kind: 'ratio',
    value: null,
    hedge: g.shareHedge ? normalizeSpace(g.shareHedge) : null,
    noun: of,
  };
}

/** The kind of a number with what stands around it, or null for a time of day ("10:30"). */
function kindOf(g: Groups, value: number | null, noun: string | null, score: () => boolean): FigureKind | null {
  const num = g.num ?? '';
  if (g.pct) return 'percent';
  if (g.whole || g.times) return 'ratio';
  if (g.cur || g.cur2) return 'money';
  if (g.ord) return 'rank';
  if (g.num2 && /^\d{1,3}$/.test(num) && score()) return 'score';
  if (g.sep === ':') return null; // only a score is written with a colon
  if (g.unit) return 'measure';
  // A year: four digits without a group separator ("2014 elections"); with a hedge or before 1800
  // only when nothing is counted ("etwa 1935", "bis 1195", but "about 2000 people", "1500 Menschen").
  const fourDigits = /^\d{4}$/.test(toAscii(num)) && !g.mag && value! <= 2100;
  if (fourDigits && (value! >= 1800 ? !g.hedge || !noun : value! >= 1000 && !noun)) return 'date';
  return 'quantity';
}

/** A block's sentences, split once per block (and before any of its text is wrapped). */
function sentencesOf(block: Element | null, cache: Map<Element | null, string[]>): string[] {
  let sentences = cache.get(block);
  if (!sentences) cache.set(block, (sentences = normalizeSpace(block?.textContent ?? '').split(/(?<=[.!?؟])\s+/)));
  return sentences;
}

/** A panel entry's longest context: about two lines of the panel. */
const CONTEXT_MAX = 160;
/** A clause this long says enough on its own: its neighbours are not added. */
const CONTEXT_ENOUGH = 80;
/** Where a long sentence or a run-on line of metadata breaks into clauses. */
const CLAUSE_BREAK = /(?<=[,;:]|\s[|·•–—])\s+/gu;

/**
 * The context a figure is listed with: its sentence, or, when the sentence is long (a run-on line
 * of metadata, a list in one sentence), the clauses around the figure, with "…" where it is cut.
 */
export function clauseAround(sentence: string, figureText: string, max = CONTEXT_MAX): string {
  if (sentence.length <= max) return sentence;
  const at = sentence.indexOf(figureText);
  if (at < 0) return `${sentence.slice(0, max).trimEnd()}…`;
  const clauses: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start, end: m.index! });
    start = m.index! + m[0].length;
  }
  clauses.push({ start, end: sentence.length });
  let first = clauses.findIndex((c) => c.end > at);
  let last = clauses.findIndex((c) => c.end >= at + figureText.length);
  // Grow outwards while the context says too little, the following clause first (it usually says
  // what the figure counts), never past `max`.
  while (clauses[last]!.end - clauses[first]!.start < CONTEXT_ENOUGH) {
    if (last + 1 < clauses.length && clauses[last + 1]!.end - clauses[first]!.start <= max) last++;
    else if (first > 0 && clauses[last]!.end - clauses[first - 1]!.start <= max) first--;
    else break;
  }
  let from = clauses[first]!.start;
  let to = clauses[last]!.end;
  // One clause longer than the limit: a window around the figure, cut at spaces.
  if (to - from > max) {
    from = Math.max(from, sentence.lastIndexOf(' ', Math.max(0, at - (max - figureText.length) / 2)) + 1);
    to = Math.min(to, from + max);
    const space = sentence.lastIndexOf(' ', to);
    if (space > at + figureText.length) to = space;
  }
  const cut = to < sentence.length;
  const text = sentence.slice(from, to).trim();
  return `${from > 0 ? '…' : ''}${cut ? text.replace(/[\s,;:|·•–—]+$/u, '') : text}${cut ? '…' : ''}`;
}

/** The sentence a figure stands in, cut to the clauses around it when long. */
const sentenceAround = (sentences: string[], figureText: string) =>
  clauseAround(sentences.find((s) => s.includes(figureText)) ?? sentences.join(' '), figureText);

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
  const elements = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (
    let el = elements.nextNode() as Element | null;
    el && leadBlocks.length < 2;
    el = elements.nextNode() as Element | null
  ) {
    if (el.tagName === 'P' && normalizeSpace(el.textContent ?? '').length > 40) leadBlocks.push(el);
  }
  const sentences = new Map<Element | null, string[]>();
  const texts: Text[] = [];
  const { start: numberStart } = patterns(lang); // a digit or a number word
  // Elements and text in one walk, so a skipped element's whole subtree is passed over at once.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  for (let n = skipsOwnText(root) ? null : walker.nextNode(); n;) {
    if (isElement(n)) {
      n = skipsOwnText(n as Element) ? skipSubtree(walker) : walker.nextNode();
      continue;
    }
    numberStart.lastIndex = 0;
    if (numberStart.test(n.nodeValue ?? '')) texts.push(n as Text);
    n = walker.nextNode();
  }
  for (const text of texts) {
    const value = text.nodeValue ?? '';
    const matches = matchFigures(value, lang);
    if (!matches.length) continue;
    const block = blockOf(text.parentElement);
    const blockSentences = sentencesOf(block, sentences);
    // The pieces go straight in before the node, which then keeps only the tail: no node is split or
    // moved twice.
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
        weight:
          KIND_WEIGHT[m.kind] +
          (m.noun ? 1 : 0) +
          (m.hedge ? 0.5 : 0) -
          (m.approximate ? 2 : 0) +
          positionBonus(block, leadBlocks),
      });
    }
    if (at < value.length) text.data = value.slice(at);
    else text.remove();
  }
  return figures;
}

/** Every distinct figure, most important first (duplicates merged): the "Copy figures" and saved tables. */
export function distinctFigures(figures: Figure[]): Figure[] {
  const seen = new Map<string, Figure>();
  for (const f of figures) {
    const key = f.text.toLowerCase();
    const prev = seen.get(key);
    if (!prev || f.weight > prev.weight) seen.set(key, f);
  }
  return [...seen.values()].sort((a, b) => b.weight - a.weight || a.index - b.index);
}

/**
 * The figures worth a line in the key-figures panel: the amounts, most important first. Years and
 * dates locate a story rather than measure it, so they never fill the panel: a page whose only
 * numbers are dates has none.
 */
export const keyFigures = (figures: Figure[], max = 8): Figure[] =>
  distinctFigures(figures.filter((f) => f.kind !== 'date')).slice(0, max);

/** A table cell: pipes escaped and the text on one line, so a sentence cannot break the table. */
const cell = (s: string) => normalizeSpace(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Figures as a Markdown table (figure, kind, sentence), for "Copy figures". */
export function figuresMarkdown(figures: Figure[]): string {
  const rows = figures.map((f) => `| ${cell(f.text)} | ${f.kind} | ${cell(f.sentence)} |`);
  return ['| Figure | Kind | Sentence |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}
