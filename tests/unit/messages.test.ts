import { describe, expect, test } from 'vitest';
import { fromContentScript, fromExtensionPage, isPageSnapshot, parseMessage } from '../../src/shared/messages';

describe('parseMessage', () => {
  test.each([
    [{ type: 'content:toggle-reader' }, true],
    [{ type: 'background:status', status: { isArticle: true, removedCount: 2, summary: 'x', tidied: true } }, true],
    [{ type: 'background:status', status: { isArticle: 'yes' } }, false],
    [{ type: 'background:status' }, false],
    [{ type: 'toString' }, false],
    [{ type: '__proto__' }, false],
    [{ type: 'nope' }, false],
    ['content:toggle-reader', false],
    [null, false],
    [42, false],
  ])('%j → %s', (raw, ok) => {
    expect(parseMessage(raw) !== null).toBe(ok);
  });
});

describe('senders', () => {
  const id = 'abc';
  test('a content script is ours, in a tab, on a web page', () => {
    expect(fromContentScript({ id, tab: { id: 3 }, url: 'https://news.example/a' }, id)).toBe(true);
    expect(fromContentScript({ id: 'other', tab: { id: 3 }, url: 'https://news.example/a' }, id)).toBe(false);
    expect(fromContentScript({ id, url: 'https://news.example/a' }, id)).toBe(false);
    expect(fromContentScript({ id, tab: { id: 3 }, url: 'chrome-extension://abc/reader.html' }, id)).toBe(false);
  });
  test('an extension page is ours and on our origin', () => {
    expect(fromExtensionPage({ id, url: 'moz-extension://u/reader.html' }, id, 'moz-extension://u/')).toBe(true);
    expect(fromExtensionPage({ id, url: 'https://evil.example/moz-extension://u/' }, id, 'moz-extension://u/')).toBe(
      false,
    );
  });
});

test('isPageSnapshot', () => {
  const tidied = { comments: 1, blankRuns: 2, blankLines: 9 };
  expect(isPageSnapshot({ html: '<p>', url: 'https://a.example/', tidied })).toBe(true);
  expect(isPageSnapshot({ html: '<p>', url: 'https://a.example/' })).toBe(false);
  expect(isPageSnapshot({ html: '<p>', url: 'https://a.example/', tidied: { ...tidied, comments: -1 } })).toBe(false);
  expect(isPageSnapshot({ html: '<p>', url: 'https://a.example/', tidied: { ...tidied, blankRuns: '2' } })).toBe(false);
  expect(isPageSnapshot({ html: 1, url: 'x' })).toBe(false);
  expect(isPageSnapshot(null)).toBe(false);
});
