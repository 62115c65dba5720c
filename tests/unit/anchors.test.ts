// In-article links: footnotes and headings' anchors work within the reader; ids stay under the sanitizer's prefix.
import { describe, expect, test } from 'vitest';
import { pointLinksWithin, pointedAt } from '../../src/core/extract/anchors';
import { findCleanup } from '../../src/core/extract/cleanup';
import { extract } from '../../src/core/pipeline';
import { articlePage, page, sanitizedMarkup } from './helpers';

const PAGE = 'https://news.example/world/story';
const article = (inner: string) => page(`<body><div id="a">${inner}</div></body>`, PAGE).getElementById('a')!;

describe('pointLinksWithin', () => {
  test('a link to a place the article holds points there, whether written as "#id" or as the page address', () => {
    const a = article(
      `<p>Text<a href="#fn1">1</a> and <a href="${PAGE}#fn2">2</a> and <a href="/world/story#fn1">again</a></p><ol><li id="fn1">One</li><li id="fn2">Two</li></ol>`,
    );
    expect(pointLinksWithin(a, PAGE)).toBe(3);
    expect(Array.from(a.querySelectorAll('a')).map((l) => l.getAttribute('href'))).toEqual(['#fn1', '#fn2', '#fn1']);
  });
  test('a "#" link to a place the article lost opens the page there; links elsewhere stay', () => {
    const a = article(
      '<p><a href="#comments">Comments</a> <a href="https://other.example/x#y">Other</a> <a href="#">Top</a></p>',
    );
    expect(pointLinksWithin(a, PAGE)).toBe(0);
    expect(Array.from(a.querySelectorAll('a')).map((l) => l.getAttribute('href'))).toEqual([
      `${PAGE}#comments`,
      'https://other.example/x#y',
      '#',
    ]);
  });
  test('old-style <a name> anchors count as places', () => {
    const a = article('<p><a href="#note">*</a></p><p><a name="note"></a>The note.</p>');
    pointLinksWithin(a, PAGE);
    expect(pointedAt(a)).toEqual(new Set(['note']));
  });
});

describe('footnotes are not boilerplate', () => {
  const PROSE =
    '<p>The council approved the new transport plan on Monday after a long debate that lasted well into the evening, with members split.</p>'.repeat(
      4,
    );
  test('a note beginning "Source:" stays when the text points at it; unpointed, the same line is a credit', () => {
    const a = article(
      `${PROSE}<p>As reported<sup><a href="#fn1">1</a></sup>.</p><ol class="footnotes"><li id="fn1"><p>Source: the council minutes. <a href="#fnref1">↩</a></p></li></ol>`,
    );
    const withoutNotes = article(`${PROSE}<ol><li><p>Source: the council minutes.</p></li></ol>`);
    expect(findCleanup(withoutNotes, null).map((c) => c.step)).toContain('credit-line');
    const cut = findCleanup(a, null).map((c) => c.node.textContent);
    expect(cut.join('|')).not.toContain('Source: the council minutes');
  });
});

describe('the sanitizer keeps ids under its prefix and points "#" links at them', () => {
  test('ids, names and in-article links', () => {
    expect(sanitizedMarkup('<p id="x"><a name="y"></a><a href="#x">up</a><a href="#">top</a></p>')).toBe(
      '<p id="user-content-x"><a name="user-content-y"></a><a href="#user-content-x">up</a><a href="#">top</a></p>',
    );
  });
  test('an id that names a global of the reader cannot clobber it', () => {
    expect(sanitizedMarkup('<p id="close">a</p><img id="createElement" name="body" src="/a.png">')).toBe(
      '<p id="user-content-close">a</p><img src="/a.png" name="user-content-body" id="user-content-createElement">',
    );
  });
});

describe('the whole path', () => {
  test('a footnote keeps its text and both of its links work within the article', () => {
    const result = extract(
      articlePage(
        '<p>The plan was first drafted in 2019<sup id="fnref1"><a href="#fn1">1</a></sup> by the city.</p><section class="footnotes"><hr><ol><li id="fn1"><p>Source: the city archive. <a href="#fnref1">↩</a></p></li></ol></section>',
      ),
      { url: PAGE },
    );
    expect(result.html).toContain('<sup id="user-content-fnref1"><a href="#user-content-fn1">1</a></sup>');
    expect(result.html).toContain(
      '<li id="user-content-fn1"><p>Source: the city archive. <a href="#user-content-fnref1">↩</a></p></li>',
    );
  });
});
