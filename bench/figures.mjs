#!/usr/bin/env node
// Key figures, measured on paragraphs of real articles (tests/fixtures/figures/real.txt: en, de, es,
// fr paragraphs from the development corpora, annotated by hand with must / may / must-not spans,
// split into a tune and a check half), and on our hand-written paragraphs (annotated.txt, which
// also holds Arabic: the corpora have no Arabic article); the seed page's three figures; and the
// time to mark a 5,000-word article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extract, markFigures } from '../dist/tidy-reader.mjs';
import { ROOT, ZYTE, fmt, median, parse, quantile, requireCorpus, zytePages } from './lib.mjs';

const MARKS = { '⟦': ['must', '⟧'], '⦃': ['may', '⦄'], '⟪': ['mustNot', '⟫'] };
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * One annotated line → the paragraph's HTML and spans {type, kind, start, end} as offsets in its
 * text content. `plain`: the line is text (real.txt), not HTML (annotated.txt).
 */
export function parseAnnotated(line, { plain = false } = {}) {
  const [, lang, body] = /^(\w+):\s*(.*)$/.exec(line);
  const spans = [];
  let html = '';
  let text = 0; // offset in the text content (tags excluded)
  let inTag = false;
  const open = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (MARKS[ch]) {
      open.push({ type: MARKS[ch][0], close: MARKS[ch][1], start: text, kind: null });
      if (ch === '⟦') {
        const kind = /^(\w+):/.exec(body.slice(i + 1))[1];
        open.at(-1).kind = kind;
        i += kind.length + 1;
      }
      continue;
    }
    if (open.length && ch === open.at(-1).close) {
      const s = open.pop();
      spans.push({ type: s.type, kind: s.kind, start: s.start, end: text });
      continue;
    }
    if (plain) {
      html += escapeHtml(ch);
      text++;
      continue;
    }
    html += ch;
    if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    else if (!inTag) text++;
  }
  return { lang, html, spans };
}

/** Marks figures in one paragraph; returns predicted spans as offsets in its text content. */
function predict(html, lang) {
  const doc = parse(`<html lang="${lang}"><body><p>${html}</p></body></html>`, 'https://example.com/');
  const p = doc.querySelector('p');
  markFigures(p, lang);
  const out = [];
  let offset = 0;
  const walker = doc.createTreeWalker(p, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const mark = n.parentElement.closest('mark[data-figure]');
    if (mark && mark.firstChild === n)
      out.push({
        kind: mark.dataset.figure,
        start: offset,
        end: offset + mark.textContent.length,
        text: mark.textContent,
      });
    offset += n.nodeValue.length;
  }
  return { spans: out, text: p.textContent };
}

/** A page of about 5,000 words: `paragraphs` (HTML) repeated in one <article>. */
export function articleOf(paragraphs, target = 5000) {
  const paras = [];
  let words = 0;
  for (let i = 0; words < target; i++) {
    const p = paragraphs[i % paragraphs.length];
    paras.push(`<p>${p}</p>`);
    words += p
      .replace(/<[^>]+>/g, '')
      .split(/\s+/)
      .filter(Boolean).length;
  }
  return {
    words,
    html: `<html lang="en"><head><title>A long story</title></head><body><article><h1>A long story</h1>${paras.join('')}</article></body></html>`,
  };
}

/**
 * Two sources of 5,000-word articles: news density (zyte-dev's ground-truth paragraphs, about 100
 * figures per 5,000 words) and the worst case (the hand-written paragraphs repeated: a figure every
 * nine words, more than any page in the corpus).
 */
export function timingSources() {
  requireCorpus(ZYTE);
  return [
    [
      'news density',
      [...zytePages()]
        .flatMap((p) => p.truth.split(/\n+/))
        .filter((t) => t.trim())
        .map(escapeHtml),
    ],
    ['dense (hand-written set repeated)', readSet('annotated.txt').map(({ line }) => parseAnnotated(line).html)],
  ];
}

