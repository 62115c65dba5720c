// Hostile pages: every input of tests/fixtures/hostile/cases.ts, through the sanitiser alone and
// through the whole pipeline, must come out with nothing that can run, load or clobber; rendered
// into a script-enabled document, none of it may run.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/core/pipeline';
import { parsePage, unclobber } from '../../src/core/sanitize';
import { HOSTILE_CASES, POLLUTING_JSON_LD } from '../fixtures/hostile/cases.mjs';
import { articleHtml, page, sanitizedMarkup, unsafeParts } from './helpers';

const sanitized = sanitizedMarkup;

test('the suite is big enough to mean something', () => {
  expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
});

/** Inputs that test robustness, not active content: unsafe-looking nothing, even raw. */
const INERT_RAW = new Set([
  'UTF-7 script',
  'lone surrogates and nulls',
  'unclosed tags',
  'overlong attribute',
  'a thousand nested spans',
  'script split by a null byte',
]);

test.each(HOSTILE_CASES.filter((c) => !INERT_RAW.has(c.name)))(
  'control: unsanitised, $name is caught by the checker',
  ({ html, forbidden }) => {
    const raw = page(html).documentElement.outerHTML;
    expect(unsafeParts(raw).length + (forbidden?.test(raw) ? 1 : 0)).toBeGreaterThan(0);
  },
);

describe.each(HOSTILE_CASES)('$name', ({ html, forbidden }) => {
  test('the sanitiser leaves nothing that runs, loads or clobbers', () => {
    const out = sanitized(html);
    expect(unsafeParts(out)).toEqual([]);
    if (forbidden) expect(out).not.toMatch(forbidden);
  });

  test('the whole pipeline does the same inside an article, and keeps the article', () => {
    const result = extract(page(articleHtml(`<p>${html}</p>`)));
    expect(unsafeParts(result.html)).toEqual([]);
    if (forbidden) expect(result.html).not.toMatch(forbidden);
    expect(result.text).toContain('The council approved the new transport plan');
  });

  test('rendered into a script-enabled extension page as the reader renders it (articleFor), nothing runs', async () => {
    const { window, ran } = extensionPage();
    window.document.body.append(extract(page(articleHtml(`<p>${html}</p>`))).articleFor(window.document)!);
    await new Promise((r) => setTimeout(r, 20));
    expect(ran()).toBe(0);
    window.close();
  });
});

/** A jsdom window that runs scripts, at an extension URL, counting calls of `pwn`. */
function extensionPage() {
  const dom = new JSDOM('<!DOCTYPE html><body></body>', {
    url: 'chrome-extension://tidy/reader.html',
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(),
  });
  let calls = 0;
  (dom.window as unknown as { pwn: () => void }).pwn = () => calls++;
  return { window: dom.window, ran: () => calls };
}

test('control: the harness does see a payload that runs', async () => {
  const { window, ran } = extensionPage();
  const script = window.document.createElement('script');
  script.textContent = 'if(/-extension:$/.test(location.protocol)){window.pwn&&pwn(1)}';
  window.document.body.append(script);
  await new Promise((r) => setTimeout(r, 20));
  expect(ran()).toBe(1);
  window.close();
});

describe('JSON-LD metadata cannot pollute prototypes', () => {
  test.each(POLLUTING_JSON_LD)('%s', (json) => {
    const result = extract(page(articleHtml('', { head: `<script type="application/ld+json">${json}</script>` })));
    expect(result.text).toContain('The council approved');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a page that clobbers the document it is read from', () => {
  test.each([
    '<img name="getElementsByTagName"><img name="querySelectorAll"><form name="documentElement"></form>',
    '<form id="body"></form><img name="title"><img name="cloneNode"><img name="createTreeWalker">',
    '<embed name="defaultView"><object name="location"></object><img name="head"><img name="URL">',
  ])('%s: extract still reads the article', (clobber) => {
    const result = extract(page(articleHtml(clobber, { before: clobber })));
    expect(result.text).toContain('The council approved');
    expect(unsafeParts(result.html)).toEqual([]);
  });
});

describe('unclobber (run by parsePage on every snapshot)', () => {
  test('drops exactly the names and ids that shadow a property of the document or the form', () => {
    const doc = page(
      '<body><form name="createElement"><input name="attributes"><input name="q" id="submit"></form><img name="title" src="a.png"><img name="photo" id="body"><embed name="URL"><p id="createElement">text</p></body>',
    );
    const removed = unclobber(doc, doc.defaultView!);
    const names = [...doc.querySelectorAll('[name], [id]')].map(
      (el) => `${el.localName}:${el.getAttribute('name') ?? ''}#${el.id}`,
    );
    expect(names).toEqual(['input:q#', 'img:photo#', 'p:#createElement']);
    expect(removed).toBe(6); // createElement, attributes, submit (a form method), title, body, URL
  });

  test('parsePage returns a document the pipeline can read', () => {
    const win = page('<body></body>').defaultView!;
    const doc = parsePage(articleHtml('<form name="createElement"></form><img name="querySelectorAll">'), win);
    expect(doc.querySelector('[name]')).toBeNull();
    expect(extract(doc, { window: win }).text).toContain('The council approved');
  });
});
