// Where the user stopped reading each article: a share of the article's length per address, on
// this device (./local-store.ts). Capped to the newest MAX_POSITIONS; the options page forgets them all.
import { forgetLocal, readLocal, recordOf, writeLocal } from './local-store';

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

const readAll = async (): Promise<Positions> => (await readLocal(KEY, recordOf(isPosition))) ?? {};

export async function loadPosition(url: string): Promise<Position | null> {
  return (await readAll())[positionKey(url)] ?? null;
}

/** The newest `max` positions. */
export function keepOnly(all: Positions, max = MAX_POSITIONS): Positions {
  const newest = Object.entries(all)
    .sort(([, a], [, b]) => b.saved - a.saved)
    .slice(0, max);
  return Object.fromEntries(newest);
}

export async function savePosition(url: string, at: number, now = Date.now()): Promise<void> {
  const all = await readAll();
  all[positionKey(url)] = { at: Math.min(1, Math.max(0, Math.round(at * 1000) / 1000)), saved: now };
  await writeLocal(KEY, keepOnly(all));
}

export const forgetPositions = (): Promise<void> => forgetLocal(KEY);
