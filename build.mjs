#!/usr/bin/env node
// Builds everything from one source: dist/chrome and dist/firefox (the same files, loadable
// unpacked in either browser), their zips for the stores, and the Node entry points
// (dist/tidy-reader.mjs, dist/cli.mjs), plus dist/test-hooks for the end-to-end tests. Usage: node build.mjs
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipDirectory } from './scripts/zip.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Extension bundles: one per context. Classic scripts (IIFE): content scripts and Firefox's
 * background page cannot be modules. The reader bundle loads only with reader.html, on click. */
const EXTENSION_ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  reader: 'src/reader/index.ts',
  options: 'src/options/index.ts',
};
/** Static files copied as they are. */
const STATIC = [
  'src/reader/reader.html',
  'src/reader/reader.css',
  'src/options/options.html',
  'src/options/options.css',
];
const ICON_SIZES = [16, 32, 48, 128];
/** The reader's dyslexia-friendly font (@fontsource/opendyslexic, SIL Open Font License 1.1), with its licence. */
const FONT_DIR = 'node_modules/@fontsource/opendyslexic';
const FONT_FILES = [
  'files/opendyslexic-latin-400-normal.woff2',
  'files/opendyslexic-latin-700-normal.woff2',
  'LICENSE',
];

async function buildExtension(outdir, { testHooks = false } = {}) {
  const common = {
    bundle: true,
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"', __TEST_HOOKS__: String(testHooks) },
    logLevel: 'warning',
  };
  await build({ ...common, entryPoints: EXTENSION_ENTRIES, outdir, format: 'iife' });
  // The content script's second half, imported by URL on article pages only: an ES module.
  await build({
    ...common,
    entryPoints: { tidy: 'src/content/tidy.ts', pick: 'src/content/pick.ts' },
    outdir,
    format: 'esm',
  });
  for (const f of STATIC) cpSync(path.join(root, f), path.join(outdir, path.basename(f)));
  cpSync(path.join(root, '_locales'), path.join(outdir, '_locales'), { recursive: true });
  mkdirSync(path.join(outdir, 'fonts'), { recursive: true });
  for (const f of FONT_FILES) {
    const name = f === 'LICENSE' ? 'OpenDyslexic-LICENSE.txt' : path.basename(f);
    cpSync(path.join(root, FONT_DIR, f), path.join(outdir, 'fonts', name));
  }
  mkdirSync(path.join(outdir, 'icons'), { recursive: true });
  for (const s of ICON_SIZES) cpSync(path.join(root, `icons/icon-${s}.png`), path.join(outdir, `icons/icon-${s}.png`));
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  manifest.version = pkg.version;
  writeFileSync(path.join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function buildNode() {
  const common = {
    define: { __TEST_HOOKS__: 'false' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
  };
  await build({ ...common, entryPoints: ['src/cli/module.ts'], outfile: 'dist/tidy-reader.mjs' });
  await build({
    ...common,
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.mjs',
    external: ['jsdom'],
    banner: { js: '#!/usr/bin/env node' },
  });
}

rmSync(dist, { recursive: true, force: true });
const chrome = path.join(dist, 'chrome');
await buildExtension(chrome);
// One build for both browsers: the Firefox folder is the very same files.
cpSync(chrome, path.join(dist, 'firefox'), { recursive: true });
zipDirectory(chrome, path.join(dist, 'tidy-reader-chrome.zip'));
zipDirectory(path.join(dist, 'firefox'), path.join(dist, 'tidy-reader-firefox.zip'));
// The end-to-end test build: the same code plus the page relay that lets the Firefox test
// press the toolbar button (src/content/test-relay.ts). Never zipped, never shipped.
await buildExtension(path.join(dist, 'test-hooks'), { testHooks: true });
await buildNode();
console.log('built dist/chrome, dist/firefox, their zips, dist/tidy-reader.mjs and dist/cli.mjs');
