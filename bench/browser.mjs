#!/usr/bin/env node
// The content script's work in real browsers: detect, then (on pages taken for articles) find and
// cut the clutter, on the labelled real pages of tests/fixtures/comments, in Chromium and Firefox
// ESR, side by side with Readability's isProbablyReaderable in the same page. jsdom's numbers
// (bench comments) are a proxy; these are the engines the extension runs in.
//
// Each page is parsed with DOMParser (inert: its scripts do not run, nothing loads), REPS times,
// and each engine runs once per copy on a fresh one (a first touch, as on page load); the time per
// page is the mean over the copies, since browsers coarsen performance.now() (Firefox: 1 ms).
// Then the figures stage (markFigures, which the reader page runs on the extracted article) on two
// 5,000-word articles, the ones bench figures times in jsdom, on fresh copies.
// Usage: node bench/browser.mjs [chromium|firefox]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { labelledPages } from '../tests/fixtures/comments/check.mjs';
import { articleOf, timingSources } from './figures.mjs';
import { ROOT } from './lib.mjs';

const REPS = 5;
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const wanted = process.argv.slice(2);

/** What the content script runs (src/content/index.ts + tidy.ts), and Readability's check, for the page. */
async function bundle() {
  const entry = `
    import { detectArticle } from './src/core/detect';
    import { findClutter } from './src/core/tidy';
    import { declutter } from './src/core/tidy/declutter';
    import { markFigures } from './src/core/figures';
    import { isProbablyReaderable } from '@mozilla/readability';
    globalThis.tidyBench = {
      contentScript(doc) {
        const { isArticle } = detectArticle(doc);
        if (isArticle && doc.body) declutter(findClutter(doc.body, { widgetsSettled: false }));
        return isArticle;
      },
      detect: (doc) => detectArticle(doc).isArticle,
      readability: (doc) => isProbablyReaderable(doc),
      figures: (doc) => markFigures(doc.querySelector('article'), 'en').length,
    };`;
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0].text;
}

/** Runs in the page: mean ms per copy of each engine on one page. */
function timePage([html, reps]) {
  const copies = () => Array.from({ length: reps }, () => new DOMParser().parseFromString(html, 'text/html'));
  const time = (docs, run) => {
    const t = performance.now();
    for (const d of docs) run(d);
    return (performance.now() - t) / docs.length;
  };
  const b = globalThis.tidyBench;
  return {
    ours: time(copies(), b.contentScript),
    detect: time(copies(), b.detect),
    readability: time(copies(), b.readability),
  };
}

/** Runs in the page: ms to mark the figures of each of `reps` fresh copies of one article. */
function timeFigures([html, reps]) {
  const docs = Array.from({ length: reps }, () => new DOMParser().parseFromString(html, 'text/html'));
  return docs.map((d) => {
    d.body.offsetHeight; // a parsed copy, not yet walked
    const t = performance.now();
    const count = globalThis.tidyBench.figures(d);
    return { ms: performance.now() - t, count };
  });
}

const BROWSERS = {
  async chromium(script, pages) {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'tidy-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const page = await context.newPage();
      await page.addScriptTag({ content: script });
      return await measure(page, pages);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  },
  async firefox(script, pages) {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: script });
      return await measure(page, pages);
    } finally {
      await browser.close();
    }
  },
};

const FIGURE_REPS = 40;
const articles = timingSources().map(([label, paragraphs]) => ({ label, ...articleOf(paragraphs) }));

async function measure(page, pages) {
  const rows = [];
  for (const p of pages) rows.push({ half: p.half, ...(await page.evaluate(timePage, [p.html, REPS])) });
  const figures = [];
  for (const a of articles)
    figures.push({ ...a, runs: (await page.evaluate(timeFigures, [a.html, FIGURE_REPS + 3])).slice(3) });
  return { rows, figures };
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const script = await bundle();
const pages = labelledPages();
console.log(
  `content script work (detect, then find and cut the clutter on articles) on ${pages.length} labelled real pages, ms per page`,
);
console.log(
  'browser    half    pages  detect+tidy median  p90  detect alone median  p90  isProbablyReaderable median  p90',
);
// One browser after the other: both at once do not fit these machines.
const results = [];
for (const [name, run] of Object.entries(BROWSERS)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const { rows, figures } = await run(script, pages);
  results.push([name, figures]);
  for (const half of ['tune', 'check', 'all']) {
    const r = rows.filter((x) => half === 'all' || x.half === half);
    const cells = ['ours', 'detect', 'readability'].flatMap((k) =>
      [0.5, 0.9].map((q) =>
        quantile(
          r.map((x) => x[k]),
          q,
        ).toFixed(2),
      ),
    );
    const widths = [18, 5, 19, 5, 27, 5];
    console.log(
      `${name.padEnd(9)}  ${half.padEnd(6)}  ${String(r.length).padStart(5)}  ${cells.map((c, i) => c.padStart(widths[i])).join('  ')}`,
    );
  }
}
console.log(
  `\nfigures stage (markFigures) on a 5,000-word article, ms over ${FIGURE_REPS} fresh copies (target: 5 ms)`,
);
console.log('browser    article                              words  figures  median    p95');
for (const [name, figures] of results) {
  for (const f of figures) {
    const ms = f.runs.map((r) => r.ms);
    console.log(
      `${name.padEnd(9)}  ${f.label.padEnd(35)}  ${String(f.words).padStart(5)}  ${String(f.runs[0].count).padStart(7)}  ${quantile(ms, 0.5).toFixed(2).padStart(6)}  ${quantile(ms, 0.95).toFixed(2).padStart(5)}`,
    );
  }
}
