// The settings, their defaults, their allowed values and where they live: the one source of truth
// for the options page, the reader's display popover, the content script and the background.
// Each setting is one row of SETTINGS; a stored value that breaks its row reads as the default.
import { webext as browser } from './webext';

/** How a setting is read back from storage: the value if it is valid, otherwise null. */
type Check<T> = (v: unknown) => T | null;

const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? v : null);
/** Sites, as host names lower-cased (each stands for itself and its subdomains: hostListed). */
const hosts: Check<string[]> = (v) =>
  Array.isArray(v) ? v.filter((h): h is string => typeof h === 'string').map((h) => h.toLowerCase()) : null;
const oneOf =
  <const T extends string>(values: readonly T[]): Check<T> =>
  (v) =>
    values.includes(v as T) ? (v as T) : null;
/** A number within [min, max], rounded to `step`; out of range reads as the nearest bound. */
const between =
  (min: number, max: number, step: number): Check<number> =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v)
      ? Math.min(max, Math.max(min, Number((Math.round(v / step) * step).toFixed(2))))
      : null;

export const THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
export const FONTS = ['serif', 'sans', 'mono', 'dyslexic'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;
/** Ranges of the number settings, shared by the popover's and the options page's sliders. */
export const RANGES = {
  fontSize: { min: 14, max: 32, step: 1 }, // px
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  contentWidth: { min: 30, max: 60, step: 2 }, // em
  speechRate: { min: 0.5, max: 2, step: 0.25 },
} as const;
const range = (k: keyof typeof RANGES) => between(RANGES[k].min, RANGES[k].max, RANGES[k].step);

/** Every setting: its default and its check. */
const SETTINGS = {
  /** Tidy article pages in place as they load. */
  autoTidy: { default: true, check: bool },
  /** Sites (and their subdomains) never tidied in place. */
  neverTidyHosts: { default: [] as string[], check: hosts },
  /** Sites (and their subdomains) whose articles open straight in the reader view. */
  alwaysReaderHosts: { default: [] as string[], check: hosts },
  /** Highlight key figures in the reader view. */
  showFigures: { default: true, check: bool },
  /** The reader's colours; auto follows the system's light or dark preference. */
  theme: { default: 'auto' as (typeof THEMES)[number], check: oneOf(THEMES) },
  fontFamily: { default: 'serif' as (typeof FONTS)[number], check: oneOf(FONTS) },
  fontSize: { default: 20, check: range('fontSize') },
  lineHeight: { default: 1.6, check: range('lineHeight') },
  contentWidth: { default: 38, check: range('contentWidth') },
  align: { default: 'start' as (typeof ALIGNMENTS)[number], check: oneOf(ALIGNMENTS) },
  /** Read-aloud speed, as SpeechSynthesisUtterance.rate. */
  speechRate: { default: 1, check: range('speechRate') },
};

export type Settings = { -readonly [K in keyof typeof SETTINGS]: (typeof SETTINGS)[K]['default'] };
export type SettingName = keyof Settings;
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

export const DEFAULT_SETTINGS = Object.fromEntries(SETTING_NAMES.map((k) => [k, SETTINGS[k].default])) as Settings;

/** Stored values as settings: every missing or malformed one reads as its default. */
export function readSettings(stored: Record<string, unknown>): Settings {
  return Object.fromEntries(
    SETTING_NAMES.map((k) => [k, (SETTINGS[k].check as Check<unknown>)(stored[k]) ?? SETTINGS[k].default]),
  ) as Settings;
}

/** Reads the settings from storage.sync (synced across the user's browsers). */
export async function loadSettings(): Promise<Settings> {
  try {
    return readSettings(await browser.storage.sync.get(SETTING_NAMES));
  } catch {
    // storage.sync can be unavailable (sync disabled by policy); the defaults still work.
    return { ...DEFAULT_SETTINGS };
  }
}

/**
 * This page's writes that storage.onChanged has not echoed back yet, per setting. An echo is not
 * news, and a late one would undo a newer change (a slider moved three steps fast would jump back).
 */
const unechoed = new Map<string, number>();

/** Saves the valid part of `patch`. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const valid = Object.entries(patch).filter(
    ([k, v]) => k in SETTINGS && (SETTINGS[k as SettingName].check as Check<unknown>)(v) !== null,
  );
  for (const [k] of valid) unechoed.set(k, (unechoed.get(k) ?? 0) + 1);
  await browser.storage.sync.set(Object.fromEntries(valid));
}

const listeners: ((settings: Settings) => void)[] = [];

/**
 * Calls `listener` with the new settings whenever another page (the options page, another reader)
 * changes them. One storage listener serves every caller: the echoes are counted once per change,
 * however many parts of the page listen (counted per listener, a second listener used up the
 * echoes of the first, and a slider moved fast jumped back).
 */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  listeners.push(listener);
  if (listeners.length > 1) return;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const news = Object.keys(changes).filter((k) => {
      const pending = unechoed.get(k) ?? 0;
      if (pending) unechoed.set(k, pending - 1);
      return !pending;
    });
    if (news.length) void loadSettings().then((settings) => listeners.forEach((l) => l(settings)));
  });
}

/** The host name of an address; '' for what is not one. */
export function hostOf(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return '';
  }
}

/** How a site is listed: its host name, lower-cased, without "www." and a final dot (www.example.com is example.com). */
export const siteOf = (host: string): string =>
  host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');

/**
 * Whether `host` is a listed site or one of its subdomains, by dot-suffix: "example.com" lists
 * news.example.com, never "badexample.com"; "x.com" never lists "dropbox.com".
 */
export const hostListed = (list: string[], host: string): boolean => {
  const h = host.toLowerCase().replace(/\.$/, '');
  return list.some((site) => h === site || h.endsWith(`.${site}`));
};

/** `list` with `site` in it (`on`) or out of it. */
export const withSite = (list: string[], site: string, on: boolean): string[] =>
  on ? [...new Set([...list, site])] : list.filter((s) => s !== site);
