#!/usr/bin/env node
// Huge and hostile-sized pages: a 100,000-element page, 5,000-deep nesting, a 10 MB HTML file,
// and a page with many iframes and shadow roots. For each, detect, tidy (find + declutter), our
// extract and @mozilla/readability's parse, side by side: time, peak memory, and how it ended
// (done, bailed out, or stopped with a message). Each (page, step) runs in its own Node process so
// its peak resident memory (maxRSS) is its own; the peak over parsing the page alone is reported.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { detect, extract, tidy } from '../dist/tidy-reader.mjs';
import { fmt, parse } from './lib.mjs';

const SENTENCE =
  'The council approved the new transport plan on Monday after a long debate about the cost of the tram line. ';
const para = (n = 3) => `<p>${SENTENCE.repeat(n)}</p>`;
const ARTICLE = `<h1>Council backs tram plan</h1>${para().repeat(12)}`;
const wrap = (body, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>Council backs tram plan</title>${head}</head><body>${body}</body></html>`;

/** name → [what it is, a function making its HTML, and how to finish it once parsed (shadow roots)]. */
const PAGES = {
  '100k-elements': [
    'an article amid 100,000 elements (a 2,000-link menu and 24,000 teaser cards)',
    () =>
      wrap(
        `<nav>${'<a href="/s">Section</a>'.repeat(2000)}</nav><main><article>${ARTICLE}</article></main>` +
          `<aside>${'<div class="card"><a href="/x"><img src="/i.png" alt=""></a><span>Teaser</span></div>'.repeat(24000)}</aside>` +
          `<div id="comments"><p>No comments yet</p></div>`,
      ),
  ],
  'nesting-5000': [
    'an article at the bottom of 5,000 nested divs',
    () => wrap(`${'<div>'.repeat(5000)}<article>${ARTICLE}</article>${'</div>'.repeat(5000)}`),
  ],
  'html-10mb': [
    'a 10 MB page: an article of 30,000 paragraphs',
    () => {
      const html = wrap(
        `<article><h1>Council backs tram plan</h1>${para().repeat(30000)}</article>${'<p>&nbsp;</p>'.repeat(20)}`,
      );
      return html;
    },
  ],
  'frames-shadows': [
    'an article with 1,000 iframes and 1,000 shadow roots',
    () =>
      wrap(
        `<article>${ARTICLE}${'<iframe src="about:blank" title="ad"></iframe>'.repeat(1000)}${'<div class="host"></div>'.repeat(1000)}</article>`,
      ),
    (doc) => {
      for (const host of doc.querySelectorAll('.host'))
        host
          .attachShadow({ mode: 'open' })
          .append(Object.assign(doc.createElement('p'), { textContent: 'Shadow text' }));
    },
  ],
};

const STEPS = {
  parse: () => null,
  detect: (doc) => {
    const r = detect(doc);
    return r.bailedOut ? 'bailed out (element limit)' : `done (${r.isArticle ? 'article' : 'not an article'})`;
  },
  tidy: (doc) => {
    const r = tidy(doc);
    return `done (${r.removedElements} elements cut)`;
  },
  extract: (doc) => `done (${extract(doc).wordCount.toLocaleString('en')} words)`,
  readability: (doc) => {
    const r = new Readability(doc).parse();
    return `done (${(r?.textContent ?? '').split(/\s+/).filter(Boolean).length.toLocaleString('en')} words)`;
  },
};

/** Child: build and parse one page, run one step, print {ms, outcome, maxRssMb, parseRssMb, bytes}. */
function child(pageName, step) {
  const [, make, finish] = PAGES[pageName];
  const html = make();
  const doc = parse(html, 'https://news.example/story');
  finish?.(doc);
  globalThis.gc?.();
  const parseRssMb = process.resourceUsage().maxRSS / 1024;
  const t = performance.now();
  let outcome;
  try {
    outcome = STEPS[step](doc) ?? 'done';
  } catch (e) {
    outcome = `stopped: ${e.message.slice(0, 120)}`;
  }
  const ms = performance.now() - t;
  console.log(
    JSON.stringify({
      ms,
      outcome,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      parseRssMb,
      bytes: html.length,
      elements: doc.getElementsByTagName('*').length,
    }),
  );
}

const TIMEOUT_MS = 180_000;

function main() {
  console.log('page              step          time (ms)   peak memory over the parsed page (MB)   outcome');
  for (const [name, [about]] of Object.entries(PAGES)) {
    let header = false;
    for (const step of Object.keys(STEPS)) {
      const r = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          '--max-old-space-size=8192',
          '--stack-size=984',
          fileURLToPath(import.meta.url),
          '--child',
          name,
          step,
        ],
        { encoding: 'utf8', timeout: TIMEOUT_MS },
      );
      const line = r.stdout.trim().split('\n').at(-1);
      let res;
      try {
        res = JSON.parse(line);
      } catch {
        res = {
          ms: NaN,
          outcome: r.error
            ? `killed after ${TIMEOUT_MS / 1000} s`
            : `crashed: ${
                (r.stderr || '')
                  .trim()
                  .split('\n')
                  .find((l) => /Error/.test(l)) ?? r.status
              }`,
        };
      }
      if (!header) {
        console.log(
          `\n${name}: ${about}; ${fmt((res.bytes ?? 0) / 1e6, 1)} MB of HTML, ${(res.elements ?? 0).toLocaleString('en')} elements, ${fmt(res.parseRssMb, 0)} MB resident once parsed`,
        );
        header = true;
      }
      if (step === 'parse') continue;
      const extra = res.maxRssMb - res.parseRssMb;
      console.log(
        `${''.padEnd(18)}${step.padEnd(14)}${fmt(res.ms, 1).padStart(9)}   ${fmt(Math.max(0, extra), 0).padStart(37)}   ${res.outcome}`,
      );
    }
  }
}

if (process.argv[2] === '--child') child(process.argv[3], process.argv[4]);
else main();
