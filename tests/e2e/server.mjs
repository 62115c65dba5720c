// A static server on 127.0.0.1 for the end-to-end tests: serves demo/ and tests/fixtures/, the
// hostile page (every payload of tests/fixtures/hostile/cases.mjs), and logs every path asked for.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigArticle } from '../fixtures/big-page.mjs';
import { hostilePage } from '../fixtures/hostile/cases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROUTES = { '/demo/': 'demo', '/fixtures/': 'tests/fixtures' };
const TYPES = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };

export const HOSTILE_PATH = '/hostile/page.html';

// Pages served under the strictest policy a site sends: the content script, and the module it
// loads on article pages (tidy.js), must work regardless (CSP3 §7: policies do not bind extensions).
const STRICT_CSP_PATHS = new Set(['/fixtures/pages/wordpress-reply.html']);
// (Inline styles stay allowed: Firefox serializes a blocked style attribute as style="", and the
// test compares the page after undo with the page parsed without this header.)
const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self'";

/**
 * Real pages from the development corpora (the labelled fixtures, gzipped), served as saved pages:
 * their own scripts never run and nothing loads from other hosts, as when the CLI reads the file.
 */
export const CORPUS_PREFIX = '/corpus/';
/** The saved pages: the labelled fixtures, gzipped. */
export const CORPUS_DIR = path.join(root, 'tests/fixtures/comments/pages');
const SAVED_PAGE_CSP = "default-src 'self' data: 'unsafe-inline'; script-src 'none'";
/** Fixtures that embed other sites' frames: served as saved pages too, so the page itself loads none of them. */
const NO_FOREIGN_PATHS = new Set(['/fixtures/pages/embeds.html']);

/** Generated long articles: `/generated/300000.html` has about 300,000 elements (tests/fixtures/big-page.mjs). */
export const GENERATED_PREFIX = '/generated/';

export async function startServer() {
  const log = [];
  let origin = '';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(url.pathname);
    if (url.pathname === HOSTILE_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostilePage(origin));
      return;
    }
    if (url.pathname.startsWith(CORPUS_PREFIX)) {
      const name = path.basename(url.pathname);
      readFile(path.join(CORPUS_DIR, `${name}.gz`)).then(
        (gz) =>
          res
            .writeHead(200, { 'content-type': TYPES['.html'], 'content-security-policy': SAVED_PAGE_CSP })
            .end(gunzipSync(gz)),
        () => res.writeHead(404).end('not found'),
      );
      return;
    }
    const size = url.pathname.startsWith(GENERATED_PREFIX) && Number(path.basename(url.pathname, '.html'));
    if (size) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(bigArticle(size));
      return;
    }
    const prefix = Object.keys(ROUTES).find((p) => url.pathname.startsWith(p));
    const rel = prefix && path.normalize(url.pathname.slice(prefix.length));
    if (!prefix || !rel || rel.startsWith('..')) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(path.join(root, ROUTES[prefix], rel));
      const policy = STRICT_CSP_PATHS.has(url.pathname)
        ? STRICT_CSP
        : NO_FOREIGN_PATHS.has(url.pathname)
          ? SAVED_PAGE_CSP
          : null;
      const csp = policy ? { 'content-security-policy': policy } : {};
      res.writeHead(200, { 'content-type': TYPES[path.extname(rel)] ?? 'application/octet-stream', ...csp }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Paths asked for since the last call (and clears the log). */
    takeLog: () => log.splice(0),
    close: () => new Promise((r) => server.close(r)),
  };
}