/**
 * Times the figures stage on the first 5,000 words of `paragraphs` (HTML), after 3 warm-up runs:
 * as it runs inside extract() (on the article after cleanup, timings.figures), and markFigures alone on
 * a freshly parsed document (which also pays jsdom's first walk over new nodes).
 */
function timeMarking(label, paragraphs) {
  const { html, words } = articleOf(paragraphs);
  const inExtract = [];
  const alone = [];
  let count = 0;
  for (let run = 0; run < 43; run++) {
    globalThis.gc?.();
    const result = extract(parse(html, 'https://example.com/'));
    const article = parse(html, 'https://example.com/').querySelector('article');
    // No forced GC just before the clock (timed() has one): V8 sweeps after a forced GC on its
    // helper threads, and on two cores that sweep ran on this clock. The GC above, before extract(),
    // has long finished.
    const t = performance.now();
    count = markFigures(article, 'en').length;
    const ms = performance.now() - t;
    if (run < 3) continue;
    inExtract.push(result.timings.figures);
    alone.push(ms);
  }
  return { label, words, count, inExtract, alone };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const COUNTS = ['paragraphs', 'must', 'found', 'exact', 'exactKind', 'predicted', 'correct', 'mustNot', 'mustNotHits'];
const emptyCounts = () => Object.fromEntries(COUNTS.map((k) => [k, 0]));

/**
 * Annotated lines → {lang, half, source, line}. In real.txt a comment line "# n corpus/id half"
 * names the paragraph's page and half; hand-written lines have no half.
 */
function readSet(file) {
  const out = [];
  let meta = null;
  for (const line of readFileSync(path.join(ROOT, 'tests/fixtures/figures', file), 'utf8').split('\n')) {
    const m = /^# (\S+) (\S+) (tune|check)$/.exec(line);
    if (m) meta = { source: m[2], half: m[3] };
    else if (/^\w+:/.test(line)) {
      out.push({ line, half: meta?.half ?? 'written', source: meta?.source ?? file });
      meta = null;
    }
  }
  return out;
}

/**
 * Scores one set, per "lang half" group: a must span is found when a mark overlaps it, exact when a
 * mark has its bounds, and right when the kind agrees too; a mark inside a may span counts neither
 * way; every other mark is correct when it overlaps a must span; a must-not span is hit when any
 * mark overlaps it.
 */
function scoreSet(file, { plain }) {
  const groups = new Map();
  const byKind = new Map();
  const misses = [];
  for (const { line, half, source } of readSet(file)) {
    const { lang, html, spans } = parseAnnotated(line, { plain });
    const { spans: predicted, text } = predict(html, lang);
    const key = `${lang} ${half}`;
    const s = groups.get(key) ?? emptyCounts();
    groups.set(key, s);
    s.paragraphs++;
    const where = `${key} ${source}`;
    for (const m of spans.filter((x) => x.type === 'must')) {
      const k = byKind.get(`${m.kind} ${half}`) ?? { must: 0, found: 0, exact: 0 };
      byKind.set(`${m.kind} ${half}`, k);
      s.must++;
      k.must++;
      const over = predicted.filter((p) => overlaps(p, m));
      const hit = predicted.find((p) => p.start === m.start && p.end === m.end);
      if (over.length) {
        s.found++;
        k.found++;
      }
      if (hit) {
        s.exact++;
        k.exact++;
      }
      if (hit?.kind === m.kind) s.exactKind++;
      if (!hit)
        misses.push(
          `${where}: missed ${m.kind} "${text.slice(m.start, m.end)}"${over.map((p) => ` (got ${p.kind} "${p.text}")`).join('')}`,
        );
      else if (hit.kind !== m.kind) misses.push(`${where}: kind ${hit.kind} for ${m.kind} "${hit.text}"`);
    }
    for (const x of spans.filter((x) => x.type === 'mustNot')) {
      s.mustNot++;
      const hits = predicted.filter((p) => overlaps(p, x));
      if (hits.length) {
        s.mustNotHits++;
        misses.push(
          `${where}: MUST-NOT "${text.slice(x.start, x.end)}" hit by ${hits.map((p) => `${p.kind} "${p.text}"`).join(', ')}`,
        );
      }
    }
    for (const p of predicted) {
      if (spans.some((x) => x.type === 'may' && x.start <= p.start && p.end <= x.end)) continue; // neither way
      s.predicted++;
      if (spans.some((x) => x.type === 'must' && overlaps(x, p))) s.correct++;
      else if (!spans.some((x) => x.type === 'mustNot' && overlaps(x, p)))
        misses.push(`${where}: extra ${p.kind} "${p.text}"`);
    }
  }
  return { groups, byKind, misses };
}

export function figuresBench() {
  const real = scoreSet('real.txt', { plain: true });
  const written = scoreSet('annotated.txt', { plain: false });

  // The seed's three figures, as quantities.
  const seed = readFileSync(path.join(ROOT, 'demo/article.html'), 'utf8');
  const seedDoc = parse(seed, 'http://127.0.0.1/demo/article.html');
  const seedFigures = markFigures(seedDoc.querySelector('article'), 'en').map((f) => `${f.kind}:${f.text}`);

  // Two 5,000-word articles, marked afresh each run (bench browser times them in Chromium and Firefox).
  const timing = timingSources().map(([label, paragraphs]) => timeMarking(label, paragraphs));
  return { real, written, seedFigures, timing };
}

const ratio = (a, b) => fmt(a / (b || 1), 3);
function printTable(title, { groups, byKind, misses }, verbose) {
  console.log(`\n## ${title}`);
  console.log('group          paragraphs   must   recall   exact bounds   exact+kind   precision   must-not hits');
  const row = (label, s) =>
    console.log(
      `${label.padEnd(14)} ${String(s.paragraphs).padStart(10)}   ${String(s.must).padStart(4)}   ${ratio(s.found, s.must).padStart(6)}   ${ratio(s.exact, s.must).padStart(12)}   ${ratio(s.exactKind, s.must).padStart(10)}   ${ratio(s.correct, s.predicted).padStart(9)}   ${`${s.mustNotHits}/${s.mustNot}`.padStart(13)}`,
    );
  const halves = new Map();
  for (const key of [...groups.keys()].sort(
    (a, b) => a.split(' ')[1].localeCompare(b.split(' ')[1]) || a.localeCompare(b),
  )) {
    const s = groups.get(key);
    row(key, s);
    const half = key.split(' ')[1];
    const t = halves.get(half) ?? emptyCounts();
    halves.set(half, t);
    for (const k of COUNTS) t[k] += s[k];
  }
  for (const [half, t] of halves) row(`all ${half}`, t);
  if (byKind.size) {
    console.log(
      'recall (exact bounds) by kind: ' +
        [...byKind.keys()]
          .sort()
          .map((k) => {
            const v = byKind.get(k);
            return `${k} ${v.found}/${v.must} (${v.exact})`;
          })
          .join(' · '),
    );
  }
  if (verbose) for (const m of misses) console.log(`  ${m}`);
  else console.log(`(${misses.length} misses, extras and must-not hits; --verbose lists them)`);
}

export function printFigures(r, { verbose = process.argv.includes('--verbose') } = {}) {
  printTable('Key figures on real article paragraphs (tests/fixtures/figures/real.txt)', r.real, verbose);
  printTable('Key figures on the hand-written paragraphs (annotated.txt)', r.written, verbose);
  const want = ['quantity:about 2,500 troops', 'quantity:more than 900', 'quantity:fewer than 2,000'];
  console.log(`\nseed page: ${want.map((w) => `${w} ${r.seedFigures.includes(w) ? 'found' : 'MISSING'}`).join('; ')}`);
  console.log('\n## Figures on a 5,000-word article (target: 5 ms), median and p95 over 40 runs');
  const stat = (xs) => `${fmt(median(xs), 2)} ms (p95 ${fmt(quantile(xs, 0.95), 2)})`;
  for (const t of r.timing) {
    console.log(
      `${t.label}: ${t.words.toLocaleString('en')} words, ${t.count} figures; stage inside extract() ${stat(t.inExtract)}; markFigures on a freshly parsed page ${stat(t.alone)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printFigures(figuresBench());
