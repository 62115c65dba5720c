#!/usr/bin/env node
// Key figures, measured on our annotated set (tests/fixtures/figures/annotated.txt: en, fr, de,
// es, ar paragraphs with must / may / must-not spans): precision, recall and must-not hits per
// language, the seed page's three figures, and the time to mark a 5,000-word article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extract, markFigures } from '../dist/tidy-reader.mjs';
import { ROOT, ZYTE, fmt, median, parse, quantile, requireCorpus, zytePages } from './lib.mjs';

const MARKS = { '⟦': ['must', '⟧'], '⦃': ['may', '⦄'], '⟪': ['mustNot', '⟫'] };

/** One annotated line → clean HTML and spans {type, kind, text, start, end} in the paragraph's text. */
export function parseAnnotated(line) {
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
    if (mark && mark.firstChild === n) out.push({ kind: mark.dataset.figure, start: offset, end: offset + mark.textContent.length, text: mark.textContent });
    offset += n.nodeValue.length;
  }
  return { spans: out, text: p.textContent };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * Times the figures stage on the first 5,000 words of `paragraphs` (HTML), after 3 warm-up runs:
 * as it runs inside extract() (on the article after cleanup, timings.figures), and markFigures alone on
 * a freshly parsed document (which also pays jsdom's first walk over new nodes).
 */
function timeMarking(label, paragraphs) {
  const paras = [];
  let words = 0;
  for (let i = 0; words < 5000; i++) {
    const p = paragraphs[i % paragraphs.length];
    paras.push(`<p>${p}</p>`);
    words += p.replace(/<[^>]+>/g, '').split(/\s+/).filter(Boolean).length;
  }
  const html = `<html lang="en"><head><title>A long story</title></head><body><article><h1>A long story</h1>${paras.join('')}</article></body></html>`;
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

export function figuresBench() {
  const lines = readFileSync(path.join(ROOT, 'tests/fixtures/figures/annotated.txt'), 'utf8').split('\n').filter((l) => /^\w+:/.test(l));
  const perLang = new Map();
  const misses = [];
  for (const line of lines) {
    const { lang, html, spans } = parseAnnotated(line);
    const { spans: predicted, text } = predict(html, lang);
    const s = perLang.get(lang) ?? { paragraphs: 0, must: 0, found: 0, foundKind: 0, predicted: 0, correct: 0, mustNotHits: 0 };
    perLang.set(lang, s);
    s.paragraphs++;
    for (const m of spans.filter((x) => x.type === 'must')) {
      s.must++;
      const hit = predicted.find((p) => p.start === m.start && p.end === m.end);
      if (hit) s.found++;
      if (hit?.kind === m.kind) s.foundKind++;
      else misses.push(`${lang} missed ${m.kind} "${text.slice(m.start, m.end)}"${predicted.filter((p) => overlaps(p, m)).map((p) => ` (got ${p.kind} "${p.text}")`).join('')}`);
    }
    for (const p of predicted) {
      const mustNot = spans.some((x) => x.type === 'mustNot' && overlaps(x, p));
      if (mustNot) {
        s.mustNotHits++;
        misses.push(`${lang} MUST-NOT hit ${p.kind} "${p.text}"`);
      }
      if (spans.some((x) => x.type === 'may' && x.start <= p.start && p.end <= x.end)) continue; // neither way
      s.predicted++;
      const exact = spans.some((x) => x.type === 'must' && x.start === p.start && x.end === p.end && x.kind === p.kind);
      if (exact) s.correct++;
      else if (!mustNot && !spans.some((x) => x.type === 'must' && overlaps(x, p))) misses.push(`${lang} extra ${p.kind} "${p.text}"`);
    }
  }

  // The seed's three figures, as quantities.
  const seed = readFileSync(path.join(ROOT, 'demo/article.html'), 'utf8');
  const seedDoc = parse(seed, 'http://127.0.0.1/demo/article.html');
  const seedFigures = markFigures(seedDoc.querySelector('article'), 'en').map((f) => `${f.kind}:${f.text}`);

  // Two 5,000-word articles, marked afresh each run: one at news density (zyte-dev's ground-truth
  // paragraphs, about 100 figures per 5,000 words) and the worst case (our annotated paragraphs
  // repeated: a figure every nine words, more than any page in the corpus).
  requireCorpus(ZYTE);
  const news = [...zytePages()].flatMap((p) => p.truth.split(/\n+/)).filter((t) => t.trim()).map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  const timing = [timeMarking('news density', news), timeMarking('dense (annotated set repeated)', lines.map((l) => parseAnnotated(l).html))];
  return { perLang, misses, seedFigures, timing };
}

export function printFigures(r) {
  console.log('\n## Key figures on the annotated set (exact bounds and kind)');
  console.log('lang   paragraphs   must   precision   recall   must-not hits');
  const total = { paragraphs: 0, must: 0, foundKind: 0, predicted: 0, correct: 0, mustNotHits: 0 };
  const row = (lang, s) => console.log(`${lang.padEnd(6)} ${String(s.paragraphs).padStart(10)}   ${String(s.must).padStart(4)}   ${fmt(s.correct / (s.predicted || 1), 3).padStart(9)}   ${fmt(s.foundKind / (s.must || 1), 3).padStart(6)}   ${String(s.mustNotHits).padStart(13)}`);
  for (const [lang, s] of r.perLang) {
    row(lang, s);
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  row('all', total);
  for (const m of r.misses) console.log(`  ${m}`);
  const want = ['quantity:about 2,500 troops', 'quantity:more than 900', 'quantity:fewer than 2,000'];
  console.log(`\nseed page: ${want.map((w) => `${w} ${r.seedFigures.includes(w) ? 'found' : 'MISSING'}`).join('; ')}`);
  console.log('\n## Figures on a 5,000-word article (target: 10 ms), median and p95 over 40 runs');
  const stat = (xs) => `${fmt(median(xs), 2)} ms (p95 ${fmt(quantile(xs, 0.95), 2)})`;
  for (const t of r.timing) {
    console.log(`${t.label}: ${t.words.toLocaleString('en')} words, ${t.count} figures; stage inside extract() ${stat(t.inExtract)}; markFigures on a freshly parsed page ${stat(t.alone)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printFigures(figuresBench());
