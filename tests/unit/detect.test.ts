import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DETECT_MAX_ELEMENTS, detectArticle } from '../../src/core/detect';
import { ROOT, articlePage, demoPage, page, readRepoFile } from './helpers';

const SENTENCE = 'The council approved the plan after a long debate that lasted well into the evening. ';
/** n paragraphs of about `chars` characters each. */
const para = (n: number, chars = 320) =>
  Array.from({ length: n }, (_, i) => `<p>${i}. ${SENTENCE.repeat(Math.ceil(chars / SENTENCE.length))}</p>`).join('');
/** n sibling units of one kind, each a teaser or post with its own marks and one paragraph. */
const units = (n: number, marks: string) =>
  Array.from({ length: n }, (_, i) => `<div class="item">${marks.replace('#', String(i))}${para(1)}</div>`).join('');

describe('detectArticle: the prose scan', () => {
  test('the demo page is an article', () => {
    expect(detectArticle(demoPage())).toMatchObject({ isArticle: true, bailedOut: null });
  });

  test('an article with og:type and prose is an article', () => {
    expect(detectArticle(articlePage()).isArticle).toBe(true);
  });

  test('a short page is not', () => {
    expect(detectArticle(page('<html><body><h1>404</h1><p>Not found.</p></body></html>')).isArticle).toBe(false);
  });

  test('metadata alone does not make an article', () => {
    const d = page(
      '<html><head><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"Article"}</script></head><body><p>Short.</p></body></html>',
    );
    expect(detectArticle(d).isArticle).toBe(false);
  });

  test('a blog post marked so in its markup is one, however short; other post types are not by that mark', () => {
    const poem =
      '<h1>Storms</h1><div class="entry"><p>He in his madness prays for storms,<br>And dreams that storms will bring him peace.</p></div>';
    expect(
      detectArticle(page(`<html><body class="single single-post postid-6759">${poem}</body></html>`)),
    ).toMatchObject({ isArticle: true });
    expect(
      detectArticle(page(`<html><body class="single single-product postid-12">${poem}</body></html>`)).isArticle,
    ).toBe(false);
    // It never outweighs a veto: a thread stays a thread.
    const thread = `<div class="comment">${para(1)}</div>`.repeat(4);
    expect(detectArticle(page(`<html><body class="single-post">${poem}${thread}</body></html>`)).isArticle).toBe(false);
  });

  test('a long story stops the scan early and is an article whatever follows', () => {
    const d = page(
      `<html><body><article>${para(12, 800)}</article>${units(6, '<h2><a href="/t/#">Teaser #</a></h2>')}</body></html>`,
    );
    const r = detectArticle(d);
    expect(r.isArticle).toBe(true);
    expect(r.signals[0]).toMatch(/^prose:\d+p/);
    expect(Number(/prose:(\d+)p/.exec(r.signals[0]!)![1])).toBeLessThan(12); // stopped before the end
  });

  test('text in nav, aside, footer, forms and scripts is not prose', () => {
    const d = page(
      `<html><body><nav>${para(3)}</nav><aside>${para(3)}</aside><footer>${para(3)}</footer><form>${para(3)}</form><p>Short.</p></body></html>`,
    );
    expect(detectArticle(d)).toMatchObject({ isArticle: false, signals: ['prose:0p/0'] });
  });

  test('Chinese prose counts per character at double weight (a word is one or two characters)', () => {
    const zh =
      '谷歌在2014年收购了这家公司，这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。'.repeat(
        2,
      );
    expect(zh.length).toBeLessThan(140);
    expect(
      detectArticle(page(`<html lang="zh"><body><div>${Array(6).fill(`<p>${zh}</p>`).join('')}</div></body></html>`))
        .isArticle,
    ).toBe(true);
  });
});

