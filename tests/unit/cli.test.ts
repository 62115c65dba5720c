import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers';

const CLI = path.join(ROOT, 'dist/cli.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('tidy-reader CLI (dist/cli.mjs, built by `npm run build`)', () => {
  test('is built', () => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
  });

  test('extract prints one JSON object with the article, figures and removals', () => {
    const r = run('extract', 'demo/article.html', '--url', 'https://news.example/world/iraq');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'readerable',
        'title',
        'byline',
        'siteName',
        'publishedTime',
        'lang',
        'dir',
        'excerpt',
        'html',
        'text',
        'figures',
        'removed',
        'timings',
      ]),
    );
    expect(out.readerable).toBe(true);
    expect(out.title).toBe('US to cut troops in Iraq as Baghdad takes the lead against Daesh');
    expect(out.text.split('\n\n').length).toBeGreaterThanOrEqual(9);
    // The seed's three figures, exactly; "thousands of detainees" is a count in words (COLLECTIVES).
    expect(
      out.figures.filter((f: { kind: string }) => f.kind === 'quantity').map((f: { text: string }) => f.text),
    ).toEqual(['about 2,500 troops', 'more than 900', 'fewer than 2,000', 'thousands of detainees']);
    expect(out.html).not.toMatch(/(href|src)="\/(?!\/)/); // every link and image made absolute against --url
  });

  test('tidy prints the page with the clutter cut and says what it cut on stderr', () => {
    const r = run('tidy', 'demo/article.html');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<h1>US to cut troops');
    expect(r.stdout).not.toContain('There are no comments');
    expect(r.stdout).not.toContain('<p>&nbsp;</p>');
    expect(r.stderr).toMatch(/article; cut empty comments, \d+ blank lines/);
  });

  test('a stylesheet jsdom 27.4 choked on ("border: inherit; border-color: …") does not stop extraction', () => {
    // jsdom is pinned to 27.0.0 for this: 27.4 threw "Cannot create property 'border-width' on string 'inherit'".
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tidy-cli-'));
    const file = path.join(dir, 'page.html');
    writeFileSync(
      file,
      readFileSync(path.join(ROOT, 'demo/article.html'), 'utf8').replace(
        '</style>',
        'a.btn { border: inherit; border-color: transparent; }</style>',
      ),
    );
    const r = run('extract', file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  // Saved pages come in every encoding; the CLI reads bytes and picks one as a browser does.
  test.each([
    ['windows-1252-declared.html', 'Le café du village rouvre', '420 000 €, financés aux deux tiers'],
    [
      'windows-1252-undeclared.html',
      'Le café du village rouvre',
      '« C’est une renaissance », a déclaré la maire, Hélène Dupré',
    ],
    ['shift_jis.html', '都立図書館、夜九時まで開館へ', '回答者の約三分の二が夜間の利用を希望していた'],
  ])('reads %s in its own encoding', (file, title, sentence) => {
    const r = run('extract', `tests/fixtures/encoding/${file}`);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.title).toBe(title);
    expect(out.text).toContain(sentence);
  });

  test('tidy prints UTF-8 and says so in the page, whatever the file was saved in', () => {
    const r = run('tidy', 'tests/fixtures/encoding/shift_jis.html');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<meta charset="utf-8">');
    expect(r.stdout).toContain('東京都は一日');
  });

  test('a UTF-8 file that declares no encoding is read as UTF-8, not as windows-1252', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tidy-cli-'));
    const file = path.join(dir, 'plain.html');
    writeFileSync(
      file,
      '<html><body><h1>Crème brûlée</h1><p>Un dessert à la française, servi tiède — ou froid.</p></body></html>',
    );
    const out = JSON.parse(run('extract', file).stdout);
    expect(out.text).toContain('Un dessert à la française, servi tiède — ou froid.');
  });

  test('extract says readerable: false for a page that is not an article, and still prints what it found', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tidy-cli-'));
    const file = path.join(dir, 'shop.html');
    const description =
      '<p>A sturdy oak table with a hand-oiled finish, seating six, made to order in our workshop and delivered within three weeks of your order.</p>';
    writeFileSync(
      file,
      `<html><head><meta property="og:type" content="product"></head><body><h1>Oak table</h1>${description.repeat(3)}<button>Add to cart</button></body></html>`,
    );
    const r = run('extract', file);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.readerable).toBe(false);
    expect(out.text).toContain('hand-oiled finish');
  });

  test.each([
    [['extract', 'no/such/file.html'], 1, /cannot read no\/such\/file.html: no such file/],
    [['extract', 'demo'], 1, /is a directory/],
    [['extract'], 2, /missing FILE/],
    [['extract', 'demo/article.html', '--bogus'], 2, /unknown flag --bogus/],
    [['extract', 'demo/article.html', '--url'], 2, /--url needs a value/],
    [['extract', 'demo/article.html', '--url', 'not a url'], 2, /not a valid URL/],
    [['frobnicate'], 2, /unknown command 'frobnicate'/],
  ])('%j → exit %i, one clear line, no stack trace', (args, code, message) => {
    const r = run(...args);
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});

describe('npm start (scripts/demo.mjs) without a browser', () => {
  test.each([
    [
      [],
      'CHROMIUM_BIN',
      /^npm start needs chromium at \/nonexistent\/browser: install it with `sudo apt-get install chromium`/,
    ],
    [
      ['--firefox'],
      'FIREFOX_BIN',
      /^npm start needs firefox-esr at \/nonexistent\/browser: install it with `sudo apt-get install firefox-esr`/,
    ],
  ])('%j says in one line what to install and exits non-zero', (flags, variable, message) => {
    const r = spawnSync(process.execPath, ['scripts/demo.mjs', ...flags], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, [variable]: '/nonexistent/browser' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
