#!/usr/bin/env node
// Article detection, side by side with Readability's isProbablyReaderable in the same run:
//  1. agreement and time on readability-pages (their `readerable` flags came from isProbablyReaderable,
//     so agreement shows parity only);
//  2. precision and recall of both on our own labelled set (tests/fixtures/readerable), which has
//     text-heavy pages that are not articles;
//  3. a generated 100,000-element page: detection stops at its element limit and bails out cleanly.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { detect } from '../dist/tidy-reader.mjs';
import {
  READABILITY_PAGES,
  ROOT,
  fmt,
  median,
  parse,
  quantile,
  readabilityPages,
  requireCorpus,
  timed,
} from './lib.mjs';

function prf(rows, key) {
  const tp = rows.filter((r) => r.label && r[key]).length;
  const fp = rows.filter((r) => !r.label && r[key]).length;
  const fn = rows.filter((r) => r.label && !r[key]).length;
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), fp, fn };
}

export function detectionBench() {
  requireCorpus(READABILITY_PAGES);
  const ours = [];
  const theirs = [];
  let agreeOurs = 0;
  let agreeTheirs = 0;
  const disagreements = [];
  const pages = [...readabilityPages()];
  for (const [i, p] of pages.entries()) {
    // Two fresh documents, order alternating, so neither engine gets a warmer DOM.
    const docA = parse(p.html, p.url);
    const docB = parse(p.html, p.url);
    const runOurs = () => timed(() => detect(docA).isArticle);
    const runTheirs = () => timed(() => isProbablyReaderable(docB));
    const [a, b] = i % 2 ? [runOurs(), runTheirs()] : [runTheirs(), runOurs()].reverse();
    ours.push(a.ms);
    theirs.push(b.ms);
    if (a.value === p.meta.readerable) agreeOurs++;
    else disagreements.push(`${p.id} (expected ${p.meta.readerable})`);
    if (b.value === p.meta.readerable) agreeTheirs++;
  }

  const dir = path.join(ROOT, 'tests/fixtures/readerable');
  const labelled = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const html = readFileSync(path.join(dir, f), 'utf8');
      const url = /^<!-- (\S+) -->/.exec(html)?.[1] ?? 'https://example.com/';
      return {
        name: f,
        label: f.startsWith('article--'),
        ours: detect(parse(html, url)).isArticle,
        theirs: isProbablyReaderable(parse(html, url)),
      };
    });

  // Two generated pages of about 100,000 elements each (25,000 paragraphs with 3 inline children):
  // short paragraphs (under 140 characters: no early exit, the worst case, so the element limit decides)
  // and long ones (an article: the scan should stop after its first paragraphs).
  const shortPara =
    '<p>Some text <b>bold</b> and <i>more</i> words with <a href="#">a link</a>, shorter than a prose paragraph.</p>';
  const longPara = `<p>${'A long paragraph of an article about the council and its plan for the tram line. '.repeat(3)}<b>bold</b> <i>it</i> <a href="#">a link</a></p>`;
  const huge = [
    ['short paragraphs', shortPara],
    ['long paragraphs', longPara],
  ].map(([name, para]) => {
    const doc = parse(`<html><body><article>${para.repeat(25000)}</article></body></html>`, 'https://example.com/huge');
    const elements = doc.getElementsByTagName('*').length;
    return { name, elements, ours: timed(() => detect(doc)), theirs: timed(() => isProbablyReaderable(doc)) };
  });

  return { pages: pages.length, ours, theirs, agreeOurs, agreeTheirs, disagreements, labelled, huge };
}

export function printDetection(r) {
  const ratio = median(r.ours) / median(r.theirs);
  console.log(`\n## Detection on readability-pages (${r.pages} pages)`);
  console.log('engine                 agrees with flags   median ms   p95 ms');
  console.log(
    `tidy-reader detect     ${String(r.agreeOurs).padStart(3)}/${r.pages}            ${fmt(median(r.ours), 2).padStart(7)}   ${fmt(quantile(r.ours, 0.95), 2).padStart(6)}`,
  );
  console.log(
    `isProbablyReaderable   ${String(r.agreeTheirs).padStart(3)}/${r.pages}            ${fmt(median(r.theirs), 2).padStart(7)}   ${fmt(quantile(r.theirs, 0.95), 2).padStart(6)}`,
  );
  console.log(`time ratio (median, ours ÷ isProbablyReaderable): ${fmt(ratio, 2)}×`);
  if (r.disagreements.length) console.log(`we differ from the flags on: ${r.disagreements.join(', ')}`);

  const ours = prf(r.labelled, 'ours');
  const theirs = prf(r.labelled, 'theirs');
  console.log(
    `\n## Detection on our labelled set (${r.labelled.length} pages: ${r.labelled.filter((x) => x.label).length} articles, ${r.labelled.filter((x) => !x.label).length} not)`,
  );
  console.log('engine                 precision   recall   false pos.   false neg.');
  console.log(
    `tidy-reader detect     ${fmt(ours.precision, 3).padStart(9)}   ${fmt(ours.recall, 3).padStart(6)}   ${String(ours.fp).padStart(10)}   ${String(ours.fn).padStart(10)}`,
  );
  console.log(
    `isProbablyReaderable   ${fmt(theirs.precision, 3).padStart(9)}   ${fmt(theirs.recall, 3).padStart(6)}   ${String(theirs.fp).padStart(10)}   ${String(theirs.fn).padStart(10)}`,
  );
  for (const x of r.labelled.filter((x) => x.ours !== x.label || x.theirs !== x.label))
    console.log(`  ${x.name}: label ${x.label}, ours ${x.ours}, isProbablyReaderable ${x.theirs}`);

  for (const h of r.huge) {
    const o = h.ours.value;
    console.log(`\n## ${h.elements.toLocaleString('en')}-element page, ${h.name}`);
    console.log(
      `tidy-reader detect: ${fmt(h.ours.ms)} ms, ${o.bailedOut ? `bailed out (${o.bailedOut})` : `finished (isArticle ${o.isArticle}, ${o.signals[0]})`}; isProbablyReaderable: ${fmt(h.theirs.ms)} ms (${h.theirs.value})`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printDetection(detectionBench());
