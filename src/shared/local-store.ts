// What the extension keeps on this device only (storage.local): where each article was left, and
// the voice picked for each language. Neither is a setting to sync: positions are per device, and
// voices differ from machine to machine. A read that fails or finds a malformed value reads as
// nothing kept; a write that fails keeps nothing.
import { webext as browser } from './webext';

export async function readLocal<T>(key: string, check: (v: unknown) => T | null): Promise<T | null> {
  try {
    return check((await browser.storage.local.get(key))[key]);
  } catch {
    return null;
  }
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  try {
    await browser.storage.local.set({ [key]: value });
  } catch {
    // storage full or unavailable: nothing is kept
  }
}

export async function forgetLocal(key: string): Promise<void> {
  await browser.storage.local.remove(key);
}

/** A stored record of `key → value`, keeping the entries whose value passes `isValue`; null if it is no record. */
export const recordOf =
  <V>(isValue: (v: unknown) => v is V) =>
  (v: unknown): Record<string, V> | null =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter((e): e is [string, V] => isValue(e[1])))
      : null;
