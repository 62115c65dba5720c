import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { DEFAULT_SETTINGS, RANGES, SETTING_NAMES, hostListed, readSettings } = await import('../../src/shared/settings');

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

test('hosts match exactly', () => {
  expect(hostListed(['x.com'], 'X.com')).toBe(true);
  expect(hostListed(['x.com'], 'dropbox.com')).toBe(false);
});
