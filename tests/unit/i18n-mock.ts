// browser.i18n.getMessage as the browser answers it, from _locales/<lang> (en unless useLocale
// says otherwise): named placeholders ($COUNT$) filled from their "$n" content, "$n" from the
// substitutions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) =>
  JSON.parse(readFileSync(path.join(ROOT, `_locales/${lang}/messages.json`), 'utf8')) as Messages;
let messages = load('en');

/** Answers as a browser whose language is `lang` would. */
export const useLocale = (lang: string) => {
  messages = load(lang);
};

export function localeMessage(key: string, subs: string[] | string = []): string {
  const m = messages[key];
  if (!m) return '';
  const list = Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  });
}
