// The read-aloud voice picked for each language (its primary subtag: "en", "de"), on this device
// (./local-store.ts): voices are the machine's own, so the choice does not sync.
import { readLocal, recordOf, writeLocal } from './local-store';

const KEY = 'readAloudVoices';
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 300;

/** The language a voice is remembered under. */
export const voiceLanguage = (lang: string): string => (lang || '').toLowerCase().split(/[-_]/)[0] ?? '';

/** The remembered voice (its voiceURI) for `lang`, or null. */
export async function loadVoice(lang: string): Promise<string | null> {
  return (await readLocal(KEY, recordOf(isName)))?.[voiceLanguage(lang)] ?? null;
}

export async function saveVoice(lang: string, voiceURI: string): Promise<void> {
  const all = (await readLocal(KEY, recordOf(isName))) ?? {};
  all[voiceLanguage(lang)] = voiceURI;
  await writeLocal(KEY, all);
}