// One test per rule row of detectArticle: the signal it adds and the verdict it turns.
describe('detectArticle: the rule table', () => {
  test('schema:NewsArticle from JSON-LD counts, even when the JSON is broken', () => {
    const d = page(
      `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",</script></head><body>${para(2, 200)}</body></html>`,
    );
    const r = detectArticle(d);
    expect(r.signals).toContain('schema:NewsArticle');
    expect(r.isArticle).toBe(true);
  });

  test('schema from microdata itemtype counts too', () => {
    const d = page(
      `<html><body><article itemscope itemtype="https://schema.org/BlogPosting">${para(2, 200)}</article></body></html>`,
    );
    expect(detectArticle(d).signals).toContain('schema:BlogPosting');
    expect(detectArticle(d).isArticle).toBe(true);
  });

  test('og:type article and a published time count', () => {
    const d = page(
      `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-01"></head><body>${para(1, 250)}</body></html>`,
    );
    const r = detectArticle(d);
    expect(r.signals).toEqual(expect.arrayContaining(['og:type:article', 'published-time']));
    expect(r.isArticle).toBe(true);
    // The same prose alone is not enough.
    expect(detectArticle(page(`<html><body>${para(1, 250)}</body></html>`)).isArticle).toBe(false);
  });

  test('a declared product, forum thread or listing is not, unless it holds a whole story', () => {
    const product = page(
      `<html><head><script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script></head><body><h1>Kettle</h1>${para(3)}<div class="reviews">Reviews (0)</div></body></html>`,
    );
    expect(detectArticle(product)).toMatchObject({
      isArticle: false,
      signals: expect.arrayContaining(['schema:Product']),
    });
    const sectionTagged = page(
      `<html><head><script type="application/ld+json">{"@type":"CollectionPage"}</script></head><body><article>${para(10, 900)}</article></body></html>`,
    );
    expect(detectArticle(sectionTagged).isArticle).toBe(true);
  });

  test.each([
    ['forum posts (author, time)', '<span class="author">user#</span><time datetime="2026-01-0#">Jan</time>'],
    ['teasers (linked heading)', '<h3><a href="/story/#">Story #</a></h3>'],
    ['signed posts', '<div class="signature">— member #</div>'],
  ])('prose split into repeated units with their own marks is a thread or a listing: %s', (_, marks) => {
    const r = detectArticle(page(`<html><body><h1>Board</h1>${units(5, marks)}</body></html>`));
    expect(r.signals).toContain('repeated-units:5');
    expect(r.isArticle).toBe(false);
  });

  test('units of one kind with alternating classes (post bg1, post bg2) are still one kind', () => {
    const posts = Array.from(
      { length: 4 },
      (_, i) => `<div class="post bg${(i % 2) + 1}"><span class="author">user${i}</span>${para(1)}</div>`,
    ).join('');
    const r = detectArticle(page(`<html><body><h2>Drought tips</h2>${posts}</body></html>`));
    expect(r.signals).toContain('repeated-units:4');
    expect(r.isArticle).toBe(false);
  });

  test('repeated sections without marks are one story, and so are a few teasers under a long story', () => {
    const sections = page(
      `<html><body><h1>Guide</h1>${Array(5)
        .fill(`<section class="part">${para(2)}</section>`)
        .join('')}</body></html>`,
    );
    expect(detectArticle(sections).isArticle).toBe(true);
    const related = page(
      `<html><body><article>${para(6, 500)}</article><aside2>${units(3, '<h3><a href="/s/#">Related #</a></h3>')}</aside2></body></html>`,
    );
    expect(detectArticle(related).isArticle).toBe(true);
  });

  test('a thread whose comments outweigh the post is not, unless the page says it is an article', () => {
    // Comment items with their own class per comment (as social sites print them): no repeated unit.
    const comments = Array.from(
      { length: 12 },
      (_, i) => `<div class="Comment c${i}"><a href="/user/u${i}">u${i}</a>${para(1)}</div>`,
    ).join('');
    const thread = (head = '') =>
      page(`<html><head>${head}</head><body><h1>Showerthought</h1>${para(1)}<div>${comments}</div></body></html>`);
    expect(detectArticle(thread())).toMatchObject({
      isArticle: false,
      signals: expect.arrayContaining(['comment-thread']),
    });
    expect(detectArticle(thread('<meta property="og:type" content="article">')).isArticle).toBe(true);
    // A story that outweighs its comments is read as one, and its scan stops before them.
    expect(
      detectArticle(page(`<html><body><h1>Tram plan</h1>${para(14)}<div>${comments}</div></body></html>`)).isArticle,
    ).toBe(true);
  });

  test('a declared Product with a buy button is a product page even when og:type says article', () => {
    const head =
      '<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"Product","name":"Desktop"}</script>';
    const body = `<h1>Desktop</h1>${para(12)}<a class="btn btn-success" href="/buy">Buy Now</a>`;
    expect(detectArticle(page(`<html><head>${head}</head><body>${body}</body></html>`)).isArticle).toBe(false);
    // A news page that also declares its subscription as a Product is still its story.
    const news = head
      .replace('{"@type":"Product"', '[{"@type":"NewsArticle"},{"@type":"Product"')
      .replace('"Desktop"}', '"Desktop"}]');
    expect(detectArticle(page(`<html><head>${news}</head><body>${body}</body></html>`)).isArticle).toBe(true);
    // Without a buy button, og:type article still wins over a declared Product.
    expect(
      detectArticle(page(`<html><head>${head}</head><body><h1>Desktop</h1>${para(12)}</body></html>`)).isArticle,
    ).toBe(true);
  });

  test('an add-to-cart button makes a shop page, however long its description', () => {
    const d = page(`<html><body><h1>Kettle</h1>${para(5)}<form><button>Add to cart</button></form></body></html>`);
    expect(detectArticle(d)).toMatchObject({ isArticle: false, signals: expect.arrayContaining(['commerce']) });
  });

  test("several forms that add to this site's cart make a shop listing, even under a whole story", () => {
    const item = (n: number) =>
      `<div class="item"><a href="/wine/${n}">Wine ${n}</a><div class="price">8,25 €</div><form><input name="qty" value="6"><input type="submit" value="in den Warenkorb"></form></div>`;
    const shop = page(`<html><body><h1>Rioja</h1>${para(12)}${[1, 2, 3].map(item).join('')}</body></html>`);
    expect(detectArticle(shop)).toMatchObject({ isArticle: false, signals: expect.arrayContaining(['shop-listing']) });
    // A review's buy links go to other shops: links, not this page's cart forms.
    const links = [1, 2, 3].map((n) => `<p><a class="btn" href="https://shop.example/${n}">Buy now</a></p>`).join('');
    expect(detectArticle(page(`<html><body><h1>Best kettles</h1>${para(12)}${links}</body></html>`)).isArticle).toBe(
      true,
    );
  });

  test('og:type product, profile or website with little prose is not', () => {
    const d = page(`<html><head><meta property="og:type" content="website"></head><body>${para(2, 300)}</body></html>`);
    expect(detectArticle(d)).toMatchObject({ isArticle: false, signals: expect.arrayContaining(['og:type:website']) });
  });
});

