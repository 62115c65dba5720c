import { describe, expect, test, vi } from 'vitest';

/** storage.sync as browsers run it: onChanged fires after each set, for every page, this one too. */
const store = vi.hoisted(() => {
  const data: Record<string, unknown> = {};
  const listeners: ((changes: Record<string, { newValue: unknown }>, area: string) => void)[] = [];
  return {
    data,
    listeners,
    /** A change made by another page (the options page, another reader). */
    elsewhere(patch: Record<string, unknown>) {
      Object.assign(data, patch);
      const changes = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { newValue: v }]));
      setTimeout(() => listeners.forEach((l) => l(changes, 'sync')));
    },
  };
});
vi.mock('../../src/shared/webext', () => ({
  webext: {
    storage: {
      sync: {
        get: async (keys: string[]) =>
          Object.fromEntries(keys.filter((k) => k in store.data).map((k) => [k, store.data[k]])),
        set: async (patch: Record<string, unknown>) => store.elsewhere(patch),
      },
      onChanged: { addListener: (l: (typeof store.listeners)[number]) => store.listeners.push(l) },
    },
  },
}));
const {
  DEFAULT_SETTINGS,
  RANGES,
  SETTING_NAMES,
  hostListed,
  siteOf,
  withSite,
  loadSettings,
  onSettingsChanged,
  readSettings,
  saveSettings,
} = await import('../../src/shared/settings');

describe('settings read back from storage', () => {
  test('nothing stored: the defaults', () => {
    expect(readSettings({})).toEqual(DEFAULT_SETTINGS);
  });
  test('every default passes its own check', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS })).toEqual(DEFAULT_SETTINGS);
  });
  test.each([
    ['theme', 'sepia', 'sepia'],
    ['theme', 'neon', 'auto'],
    ['fontFamily', 'mono', 'mono'],
    ['fontFamily', 'Comic Sans', 'serif'],
    ['align', 'justify', 'justify'],
    ['align', 'center', 'start'],
    ['fontSize', 24, 24],
    ['fontSize', 99, RANGES.fontSize.max],
    ['fontSize', 2, RANGES.fontSize.min],
    ['fontSize', '24', DEFAULT_SETTINGS.fontSize],
    ['fontSize', Number.NaN, DEFAULT_SETTINGS.fontSize],
    ['lineHeight', 1.73, 1.7],
    ['contentWidth', 41, 42],
    ['speechRate', 1.3, 1.25],
    ['autoTidy', false, false],
    ['autoTidy', 'false', true],
    ['showFigures', 0, true],
    ['neverTidyHosts', ['News.Example', 3, null], ['news.example']],
    ['alwaysReaderHosts', 'news.example', []],
  ] as const)('%s = %j reads as %j', (name, stored, expected) => {
    expect(readSettings({ [name]: stored })[name]).toEqual(expected);
  });
  test('unknown keys are ignored', () => {
    expect(Object.keys(readSettings({ evil: 1, __proto__: { theme: 'dark' } }))).toEqual(SETTING_NAMES);
  });
});

test('a listed site matches itself and its subdomains, by dot-suffix only', () => {
  expect(hostListed(['x.com'], 'X.com')).toBe(true);
  expect(hostListed(['x.com'], 'dropbox.com')).toBe(false);
  expect(hostListed(['example.com'], 'news.example.com')).toBe(true);
  expect(hostListed(['example.com'], 'a.b.example.com.')).toBe(true);
  expect(hostListed(['example.com'], 'badexample.com')).toBe(false);
  expect(hostListed(['example.com'], 'example.com.evil.test')).toBe(false);
  expect(hostListed(['news.example.com'], 'example.com')).toBe(false);
  expect(hostListed([], 'example.com')).toBe(false);
});

test('a site is listed as its host without www. and a final dot; added once, removed exactly', () => {
  expect(siteOf(' WWW.Example.com. ')).toBe('example.com');
  expect(siteOf('www2.example.com')).toBe('www2.example.com');
  expect(withSite(['a.com'], 'b.com', true)).toEqual(['a.com', 'b.com']);
  expect(withSite(['a.com', 'b.com'], 'b.com', true)).toEqual(['a.com', 'b.com']);
  expect(withSite(['a.com', 'b.com'], 'a.com', false)).toEqual(['b.com']);
});

describe('saved and followed', () => {
  const settle = () => new Promise((r) => setTimeout(r, 20));
  test("only valid values are saved; this page's own writes are not news, another page's are", async () => {
    const seen: number[] = [];
    onSettingsChanged((s) => seen.push(s.fontSize));
    await saveSettings({ fontSize: 21, theme: 'neon' as never });
    await saveSettings({ fontSize: 22 });
    await saveSettings({ fontSize: 23 });
    await settle();
    expect(seen).toEqual([]); // three late echoes, none of which may move a slider back
    expect(store.data).toEqual({ fontSize: 23 });
    store.elsewhere({ theme: 'sepia' });
    await settle();
    expect(seen).toEqual([23]);
    expect((await loadSettings()).theme).toBe('sepia');
  });

  test('a second listener on the page neither uses up the echoes nor misses the news', async () => {
    // The reader listens twice (its display controls, its "This site" menu): the echoes of this
    // page's own writes must still all be recognised, or a slider moved fast jumps back.
    const first: number[] = [];
    const second: number[] = [];
    onSettingsChanged((s) => first.push(s.fontSize));
    onSettingsChanged((s) => second.push(s.fontSize));
    for (const size of [24, 25, 26, 27]) await saveSettings({ fontSize: size });
    await settle();
    expect([first, second]).toEqual([[], []]);
    store.elsewhere({ fontSize: 30 });
    await settle();
    expect([first, second]).toEqual([[30], [30]]);
  });
});
