// Invariants of the codebase, checked on every `npm test` (Defuddle's scripts/check-* idea).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ROOT, readRepoFile } from './helpers';

function files(dir: string, ext = /\.ts$/): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(ROOT, rel)).isDirectory() ? files(rel, ext) : ext.test(name) ? [rel] : [];
  });
}
const SOURCES = files('src');
/** The relay's message, read from its source (importing it would load webextension-polyfill). */
const TEST_MESSAGE = /TEST_MESSAGE = '([^']+)'/.exec(readRepoFile('src/content/test-relay.ts'))![1]!;
const TEST_PROBLEMS = /TEST_PROBLEMS = '([^']+)'/.exec(readRepoFile('src/reader/test-problems.ts'))![1]!;
const TEST_SPOKEN = /TEST_SPOKEN = '([^']+)'/.exec(readRepoFile('src/reader/test-voices.ts'))![1]!;

/** The one sanitising module may parse and serialize markup. */
const SANITIZER = 'src/core/sanitize.ts';
/** Reads of page markup allowed elsewhere, each with its reason. */
const MARKUP_READS: Record<string, string> = {
  'src/content/snapshot.ts': 'the page snapshot handed to the reader, which parses it inertly and sanitizes it',
};

describe('raw HTML stays in the sanitising module', () => {
  test.each(SOURCES.filter((f) => f !== SANITIZER))('%s writes no raw HTML and builds no code', (file) => {
    const src = readRepoFile(file);
    expect(src).not.toMatch(/\.(inner|outer)HTML\s*(\+?=)(?!=)/);
    expect(src).not.toMatch(
      /insertAdjacentHTML|document\.write\(|new Function\(|\beval\(|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe/,
    );
    if (!(file in MARKUP_READS)) expect(src).not.toMatch(/\.(inner|outer)HTML\b/);
  });
});

describe('the content script never throws into a page', () => {
  // The test relay is compiled out of what ships; everything else hands the browser guarded callbacks.
  test.each(files('src/content').filter((f) => !f.endsWith('test-relay.ts') && !f.endsWith('guard.ts')))(
    '%s passes only guarded callbacks to timers, observers and listeners',
    (file) => {
      const src = readRepoFile(file);
      const calls = [
        ...src.matchAll(
          /(?:setTimeout|setInterval|requestAnimationFrame|new MutationObserver)\(([^,)]*)|addEventListener\('[\w-]+',\s*([^,)]*)/g,
        ),
      ];
      for (const m of calls) {
        const callback = (m[1] ?? m[2] ?? '').trim();
        // Either wrapped right there, or a named handler that was itself defined as guarded(...).
        const ok = callback.startsWith('guarded(') || new RegExp(`const ${callback} = guarded\\(`).test(src);
        expect(ok, `${m[0]} in ${file}`).toBe(true);
      }
    },
  );
});

describe('boundaries', () => {
  test.each(files('src/core'))('%s (core) imports nothing from the extension contexts', (file) => {
    const imports = [...readRepoFile(file).matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    for (const i of imports) expect(i).not.toMatch(/background|content|reader|options|shared|webextension-polyfill/);
  });

  test.each(SOURCES)('%s makes no network request of its own', (file) => {
    expect(readRepoFile(file)).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/);
  });
});

describe('the built extension (npm run build)', () => {
  const shipped = ['chrome', 'firefox'].flatMap((b) => files(`dist/${b}`, /\.(js|html)$/));

  // Every page pays for the content script; the finders and the comment model are tidy.js, which
  // only article pages import (content.js 8.1 KB, tidy.js 9.4 KB gzipped when they were split).
  test('the content script stays within 12 KB gzipped', () => {
    const size = gzipSync(readFileSync(path.join(ROOT, 'dist/chrome/content.js')), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(12 * 1024);
  });

  test.each(shipped)('%s carries no end-to-end test relay or problem list', (file) => {
    const src = readRepoFile(file);
    expect(src).not.toContain(TEST_MESSAGE);
    expect(src).not.toContain(TEST_PROBLEMS);
    expect(src, 'the test-only fake voices').not.toContain(TEST_SPOKEN);
    expect(src, 'the test-only badge read').not.toMatch(/getBadgeText\(\{/);
  });

  test.each(shipped.filter((f) => f.endsWith('.html')))('%s loads no remote code and no inline script', (file) => {
    const src = readRepoFile(file);
    expect(src).not.toMatch(/<script(?![^>]*\bsrc="[\w.-]+\.js")/);
    expect(src).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  test("every font the reader's style sheet names ships with it, and so does its licence", () => {
    for (const b of ['chrome', 'firefox']) {
      const css = readRepoFile(`dist/${b}/reader.css`);
      const fonts = [...css.matchAll(/url\('(fonts\/[^']+)'\)/g)].map((m) => m[1]!);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(statSync(path.join(ROOT, `dist/${b}`, f)).size).toBeGreaterThan(10_000);
      expect(readRepoFile(`dist/${b}/fonts/OpenDyslexic-LICENSE.txt`)).toContain('SIL Open Font License');
    }
  });

  test('the test build does carry the relay and the list (so the check above means something)', () => {
    expect(readRepoFile('dist/test-hooks/content.js')).toContain(TEST_MESSAGE);
    expect(readRepoFile('dist/test-hooks/reader.js')).toContain(TEST_PROBLEMS);
    expect(readRepoFile('dist/test-hooks/reader.js')).toContain(TEST_SPOKEN);
  });
});

describe('manifest', () => {
  const manifest = JSON.parse(readRepoFile('manifest.json'));
  const readme = readRepoFile('README.md');

  test('a strict CSP for extension pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:\/\/[^ ;]*\s*;?\s*$/);
    expect(csp).toMatch(/connect-src 'none'/);
  });

  test.each([...manifest.permissions, ...(manifest.host_permissions ?? [])])(
    'the README explains the permission %s',
    (perm) => {
      expect(readme).toMatch(new RegExp(`\`${perm.replace(/[*.]/g, '\\$&')}\``));
    },
  );

  test('one manifest for both browsers', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: expect.any(String),
      strict_min_version: expect.any(String),
      data_collection_permissions: { required: ['none'] },
    });
  });
});

describe('library patches (patches/, applied by patch-package on install)', () => {
  test('are active in the code the tests run', async () => {
    const { default: Readability } = await import('@mozilla/readability/Readability.js');
    const proto = Readability.prototype as unknown as Record<string, () => void>;
    const source = `${proto._grabArticle}${proto._unwrapNoscriptImages}`;
    expect(source).not.toContain('innerHTML =');
    expect(source).toContain('pageCache.cloneNode(true)');
  });

  test('each fits the exact version that package.json pins', () => {
    const pkg = JSON.parse(readRepoFile('package.json')) as { devDependencies: Record<string, string> };
    const patches = readdirSync(path.join(ROOT, 'patches'));
    expect(patches.length).toBeGreaterThan(0);
    for (const file of patches) {
      const [, name, version] = /^(.+)\+(\d[^+]*)\.patch$/.exec(file)!;
      expect(pkg.devDependencies[name!.replace('+', '/')], file).toBe(version);
    }
  });

  test('are active in what ships', () => {
    for (const b of ['chrome', 'firefox']) expect(readRepoFile(`dist/${b}/reader.js`)).not.toMatch(/\.innerHTML=(?!=)/);
  });
});

describe('locales (_locales/*/messages.json)', () => {
  type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
  const LOCALES = readdirSync(path.join(ROOT, '_locales'));
  const messages = (lang: string) => JSON.parse(readRepoFile(`_locales/${lang}/messages.json`)) as Messages;
  const en = messages('en');
  const placeholders = (m: { message: string }) => [...m.message.matchAll(/\$(\w+)\$/g)].map((x) => x[1]).sort();

  test('the UI is in en, fr, de, es and ar', () => {
    expect(LOCALES.sort()).toEqual(['ar', 'de', 'en', 'es', 'fr']);
    expect(JSON.parse(readRepoFile('manifest.json')).default_locale).toBe('en');
  });
  test.each(LOCALES)('%s has every message, with the same placeholders, and its own language and direction', (lang) => {
    const m = messages(lang);
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(placeholders(m[key]!), `${lang} ${key}`).toEqual(placeholders(en[key]!));
    expect(m.uiLang!.message).toBe(lang);
    expect(m.uiDir!.message).toBe(lang === 'ar' ? 'rtl' : 'ltr');
  });
  test('every message the code, the pages and the manifest ask for exists', () => {
    const sources = [...SOURCES, ...files('src', /\.html$/), 'manifest.json'].map(readRepoFile).join('\n');
    const used = new Set(
      [...sources.matchAll(/\bt\('(\w+)'|data-i18n(?:-[\w-]+)?="(\w+)"|__MSG_(\w+)__/g)].map(
        (m) => m[1] ?? m[2] ?? m[3]!,
      ),
    );
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });
});
