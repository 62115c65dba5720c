// @vitest-environment jsdom
// Picking the content by hand: the selector that finds the picked block again, the page made of a
// selection, the picker's keys, and what the reader does with a remembered selector.
import { beforeEach, describe, expect, test } from 'vitest';

// The extension API the picker reads its hint from (the content script's own, not the polyfill).
(globalThis as unknown as { browser: unknown }).browser = { i18n: { getMessage: () => '' } };
const { pickBlock, selectionDocument, selectorOf, PICKED } = await import('../../src/content/pick');
const { findBlock } = await import('../../src/reader/remembered-blocks');
const { isPageSnapshot, parseMessage } = await import('../../src/shared/messages');

const pageOf = (body: string) => {
  document.body.innerHTML = body;
};
beforeEach(() => pageOf(''));

describe('selectorOf: finds the block again on a page of the same template', () => {
  test('from the nearest unique id, then tags with their place among siblings of that tag', () => {
    pageOf('<div id="wrap"><div>a</div><div><section><p>x</p></section><section><p>story</p></section></div></div>');
    const story = document.querySelectorAll('section')[1]!;
    const selector = selectorOf(story);
    expect(selector).toBe('#wrap > div:nth-of-type(2) > section:nth-of-type(2)');
    expect(document.querySelector(selector)).toBe(story);
  });
  test('from the body when no ancestor has an id; a repeated id is no anchor', () => {
    pageOf('<main><p id="d">a</p><p id="d">b</p></main>');
    const second = document.querySelectorAll('p')[1]!;
    expect(selectorOf(second)).toBe('body > main > p:nth-of-type(2)');
  });
  test('an id that CSS must escape', () => {
    pageOf('<div id="1:story"><p>a</p></div>');
    const selector = selectorOf(document.querySelector('p')!);
    expect(document.querySelector(selector)).toBe(document.querySelector('p'));
  });
});

describe('a selection as a page of its own', () => {
  test("the selected text in one marked <article>, the page's head kept, the live page untouched", () => {
    document.title = 'Ferry back';
    pageOf(
      '<nav>Home</nav><section><h1>Ferry</h1><p>One <b>two</b> three.</p><p>Four.</p></section><aside>Ads</aside>',
    );
    const range = document.createRange();
    range.setStart(document.querySelector('b')!.firstChild!, 1);
    range.setEnd(document.querySelectorAll('p')[1]!.firstChild!, 4);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const before = document.body.innerHTML;
    const doc = selectionDocument()!;
    expect(doc.title).toBe('Ferry back');
    expect(doc.body.children).toHaveLength(1);
    expect(doc.body.firstElementChild!.hasAttribute(PICKED)).toBe(true);
    expect(doc.body.textContent).toBe('wo three.Four');
    expect(document.body.innerHTML).toBe(before);
  });
  test('nothing selected: no page', () => {
    getSelection()!.removeAllRanges();
    expect(selectionDocument()).toBeNull();
  });
});

describe('the picker', () => {
  const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  test('the keys move between blocks and Enter picks; the page is left as it was', async () => {
    pageOf('<header>h</header><div class="layout"><section id="s"><p>story</p></section><aside>x</aside></div>');
    const picked = pickBlock();
    expect(document.querySelector('tidy-reader-pick')).not.toBeNull();
    for (const k of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'Enter']) key(k);
    expect(await picked).toBe(document.getElementById('s'));
    expect(document.querySelector('tidy-reader-pick')).toBeNull();
  });
  test('Esc cancels, and a click on a word picks the block around it, not the page', async () => {
    pageOf('<p id="a">One <a href="/x">link</a></p>');
    const cancelled = pickBlock();
    key('Escape');
    expect(await cancelled).toBeNull();
    const clicked = pickBlock();
    // jsdom has no layout: elementFromPoint is asked for the link.
    document.elementFromPoint = () => document.querySelector('a');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 1, clientY: 1 });
    document.querySelector('a')!.dispatchEvent(click);
    expect(await clicked).toBe(document.getElementById('a'));
    expect(click.defaultPrevented).toBe(true); // the link does not navigate
  });
});

describe('messages and snapshots', () => {
  test('the new messages, and their fields', () => {
    expect(parseMessage({ type: 'content:pick' })).toEqual({ type: 'content:pick' });
    expect(parseMessage({ type: 'background:pick' })).toEqual({ type: 'background:pick' });
    expect(parseMessage({ type: 'content:toggle-reader', selection: true })).not.toBeNull();
    expect(parseMessage({ type: 'content:toggle-reader', selection: 'yes' })).toBeNull();
  });
  test('a snapshot may say what was picked, as a string', () => {
    const snap = { html: '<p>x</p>', url: 'https://a.example/', tidied: { comments: 0, blankRuns: 0, blankLines: 0 } };
    expect(isPageSnapshot({ ...snap, picked: 'body > main' })).toBe(true);
    expect(isPageSnapshot({ ...snap, picked: 3 })).toBe(false);
  });
  test('a remembered selector the page cannot parse finds nothing, and throws nothing', () => {
    pageOf('<main>x</main>');
    expect(findBlock(document, 'main')).toBe(document.querySelector('main'));
    expect(findBlock(document, 'main >>> ::weird(')).toBeNull();
  });
});
