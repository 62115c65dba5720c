// The story's branch: what findOutsideStory cuts beside it, what it keeps, and when it cuts nothing.
import { describe, expect, test } from 'vitest';
import { findOutsideStory, PARAGRAPH_CHARS } from '../../src/core/extract/outside-story';
import { extract } from '../../src/core/pipeline';
import { page } from './helpers';

const PARAGRAPH =
  'The council approved the new transport plan on Monday after a long debate that lasted well into the evening, with members split on the cost of the tram line.';
const paragraphs = (n: number, text = PARAGRAPH) => `<p>${text}</p>`.repeat(n);
const SIDE_NOTE =
  'Our reporters have covered the city council for thirty years, from the old town hall to the new one.';

/** The ids (or tags) of the elements cut beside the story, and the story's id. */
function cutOf(body: string) {
  const found = findOutsideStory(page(`<body>${body}</body>`).body);
  if (!found) return null;
  return {
    story: found.story.id,
    cut: found.clutter.flatMap((c) => c.nodes).map((n) => n.id || n.tagName.toLowerCase()),
    metadata: found.metadata.map((m) => m.id),
  };
}

describe('the story branch', () => {
  test('what stands beside the story and beside each of its ancestors is cut; the story stays', () => {
    const found = cutOf(
      `<div id="page"><div id="main"><h1 id="headline">Tram plan</h1><div id="story">${paragraphs(8)}</div><div id="tags">Transport</div></div>` +
        `<div id="rail"><p>${SIDE_NOTE}</p></div></div><div id="footer">© Meridian</div>`,
    );
    expect(found).toEqual({ story: 'story', cut: ['headline', 'tags', 'rail', 'footer'], metadata: [] });
  });

  test('a teaser blurb inside its link is not the story, however long', () => {
    const teasers = `<a href="/other"><p>${PARAGRAPH} ${PARAGRAPH}</p></a>`.repeat(6);
    const found = cutOf(`<div id="story">${paragraphs(4)}</div><div id="teasers">${teasers}</div>`);
    expect(found?.story).toBe('story');
    expect(found?.cut).toEqual(['teasers']);
  });

  test('text in links inside a paragraph does not count towards it', () => {
    const links = `<p>${'<a href="/x">Another story about the council and its tram plan</a> '.repeat(4)}</p>`;
    const found = cutOf(`<div id="story">${paragraphs(4)}</div><div id="links">${links.repeat(5)}</div>`);
    expect(found?.cut).toEqual(['links']);
  });

  test('<meta> and JSON-LD beside the story are named, so the pipeline can keep them', () => {
    const found = cutOf(
      `<div id="story">${paragraphs(6)}</div><div id="side"><meta id="m" itemprop="datePublished" content="2026-01-02">` +
        `<script id="ld" type="application/ld+json">{}</script><script id="js">var x;</script></div>`,
    );
    expect(found?.cut).toEqual(['side']);
    expect(found?.metadata).toEqual(['m', 'ld']);
  });
});

describe('nothing is cut', () => {
  test('when no branch holds nine tenths of the paragraph text (two stories, or a listing)', () => {
    expect(cutOf(`<div id="a">${paragraphs(4)}</div><div id="b">${paragraphs(4)}</div>`)).toBeNull();
  });

  test('when the page has too little paragraph text to judge by', () => {
    expect(cutOf(`<div id="story">${paragraphs(3)}</div><div id="side">Menu</div>`)).toBeNull();
  });

  test(`when the story's paragraphs are short (under ${PARAGRAPH_CHARS} characters each)`, () => {
    expect(
      cutOf(`<div id="story">${paragraphs(20, 'A short line of the story.')}</div><div id="side">Menu</div>`),
    ).toBeNull();
  });

  test('when the branch holding most of the text is a comment (the post beside it must stay)', () => {
    const comment = `<li id="c1" class="comment"><div class="comment-content">${paragraphs(8)}</div></li>`;
    expect(cutOf(`<div id="post"><p>${SIDE_NOTE}</p></div><ol class="comment-list">${comment}</ol>`)).toBeNull();
  });

  test('when the densest container is the body itself', () => {
    expect(cutOf(`${paragraphs(8)}<div id="side"><p>${SIDE_NOTE}</p></div>`)).toBeNull();
  });
});

describe('in extract', () => {
  const sidebarPage = (side: string) =>
    page(
      `<html><head><title>Tram plan approved</title></head><body><div id="wrap"><div class="story-body">${paragraphs(8)}</div>` +
        `<div class="promo">${side}</div></div></body></html>`,
      'https://news.example/tram',
    );

  test('the text beside the story is not in the article, and the log says what went', () => {
    const result = extract(sidebarPage(`<p>${SIDE_NOTE}</p>`));
    expect(result.text).toContain('The council approved');
    expect(result.text).not.toContain('thirty years');
    expect(result.removed).toContainEqual(
      expect.objectContaining({
        step: 'outside-story',
        reason: 'beside the story',
        selector: 'div#wrap > div.promo:nth-of-type(2)',
      }),
    );
  });

  test('JSON-LD beside the story still gives the byline and date', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tram plan approved',
      author: { name: 'Ada Lovelace' },
      datePublished: '2026-01-02T10:00:00Z',
    });
    const result = extract(sidebarPage(`<p>${SIDE_NOTE}</p><script type="application/ld+json">${ld}</script>`));
    expect(result.text).not.toContain('thirty years');
    expect(result.byline).toBe('Ada Lovelace');
    expect(result.publishedTime).toBe('2026-01-02T10:00:00Z');
  });

  const headerPage = (head = '') =>
    page(
      `<html><head><title>Tram plan approved</title>${head}</head><body><div id="wrap"><div class="story-head"><h1>Tram plan approved</h1>` +
        `<span class="byline">Grace Hopper</span></div><div class="story-body">${paragraphs(8)}</div></div></body></html>`,
      'https://news.example/tram',
    );

  test('the byline in the story header, cut with it, is still the byline', () => {
    const result = extract(headerPage());
    expect(result.removed.map((r) => r.step)).toContain('outside-story');
    expect(result.byline).toBe('Grace Hopper');
  });

  test("the page's metadata byline wins over one beside the story, as in Readability", () => {
    expect(extract(headerPage('<meta name="author" content="Ada Lovelace">')).byline).toBe('Ada Lovelace');
  });
});
