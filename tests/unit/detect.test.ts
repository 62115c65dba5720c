import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/detect';
import { articlePage, demoPage, page } from './helpers';

const para = (n: number, words = 40) => Array.from({ length: n }, (_, i) => `<p>${`Paragraph ${i} says something about the matter at hand. `.repeat(words / 8)}</p>`).join('');

describe('detectArticle', () => {
  test('the demo page is an article', () => {
    const d = demoPage();
    expect(detectArticle(d)).toMatchObject({ isArticle: true, bailedOut: null });
  });

  test('an article with og:type and prose is an article', () => {
    expect(detectArticle(articlePage()).isArticle).toBe(true);
  });

  test('JSON-LD NewsArticle counts, even when the JSON is broken', () => {
    const d = page(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",</script></head><body>${para(2)}</body></html>`);
    const r = detectArticle(d);
    expect(r.signals).toContain('json-ld:NewsArticle');
    expect(r.isArticle).toBe(true);
  });

  test('a product page with a long description and "Reviews (0)" is not', () => {
    const d = page(`<html><head><meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script></head>
      <body><h1>Kettle</h1>${para(3)}<div class="reviews">Reviews (0)</div></body></html>`);
    expect(detectArticle(d).isArticle).toBe(false);
  });

  test('a short page is not', () => {
    expect(detectArticle(page('<html><body><h1>404</h1><p>Not found.</p></body></html>')).isArticle).toBe(false);
  });

  test('metadata alone does not make an article', () => {
    const d = page('<html><head><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"Article"}</script></head><body><p>Short.</p></body></html>');
    expect(detectArticle(d).isArticle).toBe(false);
  });
});
