// Shared by the benchmarks: the corpora in ../shared/corpus, page loading, timing helpers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.TIDY_SHARED ?? path.resolve(ROOT, '../shared');
export const ZYTE = path.join(SHARED, 'corpus/zyte-dev');
export const READABILITY_PAGES = path.join(SHARED, 'corpus/readability-pages');

export function requireCorpus(dir) {
  if (!existsSync(dir)) {
    console.error(`corpus not found: ${dir} (set TIDY_SHARED to the shared folder)`);
    process.exit(1);
  }
}

export const parse = (html, url) => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;

/**
 * Closes a parsed page's window and lets the event loop turn: jsdom frees a closed window only
 * then, so a loop that never yields keeps every page it parsed (about 4.5 MB each).
 */
export async function release(doc) {
  doc?.defaultView?.close();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** zyte-dev pages: {id, url, html, truth} with the ground-truth article body. */
export function* zytePages() {
  const gt = JSON.parse(readFileSync(path.join(ZYTE, 'ground-truth.json'), 'utf8'));
  for (const [id, { url, articleBody }] of Object.entries(gt)) {
    yield {
      id,
      url,
      html: gunzipSync(readFileSync(path.join(ZYTE, 'html', `${id}.html.gz`))).toString('utf8'),
      truth: articleBody,
    };
  }
}

/** readability-pages: {id, url, html, expectedHtml, meta}. Readability's tests parse them at this url. */
export function* readabilityPages() {
  for (const id of readdirSync(READABILITY_PAGES).sort()) {
    const dir = path.join(READABILITY_PAGES, id);
    if (!existsSync(path.join(dir, 'source.html'))) continue;
    yield {
      id,
      url: 'http://fakehost/test/page.html',
      html: readFileSync(path.join(dir, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(path.join(dir, 'expected.html'), 'utf8'),
      meta: JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')),
    };
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

/** Times fn() once after a forced GC when node runs with --expose-gc. */
export function timed(fn) {
  globalThis.gc?.();
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

export const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');
