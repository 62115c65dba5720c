// Long reads: a table of contents for articles with MIN_HEADINGS headings or more (the section in
// view marked as you scroll), a reading progress bar, and the reading position, remembered per
// address (src/shared/positions.ts) and offered when the article opens again.
import { h } from '../shared/h';
import { t } from '../shared/i18n';
import { loadPosition, savePosition } from '../shared/positions';

export const MIN_HEADINGS = 3;
/** The section in view is the last whose heading is above this share of the window's height. */
const CURRENT_LINE = 0.3;
/** A position this near the start or the end is not worth offering. */
const NOT_WORTH = 0.03;
const SAVE_AFTER_MS = 1000;

/** The article's section headings (Readability turns the page's h1s into h2s). */
const sectionHeadings = (article: Element) =>
  Array.from(article.querySelectorAll<HTMLElement>('h2, h3')).filter((el) => el.textContent?.trim());

/** The contents, or null for an article with fewer than MIN_HEADINGS headings. Gives each heading an id it lacks. */
export function contents(article: HTMLElement): HTMLElement | null {
  const headings = sectionHeadings(article);
  if (headings.length < MIN_HEADINGS) return null;
  const items = headings.map((heading, i) => {
    // Ids from the page carry the sanitizer's "user-content-" prefix, so these cannot meet one.
    if (!heading.id) heading.id = `tidy-section-${i + 1}`;
    const link = h('a', { href: `#${heading.id}` }, heading.textContent!.trim());
    return h('li', heading.tagName === 'H3' ? { class: 'sub' } : {}, link);
  });
  const lang = article.getAttribute('lang');
  return h(
    'nav',
    { class: 'contents', 'aria-labelledby': 'contents-title' },
    h('h2', { id: 'contents-title' }, t('contents')),
    h('ol', lang ? { lang, dir: article.getAttribute('dir') ?? 'auto' } : {}, ...items),
  );
}

/** How far through the article the reader is: 0 at its top, 1 when its end is in view. */
export function progressOf(top: number, height: number, scrollY: number, viewport: number): number {
  const span = height - viewport;
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (scrollY - top) / span));
}

const articleBox = (article: HTMLElement) => {
  const rect = article.getBoundingClientRect();
  return { top: rect.top + window.scrollY, height: rect.height };
};

function scrollToShare(article: HTMLElement, at: number) {
  const { top, height } = articleBox(article);
  window.scrollTo({ top: top + at * Math.max(0, height - window.innerHeight) });
}

/** Marks the contents' link to the section in view. */
function markCurrent(nav: HTMLElement, headings: HTMLElement[]) {
  const line = window.innerHeight * CURRENT_LINE;
  let current: HTMLElement | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > line) break;
    current = heading;
  }
  for (const link of nav.querySelectorAll('a')) {
    if (current && link.getAttribute('href') === `#${current.id}`) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
}

/** The offer to go back to where the user stopped: a line above the article, gone once used or dismissed. */
function resumeOffer(article: HTMLElement, at: number): HTMLElement {
  const offer = h(
    'p',
    { class: 'resume', role: 'status' },
    t('resumeOffer', Math.round(at * 100)),
    ' ',
    h('button', { type: 'button', class: 'resume-go' }, t('resumeReading')),
    ' ',
    h('button', { type: 'button', class: 'resume-dismiss' }, t('dismiss')),
  );
  offer.querySelector('.resume-go')!.addEventListener('click', () => {
    offer.remove();
    scrollToShare(article, at);
  });
  offer.querySelector('.resume-dismiss')!.addEventListener('click', () => offer.remove());
  return offer;
}

/**
 * Sets up the contents, the progress bar (in `toolbar`) and the remembered position of `article`
 * (read from `url`). Call once the whole article is in place.
 */
export async function setUpLongRead(article: HTMLElement, toolbar: HTMLElement, url: string): Promise<void> {
  const nav = contents(article);
  if (nav) article.before(nav);
  const headings = nav ? sectionHeadings(article) : [];
  const progress = h('progress', { class: 'progress', max: '100', value: '0', 'aria-label': t('readingProgress') });
  toolbar.append(progress);

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let at = 0;
  const update = () => {
    const { top, height } = articleBox(article);
    at = progressOf(top, height, window.scrollY, window.innerHeight);
    progress.value = Math.round(at * 1000) / 10;
    if (nav) markCurrent(nav, headings);
  };
  let pending = false;
  window.addEventListener(
    'scroll',
    () => {
      if (!pending) {
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          update();
        });
      }
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void savePosition(url, at), SAVE_AFTER_MS);
    },
    { passive: true },
  );
  update();

  const saved = await loadPosition(url);
  if (saved && saved.at > NOT_WORTH && saved.at < 1 - NOT_WORTH && window.scrollY === 0)
    (nav ?? article).before(resumeOffer(article, saved.at));
}
