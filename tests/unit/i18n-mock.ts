// browser.i18n.getMessage as the browser answers it, from _locales/en: named placeholders
// ($COUNT$) filled from their "$n" content, "$n" from the substitutions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const EN = JSON.parse(readFileSync(path.join(ROOT, '_locales/en/messages.json'), 'utf8')) as Messages;

export function englishMessage(key: string, subs: string[] | string = []): string {
  const m = EN[key];
  if (!m) return '';
  const list = Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  });
}
