// UI strings in the browser's language, from _locales/<lang>/messages.json (en, fr, de, es, ar;
// English where the browser's language is none of them). Pages mark their static text with
// data-i18n attributes and call localizePage once; code calls t().
import browser from 'webextension-polyfill';
import type en from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The string for `key`, with $1… filled from `subs`; the key itself if the message is missing. */
export const t = (key: MessageKey, ...subs: (string | number)[]): string =>
  browser.i18n.getMessage(key, subs.map(String)) || key;

/** Attribute → what it fills: data-i18n="close" sets the text, data-i18n-title="closeTitle" the title… */
const TARGETS: [attribute: string, fill: (el: HTMLElement, text: string) => void][] = [
  ['data-i18n', (el, text) => (el.textContent = text)],
  ['data-i18n-title', (el, text) => (el.title = text)],
  ['data-i18n-aria-label', (el, text) => el.setAttribute('aria-label', text)],
];

/** Fills every marked string of `doc` and gives the page the UI language and direction (Arabic: rtl). */
export function localizePage(doc: Document): void {
  for (const [attribute, fill] of TARGETS) {
    for (const el of doc.querySelectorAll<HTMLElement>(`[${attribute}]`))
      fill(el, t(el.getAttribute(attribute) as MessageKey));
  }
  // The language of the messages actually used, not the browser's (which may have no messages here).
  doc.documentElement.lang = t('uiLang');
  doc.documentElement.dir = t('uiDir') === 'rtl' ? 'rtl' : 'ltr';
}
