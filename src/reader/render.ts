// Renders an extraction result into the reader page: header, key figures, article, and the
// note of what was cut. Page content enters only as the article extract sanitized (articleFor).
// The header and the article carry the page's language and direction; the controls around them
// carry the UI's.
import { countClutter, type ClutterCount } from '../core/tidy/declutter';
import { distinctFigures, figuresMarkdown, keyFigures } from '../core/figures';
import type { ExtractResult } from '../core/pipeline';
import type { Figure } from '../core/types';
import { t } from '../shared/i18n';
import { h } from '../shared/h';

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return d.toLocaleDateString(lang ?? undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return d.toDateString();
  }
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** The page's language and direction, for the elements that hold its text. */
const pageLang = (result: ExtractResult): Record<string, string> => ({
  ...(result.lang && { lang: result.lang }),
  dir: result.dir ?? 'auto',
});

function header(result: ExtractResult, url: string): HTMLElement {
  const date = formatDate(result.publishedTime, result.lang);
  const meta: (string | Node)[] = [];
  if (result.byline) meta.push(result.byline);
  if (date) meta.push(h('time', result.publishedTime ? { datetime: result.publishedTime } : {}, date));
  meta.push(t('minRead', result.readingMinutes));
  meta.push(h('a', { href: url, target: '_top', rel: 'noopener noreferrer' }, t('originalPage')));
  // Each item isolated: "1 min read" (the UI's language) inside an Arabic header keeps its order.
  const parts: (string | Node)[] = meta.flatMap((m, i) => [...(i ? [' · '] : []), h('bdi', {}, m)]);
  return h(
    'header',
    { class: 'article-header', ...pageLang(result) },
    h('p', { class: 'site' }, result.siteName ?? hostOf(url)),
    h('h1', { class: 'title' }, result.title),
    h('p', { class: 'meta' }, ...parts),
  );
}

/** Scrolls to the figure numbered `index` (its place among the article's marks) and flashes it. */
export function jumpTo(article: Element, index: number) {
  const mark = article.querySelectorAll<HTMLElement>('mark[data-figure]')[index];
  if (!mark) return;
  mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the animation
  mark.classList.add('flash');
}

/**
 * Puts text on the clipboard. The async Clipboard API first; where the frame is not allowed it
 * (the page's Permissions-Policy can deny clipboard-write to frames), a selected textarea and
 * the copy command, which a click still permits.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    // A write that neither resolves nor rejects (a permission prompt nobody answers) falls back too.
    const stalled = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('clipboard stalled')), 2000));
    await Promise.race([navigator.clipboard.writeText(text), stalled]);
    return true;
  } catch {
    const area = h('textarea', { 'aria-hidden': 'true', class: 'offscreen' }, text);
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function copyFiguresButton(figures: Figure[]): HTMLElement {
  // Every distinct figure, most important first: the panel shows the top few, the table has them all.
  const all = distinctFigures(figures);
  const status = h('span', { class: 'copy-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'copy-figures' }, t('copyFigures'));
  button.addEventListener('click', async () => {
    const ok = await copyText(figuresMarkdown(all));
    status.textContent = ok ? t('copied', all.length) : t('copyDenied');
  });
  return h('div', { class: 'key-figures-actions' }, button, status);
}

function figuresPanel(result: ExtractResult, article: Element): HTMLElement | null {
  const key = keyFigures(result.figures);
  if (!key.length) return null;
  const items = key.map((f) => {
    const button = h(
      'button',
      { type: 'button', 'data-index': String(f.index), ...pageLang(result) },
      h('span', { class: 'figure' }, f.text),
      ' — ',
      h('span', { class: 'sentence' }, f.sentence),
    );
    button.addEventListener('click', () => jumpTo(article, f.index));
    return h('li', {}, button);
  });
  return h(
    'section',
    { class: 'key-figures', 'aria-labelledby': 'key-figures-title' },
    h('h2', { id: 'key-figures-title' }, t('keyFigures')),
    h('ol', {}, ...items),
    copyFiguresButton(result.figures),
  );
}

/** What was cut from the page: in place before the snapshot (`tidied`), and by extraction. */
function removedNote(result: ExtractResult, tidied: ClutterCount): HTMLElement | null {
  const found = countClutter(result.removed);
  const comments = tidied.comments + found.comments;
  const blankRuns = tidied.blankRuns + found.blankRuns;
  const parts = [comments && t('removedComments', comments), blankRuns && t('removedBlank', blankRuns)].filter(Boolean);
  return parts.length ? h('p', { class: 'removed' }, t('removedNote', parts.join(', '))) : null;
}

/**
 * Renders `result` into `main`, with `content` (the sanitized article, result.articleFor(document))
 * as its body; `tidied` is what the in-place tidy cut before the page was read. Returns the
 * article element (for read aloud and saving).
 */
export function render(
  main: HTMLElement,
  result: ExtractResult,
  content: DocumentFragment,
  url: string,
  tidied: ClutterCount,
): HTMLElement {
  document.title = result.title || t('extName');
  const article = h('article', { class: 'content', ...pageLang(result) });
  article.append(content);
  main.replaceChildren(
    ...[header(result, url), figuresPanel(result, article), article, removedNote(result, tidied)].filter(
      (n): n is HTMLElement => !!n,
    ),
  );
  main.removeAttribute('aria-busy');
  return article;
}
