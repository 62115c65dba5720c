// A long article handed out in steps (ExtractResult.articleInto, src/core/sanitize.ts
// sanitizeInSteps): the reader shows the start at once and adds the rest between frames; what it
// ends up with is exactly what the article sanitized whole gives.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/core/pipeline';
import { ROOT, articleHtml, demoPage, page } from './helpers';

/** The article placed whole (articleFor) and in steps of `budget` elements, as markup, with each step's progress. */
function bothWays(load: () => Document, budget: number) {
  const whole = page('<body></body>');
  whole.body.append(extract(load()).articleFor(whole)!);
  const stepped = page('<body></body>');
  const progress = [...extract(load()).articleInto(stepped.body, budget)];
  return { whole: whole.body.innerHTML, stepped: stepped.body.innerHTML, progress, body: stepped.body };
}

const ROWS = 400;
const longTable = () =>
  page(
    articleHtml(`<table><thead><tr><th>District</th><th>Trips</th></tr></thead><tbody>${Array.from(
      { length: ROWS },
      (_, i) => `<tr><td>District ${i + 1}</td><td onclick="x()">${i * 7} trips</td></tr>`,
    ).join('')}</tbody></table>
  <ul>${'<li>One more line of the list, long enough to read as text.</li>'.repeat(30)}</ul>`),
  );

describe('articleInto', () => {
  test.each([1, 7, 50, 3000])('the demo page in steps of %i elements comes out as the whole', (budget) => {
    const { whole, stepped, progress } = bothWays(demoPage, budget);
    expect(stepped).toBe(whole);
    const last = progress.at(-1)!;
    expect(last.placed).toBe(last.total);
    expect(progress.every((p) => p.into.isConnected)).toBe(true);
  });

  test('a long table is split into its rows, each step within the budget, into one table', () => {
    const budget = 40;
    const { whole, stepped, progress, body } = bothWays(longTable, budget);
    expect(stepped).toBe(whole);
    expect(body.querySelectorAll('table')).toHaveLength(1);
    expect(body.querySelectorAll('tbody > tr')).toHaveLength(ROWS);
    expect(body.querySelector('[onclick]')).toBeNull();
    const steps = progress.map((p, i) => p.placed - (i ? progress[i - 1]!.placed : 0));
    expect(Math.max(...steps)).toBeLessThanOrEqual(budget);
    expect(progress.length).toBeGreaterThan((ROWS * 3) / budget);
  });

  test('hands the article out once: html and articleFor throw afterwards', () => {
    const r = extract(demoPage());
    Array.from(r.articleInto(page('<body></body>').body));
    expect(() => r.html).toThrow(/handed out in steps/);
    expect(() => r.articleFor(page('<body></body>'))).toThrow(/handed out in steps/);
    const sanitizedFirst = extract(demoPage());
    void sanitizedFirst.html;
    expect(() => sanitizedFirst.articleInto(page('<body></body>').body)).toThrow(/already handed out/);
  });

  test('a page with no article places nothing', () => {
    const target = page('<body></body>').body;
    expect([...extract(page('<html><body></body></html>')).articleInto(target)]).toEqual([]);
    expect(target.childNodes).toHaveLength(0);
  });

  // Real pages, every 20th labelled one, in steps of 200 elements: markup identical to the whole.
  const DIR = path.join(ROOT, 'tests/fixtures/comments/pages');
  test.each(readdirSync(DIR).filter((_, i) => i % 20 === 0))(
    '%s in steps of 200 elements comes out as the whole',
    (file) => {
      const source = gunzipSync(readFileSync(path.join(DIR, file))).toString('utf8');
      const { whole, stepped } = bothWays(() => page(source), 200);
      expect(stepped).toBe(whole);
    },
    60000,
  );
});
