#!/usr/bin/env node
// Comment sections on the labelled real pages (tests/fixtures/comments), per half (tune / check):
// empty sections cut (recall), real-comment text lost, reply forms of real threads kept,
// pages that are not articles but were changed, words lost outside the labelled empty sections,
// and the time of detect + tidy per page. `--verbose` prints every disagreement of the tune half;
// `--verbose=check` of the check half too (look at those only at the end).
import { performance } from 'node:perf_hooks';
import { tidy } from '../dist/tidy-reader.mjs';
import { checkPage, labelledPages } from '../tests/fixtures/comments/check.mjs';
import { fmt, median, parse, release } from './lib.mjs';

const verbose = process.argv.find((a) => a.startsWith('--verbose'));
const showHalf = (half) => verbose && (half === 'tune' || verbose === '--verbose=check');

export async function commentsBench() {
  const rows = [];
  for (const p of labelledPages()) {
    let ms = 0;
    const timedTidy = (doc) => {
      globalThis.gc?.();
      const t = performance.now();
      const r = tidy(doc);
      ms = performance.now() - t;
      return r;
    };
    let doc = null;
    const parseKept = (html, url) => (doc = parse(html, url));
    const { measures, failures } = checkPage(p, { parse: parseKept, tidy: timedTidy });
    // A page left alive stays in the heap: 500 of them fill it, and the GC before each tidy thrashes.
    await release(doc);
    rows.push({ ...measures, half: p.half, ms, failures });
  }
  return rows;
}

function summary(rows) {
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  const nonArticles = rows.filter((r) => r.kind === 'not-article');
  return {
    pages: rows.length,
    articles: rows.length - nonArticles.length,
    emptySections: sum('emptySections'),
    emptyCut: sum('emptyCut'),
    recall: sum('emptyCut') / (sum('emptySections') || 1),
    realSections: sum('realSections'),
    commentSnippetsLost: sum('commentSnippetsLost'),
    commentSnippets: sum('commentSnippets'),
    realFormsKept: sum('realFormsKept'),
    realForms: sum('realForms'),
    nonArticles: nonArticles.length,
    nonArticlesChanged: nonArticles.filter((r) => r.removals).length,
    wordsLostOutside: sum('wordsLostOutside'),
    pagesFailing: rows.filter((r) => r.failures.length).length,
    medianMs: median(rows.map((r) => r.ms)),
  };
}

export function printComments(rows) {
  console.log('\n## Comment sections on the labelled pages (tests/fixtures/comments)');
  console.log(
    'half    pages  empty cut / labelled  recall  real-comment snippets lost  real forms kept  non-articles changed  words lost outside  pages failing  detect+tidy median ms',
  );
  for (const half of ['tune', 'check', 'all']) {
    const s = summary(rows.filter((r) => half === 'all' || r.half === half));
    console.log(
      `${half.padEnd(6)}  ${String(s.pages).padStart(5)}  ${`${s.emptyCut} / ${s.emptySections}`.padStart(19)}  ${fmt(s.recall, 3).padStart(6)}  ${`${s.commentSnippetsLost} of ${s.commentSnippets}`.padStart(26)}  ${`${s.realFormsKept} / ${s.realForms}`.padStart(15)}  ${`${s.nonArticlesChanged} of ${s.nonArticles}`.padStart(20)}  ${String(s.wordsLostOutside).padStart(18)}  ${String(s.pagesFailing).padStart(13)}  ${fmt(s.medianMs, 2).padStart(21)}`,
    );
  }
  for (const r of rows)
    if (r.failures.length && showHalf(r.half))
      console.log(`  ${r.half} ${r.page} (${r.kind}, article: ${r.isArticle}):\n    ${r.failures.join('\n    ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) printComments(await commentsBench());
