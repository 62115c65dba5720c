// @vitest-environment jsdom
// The reader's long-read aids (contents, progress, remembered position), in a jsdom page, with
// the browser's i18n answered from _locales/en and storage.local faked.
import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => {
  const { localeMessage } = await import('./i18n-mock');
  return { default: { i18n: { getMessage: localeMessage } } };
});

/** storage.local as the browsers keep it: a map of keys, read and written as copies. */
let stored: Record<string, unknown> = {};
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
(globalThis as unknown as { browser: unknown }).browser = {
  storage: {
    local: {
      get: async (key: string) => (key in stored ? { [key]: copy(stored[key]) } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(stored, copy(items)),
      remove: async (key: string) => {
        stored = Object.fromEntries(Object.entries(stored).filter(([k]) => k !== key));
      },
    },
  },
};

const { contents, progressOf, setUpLongRead, MIN_HEADINGS } = await import('../../src/reader/long-read');
const { forgetPositions, keepOnly, loadPosition, positionKey, savePosition } =
  await import('../../src/shared/positions');
const { loadVoice, saveVoice } = await import('../../src/shared/voices');

const articleWith = (inner: string) => {
  document.body.replaceChildren();
  const toolbar = document.createElement('header');
  const article = document.createElement('article');
  article.setAttribute('lang', 'de');
  document.body.append(toolbar, article);
  article.append(document.createRange().createContextualFragment(inner));
  return { article, toolbar };
};
const sections = (n: number) =>
  Array.from({ length: n }, (_, i) => `<h2>Part ${i + 1}</h2><p>Text of part ${i + 1}.</p>`).join('');

beforeEach(() => {
  stored = {};
});

describe('contents', () => {
  test(`none for an article with fewer than ${MIN_HEADINGS} headings`, () => {
    expect(contents(articleWith(sections(MIN_HEADINGS - 1)).article)).toBeNull();
  });
  test("links to every heading, its own id kept (the sanitizer's), a new one given where it has none", () => {
    const { article } = articleWith(
      '<h2 id="user-content-intro">Intro</h2><p>a</p><h3>Detail</h3><p>b</p><h2>Outlook</h2><h2> </h2>',
    );
    const nav = contents(article)!;
    expect(nav.getAttribute('aria-labelledby')).toBe('contents-title');
    expect(nav.querySelector('h2')!.textContent).toBe('Contents');
    const links = Array.from(nav.querySelectorAll('a')).map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['#user-content-intro', 'Intro'],
      ['#tidy-section-2', 'Detail'],
      ['#tidy-section-3', 'Outlook'],
    ]);
    expect(nav.querySelectorAll('li.sub')).toHaveLength(1);
    expect(nav.querySelector('ol')!.getAttribute('lang')).toBe('de'); // the headings' language
    expect(article.querySelector('#tidy-section-3')!.textContent).toBe('Outlook');
  });
});

describe('progress', () => {
  test.each([
    [0, 0],
    [100, 0],
    [600, 0.5],
    [1100, 1],
    [5000, 1],
  ])('scrolled to %i: %f', (scrollY, at) => {
    // The article starts 100 px down and is 2,000 px tall; the window is 1,000 px tall.
    expect(progressOf(100, 2000, scrollY, 1000)).toBe(at);
  });
  test('an article shorter than the window is read whole', () => {
    expect(progressOf(100, 500, 0, 1000)).toBe(1);
  });
});

describe('reading positions', () => {
  test('kept per address without its fragment, rounded, newest first, capped', async () => {
    expect(positionKey('https://a.example/story?id=1#fn2')).toBe('https://a.example/story?id=1');
    await savePosition('https://a.example/story#fn1', 0.41234, 1000);
    expect(await loadPosition('https://a.example/story')).toEqual({ at: 0.412, saved: 1000 });
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`u${i}`, { at: 0.5, saved: i }]));
    expect(Object.keys(keepOnly(many, 3))).toEqual(['u4', 'u3', 'u2']);
    await forgetPositions();
    expect(await loadPosition('https://a.example/story')).toBeNull();
  });
  test('a malformed store reads as nothing remembered', async () => {
    stored = { readingPositions: { 'https://a.example/x': { at: 7, saved: 'no' } } };
    expect(await loadPosition('https://a.example/x')).toBeNull();
  });
  test('a position saved earlier is offered, and the offer goes there or away', async () => {
    stored = { readingPositions: { 'https://a.example/story': { at: 0.4, saved: 1 } } };
    const { article, toolbar } = articleWith(sections(4));
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    await setUpLongRead(article, toolbar, 'https://a.example/story');
    expect(toolbar.querySelector('progress')!.getAttribute('aria-label')).toBe('Reading progress');
    expect(document.querySelector('nav.contents')).not.toBeNull();
    const offer = document.querySelector<HTMLElement>('.resume')!;
    expect(offer.textContent).toContain('You stopped at 40% of this article.');
    offer.querySelector<HTMLButtonElement>('.resume-go')!.click();
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.resume')).toBeNull();
  });
  test('no offer for a position at the very start or end, or for an article never read', async () => {
    for (const at of [0.01, 0.99]) {
      stored = { readingPositions: { 'https://a.example/story': { at, saved: 1 } } };
      const { article, toolbar } = articleWith(sections(1));
      await setUpLongRead(article, toolbar, 'https://a.example/story');
      expect(document.querySelector('.resume')).toBeNull();
      expect(document.querySelector('nav.contents')).toBeNull(); // one heading: no contents
    }
    stored = {};
    const { article, toolbar } = articleWith(sections(4));
    await setUpLongRead(article, toolbar, 'https://a.example/other');
    expect(document.querySelector('.resume')).toBeNull();
  });
});

describe('read-aloud voices, remembered per language on this device', () => {
  test('by primary language, one per language, the last pick kept', async () => {
    expect(await loadVoice('en-GB')).toBeNull();
    await saveVoice('en-GB', 'Daniel');
    await saveVoice('de', 'Anna');
    await saveVoice('en', 'Samantha');
    expect([await loadVoice('en-US'), await loadVoice('de-AT'), await loadVoice('fr')]).toEqual([
      'Samantha',
      'Anna',
      null,
    ]);
  });
  test('a malformed store reads as nothing remembered', async () => {
    stored = { readAloudVoices: ['not', 'a', 'record'] };
    expect(await loadVoice('en')).toBeNull();
    stored = { readAloudVoices: { en: 42 } };
    expect(await loadVoice('en')).toBeNull();
  });
});
