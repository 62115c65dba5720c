// The settings, their defaults and where they live: the one source of truth for the options
// page, the content script and the background.
import browser from 'webextension-polyfill';

export interface Settings {
  /** Tidy article pages in place as they load. */
  autoTidy: boolean;
  /** Hosts never tidied in place (exact host names). */
  neverTidyHosts: string[];
  /** Hosts whose articles open straight in the reader view. */
  alwaysReaderHosts: string[];
  /** Highlight key figures in the reader view. */
  showFigures: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  autoTidy: true,
  neverTidyHosts: [],
  alwaysReaderHosts: [],
  showFigures: true,
};

const asHostList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((h): h is string => typeof h === 'string') : []);

/** Reads the settings, falling back to defaults for anything missing or malformed. */
export async function loadSettings(): Promise<Settings> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await browser.storage.sync.get(Object.keys(DEFAULT_SETTINGS));
  } catch {
    // storage.sync can be unavailable (sync disabled by policy); the defaults still work.
  }
  return {
    autoTidy: typeof stored.autoTidy === 'boolean' ? stored.autoTidy : DEFAULT_SETTINGS.autoTidy,
    neverTidyHosts: asHostList(stored.neverTidyHosts),
    alwaysReaderHosts: asHostList(stored.alwaysReaderHosts),
    showFigures: typeof stored.showFigures === 'boolean' ? stored.showFigures : DEFAULT_SETTINGS.showFigures,
  };
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await browser.storage.sync.set(patch);
}

/** Exact host match: "x.com" must not match "dropbox.com". */
export const hostListed = (list: string[], host: string): boolean => list.includes(host.toLowerCase());
