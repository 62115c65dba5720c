import { describe, expect, test } from 'vitest';
import { importSanitized, sanitizeInPlace } from '../../src/core/sanitize';

import { extract } from '../../src/core/pipeline';
import { articleHtml, page, sanitizedMarkup } from './helpers';
import { NOT_SHOWN } from '../../src/core/page/tags';

const clean = sanitizedMarkup;

describe('sanitize removes what could run or leak', () => {
  test.each([
    ['script tags', '<p>a</p><script>alert(1)</script>', /<script/i],
    ['event handlers', '<img src="x.png" onerror="alert(1)">', /onerror/i],
    ['javascript: links', '<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['vbscript: links', '<a href="vbscript:msgbox(1)">x</a>', /vbscript:/i],
    ['data: links', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /href="data:/i],
    ['iframes with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', /iframe|srcdoc/i],
    ['forms and inputs', '<form action="/x"><input name="q"><button>go</button></form>', /<form|<input|<button/i],
    [
      'style elements and attributes',
      '<style>body{background:url(x)}</style><p style="background:url(javascript:x)">a</p>',
      /style/i,
    ],
    [
      'base, meta and link',
      '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=x"><link rel="stylesheet" href="x.css">',
      /<base|<meta|<link/i,
    ],
    [
      'SVG script tricks',
      '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      /script|javascript/i,
    ],
    ['DOM clobbering ids', '<img id="document" name="createElement" src="a.png">', /\b(?:id|name)="(?!user-content-)/i],
    ['data attributes the reader does not use', '<p data-x="1" data-figure="money">a</p>', /data-x/],
  ])('%s', (_name, input, forbidden) => {
    expect(clean(input)).not.toMatch(forbidden);
  });
});

describe('sanitize keeps the article', () => {
  test('figures, links, images, tables and code survive', () => {
    const out = clean(
      '<p>Cost <mark data-figure="money">$4.3 billion</mark>, <a href="https://a.example/x">link</a></p><figure><img src="https://a.example/i.png" alt="A"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><pre><code>x = 1</code></pre><img src="data:image/png;base64,iVBORw0KGgo=">',
    );
    expect(out).toContain('<mark data-figure="money">$4.3 billion</mark>');
    expect(out).toContain('<a href="https://a.example/x" target="_top" rel="noopener noreferrer">link</a>');
    expect(out).toContain('<img src="https://a.example/i.png" alt="A">');
    expect(out).toContain('<figcaption>Cap</figcaption>');
    expect(out).toContain('<td>1</td>');
    expect(out).toContain('<pre><code>x = 1</code></pre>');
    expect(out).toContain('src="data:image/png;base64,');
  });

  test("importSanitized gives copies of a sanitized article's nodes in another document (the reader's)", () => {
    const from = page('<body></body>');
    const article = from.createElement('div');
    article.append(
      from.createRange().createContextualFragment('<p onclick="x()">Hi <mark data-figure="percent">3%</mark></p>'),
    );
    const clean = sanitizeInPlace(article, from.defaultView! as unknown as Window);
    const to = page('<body></body>');
    to.body.append(importSanitized(clean, to));
    expect(to.body.innerHTML).toBe('<p>Hi <mark data-figure="percent">3%</mark></p>');
    expect(to.body.firstElementChild!.ownerDocument).toBe(to);
    expect(clean.innerHTML).toBe(to.body.innerHTML); // copies: the article itself stays for its markup
  });
});

describe("sanitizeInPlace (the pipeline's article, detached from its page)", () => {
  test('cleans the element where it is, with the same allow-list', () => {
    const doc = page('<body></body>');
    const article = doc.createElement('div');
    article.setAttribute('id', 'readability-page-1');
    article.append(
      doc
        .createRange()
        .createContextualFragment(
          '<p onclick="x()">Story <a href="javascript:alert(1)">link</a></p><script>bad()</script><img src="a.jpg" onerror="x()">',
        ),
    );
    expect(sanitizeInPlace(article, doc.defaultView! as unknown as Window)).toBe(article);
    expect(article.outerHTML).toBe(
      '<div id="user-content-readability-page-1"><p>Story <a>link</a></p><img src="a.jpg"></div>',
    );
  });
  test('refuses an element still in a document: it would sanitize the live page', () => {
    const doc = page('<body><div id="x"><p>Story</p></div></body>');
    expect(() =>
      sanitizeInPlace(doc.getElementById('x') as HTMLElement, doc.defaultView! as unknown as Window),
    ).toThrow(/detached/);
  });
});

describe('NOT_SHOWN (dom.ts) is what the sanitizer drops with its content', () => {
  // The article's text and figures are read before it is sanitized, and skip these elements:
  // each must really be dropped, content and all, or the text would hold words the reader never shows.
  const inside = (tag: string) =>
    tag === 'svg' || tag === 'math' ? `<${tag}><desc>hidden 42%</desc></${tag}>` : `<${tag}>hidden 42%</${tag}>`;
  test.each([...NOT_SHOWN].filter((t) => t !== 'PLAINTEXT').map((t) => t.toLowerCase()))('<%s>', (tag) => {
    expect(clean(`<p>shown ${inside(tag)} text</p>`)).not.toContain('hidden');
  });
  test('<plaintext> (it swallows the rest of the page, so it goes last)', () => {
    expect(clean('<p>shown</p><plaintext>hidden 42%')).not.toContain('hidden');
  });

  test('the text and figures of an extract leave out what its html does not show', () => {
    const r = extract(
      page(
        articleHtml(
          '<p>The plan costs $4.3 billion<svg><text>hidden 51%</text></svg><noscript>hidden 77%</noscript> over 12 years.</p>',
        ),
      ),
    );
    expect(r.html).not.toContain('hidden');
    expect(r.text).not.toContain('hidden');
    expect(r.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['$4.3 billion']));
    expect(r.figures.some((f) => /51|77/.test(f.text))).toBe(false);
  });
});
