// The page snapshot the content script hands the reader (src/content/snapshot.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { SNAPSHOT_STYLE } from '../../src/core/page/dom';
import { extract, tidy } from '../../src/core/pipeline';
import { snapshotHtml } from '../../src/content/snapshot';
import { ROOT, articleHtml, page } from './helpers';

const HIDDEN = 'This paragraph is hidden by the page and must never reach the reader.';

describe('the page snapshot for the reader', () => {
  const html = articleHtml(
    `<p style="display: none">${HIDDEN}</p>
    <p style="visibility:hidden">Also hidden from view.</p>
    <p style="color: red" onclick="alert(1)" onmouseover="x()">Shown, red.</p>
    <svg><style>circle { fill: red }</style></svg>`,
    { head: '<style>p { margin: 0 }</style>' },
  );

  test('marks what inline styles hide, renames the styles, leaves handlers and style sheets behind', () => {
    const doc = page(html);
    const before = doc.documentElement.outerHTML;
    const snapshot = page(snapshotHtml(doc));
    expect(doc.documentElement.outerHTML, 'the page itself is untouched').toBe(before);

    const [hidden, invisible, shown] = [...snapshot.querySelectorAll('article p')].slice(-3);
    expect(hidden!.hasAttribute('hidden')).toBe(true);
    expect(invisible!.hasAttribute('hidden')).toBe(true);
    expect(shown!.hasAttribute('hidden')).toBe(false);
    expect(shown!.getAttribute(SNAPSHOT_STYLE)).toBe('color: red');
    expect(snapshot.querySelectorAll('[style], style').length).toBe(0);
    expect(
      [...snapshot.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()).filter((n) => n.startsWith('on')),
    ).toEqual([]);
  });

  test('a <noscript> kept as text by a page with scripts on reaches the reader as elements, disarmed the same way', () => {
    // Scripts on, as in a browser tab (the markup has none to run): the <noscript> holds one text.
    const { document } = new JSDOM(
      articleHtml(
        `<noscript><img src="/a.jpg" alt="A" style="width:10px" onerror="x()" ONLOAD="y()"><style>img{}</style></noscript>`,
      ),
      { runScripts: 'dangerously', virtualConsole: new VirtualConsole() },
    ).window;
    expect(document.querySelector('noscript')!.children.length, 'the page holds the fallback as text').toBe(0);
    const img = page(snapshotHtml(document)).querySelector('noscript img')!;
    expect(img.getAttributeNames().sort()).toEqual(['alt', SNAPSHOT_STYLE, 'src'].sort());
    expect(img.getAttribute(SNAPSHOT_STYLE)).toBe('width:10px');
    expect(img.parentElement!.querySelector('style')).toBeNull();
  });

  test('a <noscript> fallback is parsed without its handlers: parsing one would break the page’s CSP', () => {
    const { window } = new JSDOM(
      articleHtml(
        `<noscript><link rel="preload" href="/a.css" as="style" onload="this.onload=null;this.rel='stylesheet'"><a href="/x" title="a > b" onclick='go()'>x</a></noscript>`,
      ),
      { runScripts: 'dangerously', virtualConsole: new VirtualConsole() },
    );
    const parsed: string[] = [];
    const parse = window.DOMParser.prototype.parseFromString;
    window.DOMParser.prototype.parseFromString = function (markup: string, type: DOMParserSupportedType) {
      parsed.push(markup);
      return parse.call(this, markup, type);
    };
    const snapshot = snapshotHtml(window.document);
    expect(parsed.join('')).toContain('<link rel="preload" href="/a.css" as="style">');
    expect(parsed.join('')).not.toMatch(/onload|onclick/);
    expect(snapshot).not.toMatch(/onload|onclick/);
  });

  test('a paragraph the page hides is not in the article read from the snapshot', () => {
    const text = extract(page(snapshotHtml(page(html)))).text;
    expect(text).toContain('Shown, red.');
    expect(text).not.toContain(HIDDEN);
    expect(text).not.toContain('Also hidden from view.');
  });

  test('collapsed article text ("read more") is still read: a closed <details>, a box cut short by its style', () => {
    const closed = 'The second half of the story waits behind a summary that the reader opens with one click.';
    const clipped = 'The rest of the report is cut short by a fixed height until the reader asks for more of it.';
    const doc = page(
      articleHtml(`<details><summary>Read more</summary><p>${closed}</p></details>
      <div class="read-more" style="max-height: 80px; overflow: hidden"><p>${clipped}</p></div>`),
    );
    const text = extract(page(snapshotHtml(doc))).text;
    expect(text).toContain(closed);
    expect(text).toContain(clipped);
    expect(extract(doc).text).toBe(text);
  });

  // What the reader reads from the snapshot is what the CLI reads from the page: the same article
  // text and the same removals, on real pages (every 16th labelled page, so the run stays short);
  // and the same text when the content script has tidied the tab before the snapshot.
  /**
   * The page as a browser tab holds it: parsed with scripting on, so each <noscript> is one raw
   * text (jsdom parses with scripting off; its markup, re-read as that text, is what a tab holds).
   */
  const browserTab = (html: string) => {
    const tab = page(html);
    for (const el of tab.querySelectorAll('noscript')) el.textContent = Array.from(el.childNodes, sourceOf).join('');
    return tab;
  };
  /** A node as markup, text escaped (jsdom's serializer leaves text inside a <noscript> unescaped). */
  const sourceOf = (n: Node): string =>
    n.nodeType === 3
      ? (n as Text).data.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      : n.nodeType === 8
        ? `<!--${(n as Comment).data}-->`
        : (n as Element).outerHTML;
  const DIR = path.join(ROOT, 'tests/fixtures/comments/pages');
  const PAGES = readdirSync(DIR).filter((_, i) => i % 16 === 0);
  test.each(PAGES)(
    '%s: the snapshot reads as the page does, tidied or not',
    (file) => {
      const source = gunzipSync(readFileSync(path.join(DIR, file))).toString('utf8');
      const fromPage = extract(page(source));
      const fromSnapshot = extract(page(snapshotHtml(browserTab(source))));
      expect(fromSnapshot.text).toBe(fromPage.text);
      // Style sheets stay behind, so the row that counts scripts and styles may count fewer. And
      // what a <noscript> held as text is left out: jsdom writes that text back unescaped where a
      // browser escapes it (a page saved with "&lt;img" in one reads as images here only).
      const reasons = (r: typeof fromPage) =>
        r.removed
          .filter((x) => !/scripts? and styles/.test(x.reason) && !/\bnoscript\b/.test(x.selector))
          .map((x) => x.reason);
      expect(reasons(fromSnapshot)).toEqual(reasons(fromPage));

      const tab = browserTab(source);
      tidy(tab);
      expect(extract(page(snapshotHtml(tab))).text).toBe(fromPage.text);
    },
    60000,
  );
});
