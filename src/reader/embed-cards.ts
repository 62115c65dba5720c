// Labels the article's embed cards (src/core/extract/embeds.ts) in the user's language: what the
// card stands for and where it plays. The reader loads nothing from the embed's site; the card's
// link opens it there.
import { h } from '../shared/h';
import { t, type MessageKey } from '../shared/i18n';

const KIND_LABELS: Record<string, MessageKey> = {
  video: 'embedVideo',
  audio: 'embedAudio',
  post: 'embedPost',
  embed: 'embedOther',
};

/** Adds each card's label and note. Returns how many cards it labelled. */
export function labelCards(article: Element): number {
  const cards = Array.from(article.querySelectorAll<HTMLElement>('figure[data-embed]'));
  const uiLang = { lang: t('uiLang'), dir: t('uiDir') };
  for (const card of cards) {
    const label = KIND_LABELS[card.dataset.embed ?? ''] ?? 'embedOther';
    card.prepend(h('p', { class: 'embed-label', ...uiLang }, t(label, card.dataset.embedSite ?? '')));
    card.append(h('p', { class: 'embed-note', ...uiLang }, t('embedNote')));
  }
  return cards.length;
}