describe('detectArticle: bounded by a count, never by the clock', () => {
  test(`past its element limit (${DETECT_MAX_ELEMENTS.toLocaleString('en')} by default) it bails out cleanly and leaves the page alone`, () => {
    // Short paragraphs (under 140 characters) never end the scan early, so the whole page is read.
    const big = page(`<html><body>${'<div><p>Short line <b>bold</b> <i>it</i>.</p></div>'.repeat(5000)}</body></html>`);
    expect(detectArticle(big, 1000)).toMatchObject({ isArticle: false, bailedOut: 'prose scan passed 1,000 elements' });
    expect(detectArticle(big).bailedOut).toBeNull(); // 20,000 elements: read to the end
  });

  test('the same page gets the same verdict whatever the load', () => {
    const doc = demoPage();
    const first = detectArticle(doc);
    // Busy the thread between the calls: a clock-bounded scan could answer differently.
    const until = performance.now() + 60;
    while (performance.now() < until);
    expect(detectArticle(doc)).toMatchObject({
      isArticle: first.isArticle,
      signals: first.signals,
      bailedOut: first.bailedOut,
    });
  });
});

// Our labelled set: articles and text-heavy pages that are not (forum threads, product pages,
// listings, documentation, a job ad). Each file's first line is its URL; the name says its label.
const FIXTURES = path.join(ROOT, 'tests/fixtures/readerable');
describe('detectArticle on the labelled fixtures', () => {
  test.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.html')))('%s', (file) => {
    const html = readRepoFile(`tests/fixtures/readerable/${file}`);
    const url = /^<!-- (\S+) -->/.exec(html)![1];
    expect(detectArticle(page(html, url)).isArticle).toBe(file.startsWith('article--'));
  });
});
