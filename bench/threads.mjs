#!/usr/bin/env node
// Thread wins on dragnet-dev (blogs and news above long comment threads): pages where the thread
// or a sidebar beats the post, i.e. our F1 < 0.2 where Readability's is ≥ 0.6, side by side with
// Readability in one run, with the shared metric (../shared/bench/metric.mjs, the Zyte benchmark's
// per-page F1). The pages split into a half we tune on and a half we only check, by the first hex
// digit of sha1(id), as the labelled comment pages do.
//
// jsdom keeps too much of 700 parsed pages alive for one heap (the shared scorer's one-process run
// ran out of memory at 8 GB), so the pages go in shards of SHARD, each its own process, two at a time.
// Usage: node bench/threads.mjs [--verbose]   (a shard: node bench/threads.mjs --shard FROM TO)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { ROOT, SHARED, parse, release, requireCorpus } from './lib.mjs';

const CORPUS = path.join(SHARED, 'corpus/dragnet-dev');
/** A thread "wins" when we are this poor … */
const LOST = 0.2;
/** … where Readability is at least this good. */
const FOUND = 0.6;
const SHARD = 60;

requireCorpus(CORPUS);
const truth = JSON.parse(readFileSync(path.join(CORPUS, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(truth);
const halfOf = (id) => (parseInt(createHash('sha1').update(id).digest('hex')[0], 16) < 8 ? 'tune' : 'check');

async function shard(from, to) {
  const { stringShingleMatching } = await import(pathToFileURL(path.join(SHARED, 'bench/metric.mjs')).href);
  const { extract } = await import(pathToFileURL(path.join(ROOT, 'dist/tidy-reader.mjs')).href);
  const f1 = (t, p) => {
    const [tp, fp, fn] = stringShingleMatching(t, p);
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  };
  for (const id of ids.slice(from, to)) {
    const url = truth[id].url || 'https://example.com/';
    const html = gunzipSync(readFileSync(path.join(CORPUS, 'html', `${id}.html.gz`))).toString('utf8');
    // Each engine gets its own fresh parse, as in the shared scorer (both change the document).
    const text = async (engine) => {
      const doc = parse(html, url);
      try {
        return engine(doc) ?? '';
      } catch {
        return '';
      } finally {
        await release(doc);
      }
    };
    const readability = f1(truth[id].articleBody, await text((d) => new Readability(d).parse()?.textContent));
    const ours = f1(truth[id].articleBody, await text((d) => extract(d, { url, consume: true }).text));
    process.stdout.write(`${JSON.stringify({ id, readability, ours })}\n`);
    globalThis.gc?.();
  }
}

function runShard(from, to) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=4096', process.argv[1], '--shard', String(from), String(to)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) =>
      code
        ? reject(new Error(`shard ${from}–${to} exited ${code}`))
        : resolve(
            out
              .trim()
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l)),
          ),
    );
  });
}

async function main() {
  const starts = Array.from({ length: Math.ceil(ids.length / SHARD) }, (_, i) => i * SHARD);
  const rows = [];
  for (let i = 0; i < starts.length; i += 2) {
    const pair = starts.slice(i, i + 2).map((s) => runShard(s, s + SHARD));
    for (const r of await Promise.all(pair)) rows.push(...r);
  }
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const verbose = process.argv.includes('--verbose');
  console.log(`thread wins on dragnet-dev: ours < ${LOST} where Readability ≥ ${FOUND} (per-page F1)`);
  console.log('half    pages  Readability mean F1  ours mean F1  thread wins  the reverse');
  for (const half of ['tune', 'check']) {
    const pages = rows.filter((r) => halfOf(r.id) === half);
    const wins = pages.filter((r) => r.ours < LOST && r.readability >= FOUND);
    // The other way round: pages where Readability returns the thread and we do not.
    const theirs = pages.filter((r) => r.readability < LOST && r.ours >= FOUND);
    const cells = [
      pages.length,
      mean(pages.map((r) => r.readability)).toFixed(3),
      mean(pages.map((r) => r.ours)).toFixed(3),
      wins.length,
      theirs.length,
    ];
    console.log(`${half.padEnd(6)}  ${[5, 19, 12, 11, 11].map((w, i) => String(cells[i]).padStart(w)).join('  ')}`);
    if (verbose || half === 'tune')
      for (const r of wins)
        console.log(`  ${r.id}: ours ${r.ours.toFixed(2)}, Readability ${r.readability.toFixed(2)}`);
  }
}

if (process.argv[2] === '--shard') await shard(Number(process.argv[3]), Number(process.argv[4]));
else await main();
