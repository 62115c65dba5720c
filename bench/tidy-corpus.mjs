#!/usr/bin/env node
// Proof that the in-place tidy loses no article text: runs `tidy` over every page of zyte-dev and
// readability-pages and checks that every 4-word shingle of the ground-truth article text (the
// `articleBody`, or the text of `expected.html`) that the page had before the tidy is still there
// after it. Text is read as a reader sees it (textOf: blocks and <br> separate words), so two words
// glued together by a removal would show as lost shingles.
import { performance } from 'node:perf_hooks';
import { textOf, tidy } from '../dist/tidy-reader.mjs';
import { READABILITY_PAGES, ZYTE, fmt, parse, readabilityPages, requireCorpus, zytePages } from './lib.mjs';

const tokens = (s) => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
const shingles = (toks, n = 4) => {
  const out = new Set();
  for (let i = 0; i + n <= toks.length; i++) out.add(toks.slice(i, i + n).join(' '));
  if (toks.length && toks.length < n) out.add(toks.join(' '));
  return out;
};

export function checkCorpus(name, pages) {
  const report = {
    name,
    pages: 0,
    articles: 0,
    removedElements: 0,
    removals: { 'empty-comments': 0, 'blank-run': 0 },
    truthShingles: 0,
    lost: 0,
    lossPages: [],
    ms: [],
  };
  for (const p of pages) {
    const doc = parse(p.html, p.url);
    const truth = shingles(tokens(p.truth));
    const before = shingles(tokens(textOf(doc.body)));
    const t = performance.now();
    const result = tidy(doc, { url: p.url });
    report.ms.push(performance.now() - t);
    const after = shingles(tokens(textOf(doc.body)));
    report.pages++;
    if (result.isArticle) report.articles++;
    for (const r of result.removed) report.removals[r.step]++;
    report.removedElements += result.removedElements;
    let lost = [];
    for (const s of truth) {
      if (!before.has(s)) continue;
      report.truthShingles++;
      if (!after.has(s)) lost.push(s);
    }
    report.lost += lost.length;
    if (lost.length)
      report.lossPages.push({
        id: p.id,
        lost: lost.length,
        sample: lost.slice(0, 3),
        removed: result.removed.map((r) => `${r.step} ${r.selector}`),
      });
  }
  return report;
}

function print(r) {
  console.log(
    `${r.name}: ${r.pages} pages, ${r.articles} judged articles and tidied; ${r.removals['empty-comments']} empty comment sections and ${r.removals['blank-run']} blank runs (${r.removedElements} elements) removed`,
  );
  console.log(
    `  ground-truth 4-word shingles present before the tidy: ${r.truthShingles}; lost by it: ${r.lost} on ${r.lossPages.length} pages; tidy median ${fmt(r.ms.sort((a, b) => a - b)[r.ms.length >> 1])} ms`,
  );
  for (const p of r.lossPages)
    console.log(
      `  LOST ${p.id}: ${p.lost} shingles, e.g. ${JSON.stringify(p.sample)}; removed ${p.removed.join('; ')}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  requireCorpus(ZYTE);
  requireCorpus(READABILITY_PAGES);
  const zyte = checkCorpus('zyte-dev', [...zytePages()]);
  const rp = checkCorpus(
    'readability-pages',
    [...readabilityPages()].map((p) => ({ ...p, truth: textOf(parse(p.expectedHtml, p.url).body) })),
  );
  print(zyte);
  print(rp);
  process.exitCode = zyte.lost + rp.lost ? 1 : 0;
}
