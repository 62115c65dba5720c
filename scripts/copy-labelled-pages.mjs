#!/usr/bin/env node
// Copies the page of every label in tests/fixtures/comments/labels from the shared corpora into
// tests/fixtures/comments/pages (gzipped, byte for byte), so the fixtures run without the corpora.
// Usage: node scripts/copy-labelled-pages.mjs [SHARED_DIR]
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.argv[2] ?? process.env.TIDY_SHARED ?? path.resolve(root, '../shared');
const fixtures = path.join(root, 'tests/fixtures/comments');
mkdirSync(path.join(fixtures, 'pages'), { recursive: true });
let copied = 0;
for (const f of readdirSync(path.join(fixtures, 'labels')).filter((n) => n.endsWith('.json'))) {
  const { page } = JSON.parse(readFileSync(path.join(fixtures, 'labels', f), 'utf8'));
  const [corpus, id] = page.split('/');
  const out = path.join(fixtures, 'pages', `${corpus}--${id}.html.gz`);
  if (existsSync(out)) continue;
  const src =
    corpus === 'readability-pages'
      ? path.join(shared, 'corpus', corpus, id, 'source.html')
      : path.join(shared, 'corpus', corpus, 'html', `${id}.html.gz`);
  const bytes = readFileSync(src);
  writeFileSync(out, src.endsWith('.gz') ? bytes : gzipSync(bytes, { level: 9 }));
  copied++;
}
console.log(`copied ${copied} pages into ${path.relative(root, path.join(fixtures, 'pages'))}`);
