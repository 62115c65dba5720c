// The second try when Readability's result is poor: when it runs, what it reads, and when it is kept.
import { describe, expect, test } from 'vitest';
import { clearlyBetter, densestProse, isPoor, pageAsItIs, retryPoor } from '../../src/core/extract/retry';
import { textAndLinks as quality } from '../../src/core/page/text';
import Readability from '@mozilla/readability/Readability.js';
import { page } from './helpers';

const readability = (doc: Document) =>
  new Readability<Element>(doc, { serializer: (el) => el as Element }).parse()?.content ?? null;

const PARAGRAPH =
  'The council approved the new transport plan on Monday after a long debate that lasted well into the evening, with members split on the cost of the tram line.';
const story = `<div class="story"><h2>Council backs tram plan</h2>${`<p>${PARAGRAPH}</p>`.repeat(5)}</div>`;
const links = `<ul class="teasers">${['Markets rally as oil prices ease', 'New stadium plans unveiled', 'Five things to watch this week'].map((t, i) => `<li><a href="/t${i}">${t}</a></li>`).join('')}</ul>`;
const el = (html: string) => page(`<body><div id="x">${html}</div></body>`).getElementById('x')!;

describe('judging a result', () => {
  test('too short, or mostly links, is poor; a story is not', () => {
    expect(isPoor(quality(el(`<p>${PARAGRAPH}</p>`)))).toBe(true); // 157 characters
    expect(isPoor(quality(el(`${links}${links}${links}${links}${links}${links}`)))).toBe(true);
    expect(isPoor(quality(el(story)))).toBe(false);
  });

  test('clearly better: half again as many words outside links, and no denser in links', () => {
    const first = { text: 400, links: 300 };
    expect(clearlyBetter({ text: 800, links: 0 }, first)).toBe(true);
    expect(clearlyBetter({ text: 150, links: 0 }, first)).toBe(true); // 1.5 × the 100 characters outside links
    expect(clearlyBetter({ text: 140, links: 0 }, first)).toBe(false);
    expect(clearlyBetter({ text: 2000, links: 1800 }, first)).toBe(false); // more words, but a denser link list
  });
});

describe('the densest prose', () => {
  test('the block whose paragraphs hold the most text, not the page or a teaser list', () => {
    const doc = page(`<body><nav>${links}</nav>${story}<aside><p>${PARAGRAPH}</p></aside></body>`);
    expect(densestProse(doc.body)?.className).toBe('story');
  });
  test('none on a page with no prose', () => {
    expect(densestProse(page(`<body>${links}</body>`).body)).toBeNull();
  });
});

describe('retryPoor', () => {
  /** The page before the first try, as extract keeps it (pageAsItIs). */
  const before = (markup: string) => pageAsItIs(page(`<body>${markup}</body>`));

  test('a link list in place of the story: the second try finds the story', () => {
    const second = retryPoor(before(`<nav>${links}</nav>${links}${story}`), el(`${links}${links}`), readability);
    expect(second?.textContent).toContain(PARAGRAPH);
    expect(second?.textContent).not.toContain('Markets rally');
  });

  test('a poor result that is the whole story (a short page) stays: the second try is not clearly better', () => {
    const short = `<div class="story"><p>${PARAGRAPH}</p><p>${PARAGRAPH.slice(0, 80)}.</p></div>`;
    expect(retryPoor(before(short), el(short), readability)).toBeNull();
  });

  test('a good result is not retried at all (the page before is not read)', () => {
    const poisoned = () => {
      throw new Error('read the page before');
    };
    expect(retryPoor(poisoned, el(story), readability)).toBeNull();
  });

  test('the page before is kept as it was, whatever Readability does to the page after', () => {
    const doc = page(`<body>${links}${story}</body>`);
    const again = pageAsItIs(doc);
    doc.body.replaceChildren();
    expect(again()?.body.textContent).toContain(PARAGRAPH);
    expect(again()).not.toBe(again()); // a fresh document each time
  });

  test('from a page parsed without a window (a DOMParser document)', () => {
    const doc = new (page('').defaultView!.DOMParser)().parseFromString(`<body>${links}${story}</body>`, 'text/html');
    expect(doc.defaultView).toBeNull();
    const again = pageAsItIs(doc);
    doc.body.replaceChildren();
    const second = retryPoor(again, el(links), readability);
    expect(second?.textContent).toContain(PARAGRAPH);
  });
});
