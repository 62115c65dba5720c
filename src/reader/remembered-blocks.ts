// The block the user picked as a site's story, remembered per site on this device
// (../shared/local-store.ts): a selector, tried on the site's next pages before extraction.
import { readLocal, recordOf, writeLocal } from '../shared/local-store';

const KEY = 'rememberedBlocks';
const isSelector = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 1000;

const readAll = async () => (await readLocal(KEY, recordOf(isSelector))) ?? {};

export const loadBlock = async (site: string): Promise<string | null> => (await readAll())[site] ?? null;

export async function saveBlock(site: string, selector: string): Promise<void> {
  await writeLocal(KEY, { ...(await readAll()), [site]: selector });
}

export async function forgetBlock(site: string): Promise<void> {
  await writeLocal(KEY, Object.fromEntries(Object.entries(await readAll()).filter(([s]) => s !== site)));
}

/** The element `selector` finds in `doc`, or null (a selector a page cannot parse finds nothing). */
export function findBlock(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}
