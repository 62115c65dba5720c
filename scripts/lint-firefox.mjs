#!/usr/bin/env node
// `web-ext lint` on dist/firefox: fails on any error, and on any warning but two known ones: the one
// a single cross-browser manifest must cause (Firefox ignores background.service_worker), and the
// linter's false positive on the content script's import(runtime.getURL('tidy.js')) of the
// extension's own module (mozilla/addons-linter#4686), allowed in content.js and nowhere else.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ALLOWED_WARNINGS = [
  { code: 'BACKGROUND_SERVICE_WORKER_IGNORED' },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'content.js', message: /call to import/ },
];
const allowed = (w) =>
  ALLOWED_WARNINGS.some(
    (a) => a.code === w.code && (!a.file || a.file === w.file) && (!a.message || a.message.test(w.message)),
  );
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webExt = path.join(root, 'node_modules/web-ext/bin/web-ext.js');
const run = spawnSync(
  process.execPath,
  [webExt, 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'],
  { cwd: root, encoding: 'utf8' },
);
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint gave no report:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
const bad = [...report.errors, ...report.warnings.filter((w) => !allowed(w))];
for (const m of [...report.errors, ...report.warnings, ...report.notices])
  console.log(`${m._type ?? ''} ${m.code}: ${m.message} ${m.file ?? ''}`);
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.summary.warnings - bad.length + report.errors.length} expected), ${report.summary.notices} notices`,
);
process.exit(bad.length ? 1 : 0);
