import { describe, expect, test } from 'vitest';
import { findClutter } from '../../src/core/tidy';
import { countClutter, summarize, tidyDocument } from '../../src/core/tidy/declutter';
import { tidy } from '../../src/core/pipeline';
import { articleHtml, demoPage, page } from './helpers';

const BLANKS = '<p>&nbsp;</p><p>&nbsp;</p><div class="spacer"></div><br><br>';
const EMPTY_BOX =
  '<div class="comments"><a href="#respond">+ There are no comments</a><div><a href="#respond">Add yours</a></div></div>';

describe('in-place tidy', () => {
  test('a blank run inside an empty comment section is cut once, with the section', () => {
    const section =
      '<div id="comments" class="comments"><h3>Comments</h3><p>No comments yet.</p><a href="#respond">Add yours</a></div>';
    const doc = page(articleHtml(`${section}<p>&nbsp;</p><p>&nbsp;</p>${section}`));
    const clutter = findClutter(doc.body);
    expect(clutter.map((c) => c.step)).toEqual(['empty-comments']);
    expect(clutter[0]!.nodes).toHaveLength(4);
  });

  test('the demo page loses its blank run and empty comment box, and nothing else', () => {
    const doc = demoPage();
    const textBefore = doc.body.textContent!.replace(/\s+/g, ' ');
    const result = tidyDocument(doc);
    expect(result.detection.isArticle).toBe(true);
    expect(result.removed.map((r) => r.step)).toEqual(['empty-comments', 'blank-run']);
    expect(doc.getElementById('comment-box')).toBeNull();
    expect(doc.querySelectorAll('article p')).toHaveLength(10); // byline + nine paragraphs
    // Only the comment box's words are gone.
    const textAfter = doc.body.textContent!.replace(/\s+/g, ' ');
    expect(textBefore.replace(/\+ There are no comments Add yours/, '').replace(/\s+/g, ' ')).toBe(textAfter);
  });

  test('undo puts back a DOM identical to the original', () => {
    const doc = page(articleHtml(`${BLANKS}${EMPTY_BOX}`));
    const original = doc.documentElement.outerHTML;
    const result = tidyDocument(doc);
    expect(result.removed.length).toBe(2);
    expect(doc.documentElement.outerHTML).not.toBe(original);
    result.undo();
    expect(doc.documentElement.outerHTML).toBe(original);
  });

  test('each removal is logged with step, reason, selector and text', () => {
    const doc = page(articleHtml(`${BLANKS}${EMPTY_BOX}`));
    const [comments, blank] = tidyDocument(doc).removed;
    expect(comments).toEqual({
      step: 'empty-comments',
      reason: expect.stringContaining('no comments'),
      selector: 'main > article > div.comments:nth-of-type(2)',
      text: '+ There are no comments Add yours',
    });
    expect(blank).toMatchObject({ step: 'blank-run', reason: '5 blank lines', lines: 5, text: '' });
  });

  test("a removal's text is read when asked for, from the removed nodes, and is there for a message or JSON", () => {
    const doc = page(articleHtml(`${BLANKS}${EMPTY_BOX}`));
    const [comments] = tidyDocument(doc).removed;
    expect(doc.querySelector('.comments')).toBeNull(); // out of the page before its text is read
    expect(JSON.parse(JSON.stringify(comments))).toMatchObject({ text: '+ There are no comments Add yours' });
    expect(structuredClone(comments)).toMatchObject({ text: '+ There are no comments Add yours' });
  });

  test('a page that is not an article is left entirely alone', () => {
    const html = `<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>404</h1><p>Sorry.</p>${BLANKS}<div class="comments">No comments</div></body></html>`;
    const doc = page(html);
    const before = doc.documentElement.outerHTML;
    const result = tidy(doc);
    expect(result.isArticle).toBe(false);
    expect(result.removed).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

test('summarize says what was cut, as the badge title shows it', () => {
  const doc = page(articleHtml(`${BLANKS}${EMPTY_BOX}`));
  expect(summarize(tidyDocument(doc).removed)).toBe('empty comments, 5 blank lines');
  expect(summarize([])).toBe('');
});

test('countClutter counts empty comment sections, blank runs and their lines', () => {
  const doc = page(articleHtml(`${BLANKS}${EMPTY_BOX}`));
  expect(countClutter(tidyDocument(doc).removed)).toEqual({ comments: 1, blankRuns: 1, blankLines: 5 });
  expect(countClutter([])).toEqual({ comments: 0, blankRuns: 0, blankLines: 0 });
});
