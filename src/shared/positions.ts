// Where the user stopped reading each article: a share of the article's length per address, in
// storage.local (this browser only: a position is not a setting to sync). Capped to the newest
// MAX_POSITIONS; the options page forgets them all.
import { webext as browser } from './webext';

const KEY = 'readingPositions';
export const MAX_POSITIONS = 200;

/** How far into the article (0 to 1), and when it was saved. */
export interface Position {
  at: number;
  saved: number;
}
type Positions = Record<string, Position>;

/** The address an article is remembered under: without its fragment (a footnote link is the same article). */
export const positionKey = (url: string): string => url.replace(/#.*$/, '');

const isPosition = (v: unknown): v is Position =>
  !!v &&
  typeof (v as Position).at === 'number' &&
  (v as Position).at >= 0 &&
  (v as Position).at <= 1 &&
  typeof (v as Position).saved === 'number';

async function readAll(): Promise<Positions> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    if (!stored || typeof stored !== 'object') return {};
    return Object.fromEntries(Object.entries(stored as Positions).filter(([, p]) => isPosition(p)));
  } catch {
    return {}; // storage unavailable: nothing remembered, nothing offered
  }
}

export async function loadPosition(url: string): Promise<Position | null> {
  return (await readAll())[positionKey(url)] ?? null;
}

/** Keeps `at` for `url`, and drops the oldest positions past MAX_POSITIONS. */
export function keepOnly(all: Positions, max = MAX_POSITIONS): Positions {
  const newest = Object.entries(all)
    .sort(([, a], [, b]) => b.saved - a.saved)
    .slice(0, max);
  return Object.fromEntries(newest);
}

export async function savePosition(url: string, at: number, now = Date.now()): Promise<void> {
  const all = await readAll();
  all[positionKey(url)] = { at: Math.min(1, Math.max(0, Math.round(at * 1000) / 1000)), saved: now };
  try {
    await browser.storage.local.set({ [KEY]: keepOnly(all) });
  } catch {
    // storage full or unavailable: the position is simply not remembered
  }
}

export async function forgetPositions(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
