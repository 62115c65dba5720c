import { describe, expect, test } from 'vitest';
import {
  MAX_DEPTH,
  PageTooLargeError,
  checkPageSize,
  cloneWithCappedDepth,
  measurePage,
} from '../../src/core/page/limits';
import { extract } from '../../src/core/pipeline';
import { articleHtml, page } from './helpers';

const nested = (depth: number) =>
  articleHtml()
    .replace('<main>', `<main>${'<div>'.repeat(depth)}`)
    .replace('</main>', `${'</div>'.repeat(depth)}</main>`);

describe('measurePage', () => {
  test('counts elements and depth without recursion, at any depth', () => {
    const doc = page(`<body>${'<div>'.repeat(3000)}<p>x</p>${'</div>'.repeat(3000)}</body>`);
    expect(measurePage(doc)).toEqual({ elements: 3004, depth: 3003 }); // html, head, body, 3,000 divs, p
  });
});

describe('checkPageSize', () => {
  test('refuses a page past the budget with a message a reader can act on', () => {
    expect(() => checkPageSize({ elements: 98023, depth: 9 }, 60000)).toThrow(
      new PageTooLargeError('This page is too large for the reader view: 98,023 elements (the limit is 60,000).'),
    );
    expect(() => checkPageSize({ elements: 60000, depth: 9 }, 60000)).not.toThrow();
  });

  test('by default any page up to 300,000 elements is read (issue 19); past it, the message', () => {
    expect(() => checkPageSize({ elements: 300_000, depth: 40 })).not.toThrow();
    expect(() => checkPageSize({ elements: 300_001, depth: 40 })).toThrow(/300,001 elements \(the limit is 300,000\)/);
  });

  test('extract stops with that message, and the limit can be raised', () => {
    const doc = page(articleHtml(`<div>${'<span>x</span>'.repeat(300)}</div>`));
    expect(() => extract(doc, { maxElements: 100 })).toThrow(PageTooLargeError);
    expect(extract(doc, { maxElements: 1000 }).text).toContain('The council approved');
  });
});

describe('cloneWithCappedDepth', () => {
  test('caps wrappers at the depth, keeps every word and leaf block, and leaves the page alone', () => {
    const doc = page(nested(1000));
    const before = doc.documentElement.outerHTML;
    const copy = cloneWithCappedDepth(doc, 50);
    expect(measurePage(copy).depth).toBeLessThanOrEqual(51);
    expect(copy.body.textContent!.replace(/\s+/g, ' ')).toBe(doc.body.textContent!.replace(/\s+/g, ' '));
    expect(copy.querySelectorAll('p')).toHaveLength(4);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('a shallow page comes back identical', () => {
    const doc = page(articleHtml());
    expect(cloneWithCappedDepth(doc).documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  test(`extract reads an article under 1,500 nested divs (15 s in Readability alone at 1,000) (deeper than ${MAX_DEPTH} is capped)`, () => {
    const result = extract(page(nested(1500)));
    expect(result.text).toContain('The council approved');
    expect(result.text).toContain('The mayor said the review');
  });
});
