#!/usr/bin/env node
// npm run bench [-- NAME ...]: every benchmark, each in its own Node process (so one's heap and JIT
// state do not skew another's times), always side by side with @mozilla/readability in the same run.
// Builds first, so the numbers are for the code in the tree.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SHARED } from './lib.mjs';

const SHARED_BENCH = path.join(SHARED, 'bench');
/** The shared scorer pins its own jsdom and Readability; they are installed once into this cache. */
const SCORER_DEPS = process.env.TIDY_BENCH_DEPS ?? path.join(ROOT, 'node_modules/.cache/extract-bench');

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};

function scorerDeps() {
  const inShared = path.join(SHARED_BENCH, 'node_modules');
  if (existsSync(inShared)) return inShared;
  if (!existsSync(path.join(SCORER_DEPS, 'node_modules/jsdom'))) {
    console.log(`installing the shared scorer's pinned dependencies into ${SCORER_DEPS}`);
    mkdirSync(SCORER_DEPS, { recursive: true });
    for (const f of ['package.json', 'package-lock.json'])
      copyFileSync(path.join(SHARED_BENCH, f), path.join(SCORER_DEPS, f));
    if (run('npm', ['ci', '--silent', '--prefix', SCORER_DEPS])) throw new Error('npm ci for the shared scorer failed');
  }
  return path.join(SCORER_DEPS, 'node_modules');
}

/** The shared scorer on zyte-dev, ours (bench/extract-module.mjs) beside Readability. */
const scorer = (env = {}) =>
  run(
    'node',
    [
      '--expose-gc',
      path.join(SHARED_BENCH, 'extract-bench.mjs'),
      '--engines',
      'readability,module',
      '--module',
      path.join(ROOT, 'bench/extract-module.mjs'),
    ],
    { NODE_PATH: scorerDeps(), ...env },
  );

/** name → what it measures and how to run it. */
const BENCHES = {
  extract: {
    about:
      'article extraction on zyte-dev: F1, precision, recall, median/p95 time, ratio to Readability (shared scorer)',
    run: () => scorer(),
  },
  'extract-html': {
    about:
      'the same, with the sanitized article markup (result.html) read inside the timed call: extraction plus the sanitizer',
    run: () => scorer({ TIDY_BENCH_HTML: '1' }),
  },
  detect: {
    about:
      'article detection vs isProbablyReaderable: agreement, time ratio, labelled-set precision/recall, 100,000 elements',
    run: () => run('node', ['--expose-gc', 'bench/detect.mjs']),
  },
  figures: {
    about:
      'key figures on real article paragraphs (en, de, fr, es; tune and check halves) and our hand-written set (with ar): recall, exact bounds, precision, must-not hits; time on a 5,000-word article',
    run: () => run('node', ['--expose-gc', 'bench/figures.mjs']),
  },
  metadata: {
    about:
      'title, byline, excerpt, site name, published time, lang and dir vs readability-pages expected metadata: match rate per field, and every page that differs',
    run: () => run('node', ['bench/metadata.mjs']),
  },
  scale: {
    about:
      'a 100,000-element page, 5,000-deep nesting, a 10 MB file, 1,000 iframes and shadow roots: time, peak memory and outcome of detect, tidy, extract and Readability',
    run: () => run('node', ['bench/scale.mjs']),
  },
  comments: {
    about:
      'comment sections on the labelled real pages, per half (tune / check): empty sections cut, real comments and their forms kept, non-articles left alone, words lost, detect+tidy time',
    run: () => run('node', ['--expose-gc', 'bench/comments.mjs']),
  },
  threads: {
    about:
      'comment threads shown instead of the post on dragnet-dev, per half: mean F1 of ours and Readability, thread wins and the reverse',
    run: () => run('node', ['bench/threads.mjs']),
  },
  browser: {
    about:
      "in real browsers: the content script's work on the labelled real pages in Chromium and Firefox ESR beside isProbablyReaderable (median, p90 ms); then, in Chromium with the built extension, click-to-article time on the demo page, 50 corpus pages and generated 100,000- and 300,000-element articles, and the content script's time on their load",
    // Both, whatever the first returns: one failing must not hide the other's numbers.
    run: () => ([run('node', ['bench/browser.mjs']), run('node', ['bench/reader.mjs'])].some(Boolean) ? 1 : 0),
  },
  'tidy-corpus': {
    about: 'in-place tidy over both corpora: elements removed, ground-truth text lost (must be 0)',
    run: () => run('node', ['--expose-gc', 'bench/tidy-corpus.mjs']),
  },
};

/** A name for several: `tidy` is everything issue 17 measures about the in-place tidy, in jsdom and in browsers. */
const GROUPS = { tidy: ['comments', 'threads', 'tidy-corpus', 'browser'] };

const wanted = process.argv.slice(2).flatMap((name) => GROUPS[name] ?? [name]);
for (const name of wanted)
  if (!(name in BENCHES)) {
    console.error(
      `unknown benchmark "${name}"; known: ${[...Object.keys(BENCHES), ...Object.keys(GROUPS)].join(', ')}`,
    );
    process.exit(2);
  }
if (!existsSync(SHARED_BENCH)) {
  console.error(`shared benchmark folder not found: ${SHARED_BENCH} (set TIDY_SHARED)`);
  process.exit(1);
}
if (run('node', ['build.mjs'])) process.exit(1);
let failed = 0;
for (const [name, b] of Object.entries(BENCHES)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n# ${name}: ${b.about}`);
  const t = performance.now();
  if (b.run()) failed++;
  console.log(`(${name}: ${((performance.now() - t) / 1000).toFixed(0)} s)`);
}
process.exitCode = failed ? 1 : 0;
