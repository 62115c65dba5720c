#!/usr/bin/env node
// Click to article in real Chromium (headless, dist/chrome loaded as an unpacked extension), the
// time a user waits: from the toolbar action (the background's toggle, as the click runs it) to
// the reader frame showing the article, read with the system clock on both sides after the frame
// has painted. On the demo page, on 50 labelled real pages served as saved pages (their scripts
// blocked), and on generated long articles of 100,000 and 300,000 elements. Beside it, the
// content script's own time on page load (detect + tidy), from the measures it leaves in the
// page's performance timeline. Issue 19 targets: demo ≤ 300 ms, corpus p95 ≤ 1.5 s,
// 300,000 elements ≤ 6 s; content script ≤ 5 ms median, ≤ 50 ms on 100,000 elements.
// Usage: node bench/reader.mjs [--pages N]   (DETAIL=1 also prints each page's measures, by step)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../scripts/chromium-with-extension.mjs';
import { CORPUS_DIR, CORPUS_PREFIX, GENERATED_PREFIX, startServer } from '../tests/e2e/server.mjs';
import { ROOT } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
const EXTENSION = path.join(ROOT, 'dist/chrome');
const pagesWanted = Number(process.argv[process.argv.indexOf('--pages') + 1]) || 50;
const MEASURE = /MEASURE_PREFIX = '([^']+)'/.exec(readFileSync(path.join(ROOT, 'src/shared/timing.ts'), 'utf8'))[1];

// 50 of the labelled pages, spread over the sorted list (so over all five corpora).
const corpus = readdirSync(CORPUS_DIR).sort();
const step = corpus.length / pagesWanted;
const CORPUS = Array.from({ length: pagesWanted }, (_, i) => corpus[Math.floor(i * step)].replace(/\.gz$/, ''));

const server = await startServer();
const { context, profile } = await launchWithExtension({
  executablePath: CHROMIUM,
  extension: EXTENSION,
  name: 'tidy-bench-reader',
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

/** Runs in the reader frame: the wall-clock time of the first frame painted after the article (or a message) is in. */
const shownAt = () =>
  new Promise((resolve) => {
    const check = () => {
      // The page starts with a "Preparing…" status; the reader clears aria-busy when it shows its answer.
      const done =
        document.querySelector('article.content') ?? document.querySelector('#reader:not([aria-busy]) .status');
      // A message instead of the article (a refusal, an error) is what the table reports; a progress line under it is not.
      const message = () =>
        document.querySelector('article.content')
          ? null
          : (document.querySelector('#reader .status')?.textContent ?? null);
      if (done) requestAnimationFrame(() => setTimeout(() => resolve({ at: Date.now(), status: message() }), 0));
      else requestAnimationFrame(check);
    };
    check();
  });

/** Runs in the reader frame: the wall-clock time the last step of a long article was placed and painted. */
const completeAt = () =>
  new Promise((resolve) => {
    const check = () =>
      document.querySelector('#reader .status.adding')
        ? requestAnimationFrame(check)
        : requestAnimationFrame(() => setTimeout(() => resolve(Date.now()), 0));
    check();
  });

/** Runs in the page: the content script's measures, in ms, by step. */
const contentMeasures = (prefix) =>
  Object.fromEntries(
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith(prefix))
      .map((m) => [m.name.slice(prefix.length + 1), m.duration]),
  );

async function clickToArticle(url, timeout = 60000) {
  const page = await context.newPage();
  await page.goto(url, { timeout });
  await page.bringToFront();
  const tabId = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  // The content script has run once the badge title says what the page is.
  for (
    let i = 0;
    i < 200 && !/—/.test(await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId));
    i++
  )
    await page.waitForTimeout(50);
  const content = await page.evaluate(contentMeasures, MEASURE);
  const clicked = Date.now();
  await worker.evaluate((id) => globalThis.tidyReader.toggle(id), tabId);
  let frame;
  while (!(frame = page.frames().find((f) => f.url().startsWith('chrome-extension://')))) {
    if (Date.now() - clicked > timeout) throw new Error(`no reader frame on ${url}`);
    await page.waitForTimeout(5);
  }
  const shown = await frame.evaluate(shownAt);
  const complete = await frame.evaluate(completeAt);
  // Our one task on the page's own thread after the click: the snapshot. (The Long Tasks API does
  // not report a content script's tasks to the page, so its own measure is read.)
  const pageBlocked = (await page.evaluate(contentMeasures, MEASURE)).snapshot ?? 0;
  if (process.env.DETAIL)
    console.log(
      JSON.stringify(
        { page: await page.evaluate(contentMeasures, MEASURE), reader: await frame.evaluate(contentMeasures, MEASURE) },
        (k, v) => (typeof v === 'number' ? Math.round(v) : v),
      ),
    );
  await page.close();
  return {
    ms: shown.at - clicked,
    all: complete - clicked,
    blocked: pageBlocked,
    status: shown.status,
    content: (content.detect ?? 0) + (content.tidy ?? 0),
    detect: content.detect ?? 0,
  };
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const row = (label, runs) => {
  const ms = runs.map((r) => r.ms);
  const all = runs.map((r) => r.all);
  const blocked = runs.map((r) => r.blocked);
  const content = runs.map((r) => r.content);
  const refused = runs.filter((r) => r.status).length;
  if (process.env.DETAIL)
    console.log(runs.map((r) => `${r.detect.toFixed(1)}+${(r.content - r.detect).toFixed(1)}`).join(' '));
  console.log(
    `${label.padEnd(28)} ${String(runs.length).padStart(5)}  ${quantile(ms, 0.5).toFixed(0).padStart(6)}  ${quantile(ms, 0.95).toFixed(0).padStart(6)}  ${quantile(all, 0.5).toFixed(0).padStart(8)}  ${Math.max(
      ...blocked,
    )
      .toFixed(0)
      .padStart(7)}  ${quantile(content, 0.5).toFixed(2).padStart(8)}  ${Math.max(...content)
      .toFixed(2)
      .padStart(8)}  ${refused ? `${refused} showed a message: ${runs.find((r) => r.status).status}` : ''}`,
  );
};

try {
  await clickToArticle(`${server.origin}/demo/article.html`); // a first open warms the extension's pages
  console.log(
    'Chromium, dist/chrome: click-to-article ms (median, p95; "all in": the last step of a long article placed, median; "snapshot": our task on the page\'s own thread after the click, max) and the content script\'s detect+tidy ms on load (median, max)',
  );
  console.log('page                         pages  median     p95    all in snapshot   script      max');
  const demo = [];
  for (let i = 0; i < 10; i++) demo.push(await clickToArticle(`${server.origin}/demo/article.html`));
  row('demo page (x10)', demo);
  const pages = [];
  for (const name of CORPUS) pages.push(await clickToArticle(server.origin + CORPUS_PREFIX + name));
  row(`corpus pages`, pages);
  for (const size of [100000, 300000]) {
    const runs = [];
    for (let i = 0; i < 3; i++)
      runs.push(await clickToArticle(`${server.origin}${GENERATED_PREFIX}${size}.html`, 120000));
    row(`generated ${size.toLocaleString('en')} elements (x3)`, runs);
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
