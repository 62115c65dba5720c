// Renders an extraction result into the reader page: header, key figures, article, and the
// note of what was cut. Page markup enters only through sanitizeToFragment.
import { figuresMarkdown, keyFigures } from '../core/figures';
import type { ExtractResult } from '../core/pipeline';
import { sanitizeToFragment } from '../core/sanitize';
import type { Figure } from '../core/types';
import { h } from './h';

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

function header(result: ExtractResult, url: string): HTMLElement {
  const host = (() => {
    try {
      return new URL(url).hostname;
    } catch {
      return url;
    }
  })();
  const date = formatDate(result.publishedTime, result.lang);
  const meta: (string | Node)[] = [];
  if (result.byline) meta.push(result.byline);
  if (date) meta.push(date);
  meta.push(`${result.readingMinutes} min read`);
  const parts: (string | Node)[] = meta.flatMap((m, i) => (i ? [' · ', m] : [m]));
  return h('header', {},
    h('p', { class: 'site' }, result.siteName ?? host),
    h('h1', { class: 'title' }, result.title),
    h('p', { class: 'meta' }, ...parts, ' · ', h('a', { href: url, target: '_top', rel: 'noopener noreferrer' }, 'Original page')),
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
  const all = keyFigures(figures, Infinity);
  const status = h('span', { class: 'copy-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'copy-figures' }, 'Copy figures');
  button.addEventListener('click', async () => {
    const ok = await copyText(figuresMarkdown(all));
    status.textContent = ok ? `Copied ${all.length} figure${all.length === 1 ? '' : 's'} as a Markdown table.` : 'The browser did not allow copying.';
  });
  return h('div', { class: 'key-figures-actions' }, button, status);
}

function figuresPanel(figures: Figure[], article: Element): HTMLElement | null {
  const key = keyFigures(figures);
  if (!key.length) return null;
  const items = key.map((f) => {
    const button = h('button', { type: 'button' },
      h('span', { class: 'figure' }, f.text), ' — ', h('span', { class: 'sentence' }, f.sentence));
    button.addEventListener('click', () => jumpTo(article, f.index));
    return h('li', {}, button);
  });
  return h('section', { class: 'key-figures', 'aria-labelledby': 'key-figures-title' },
    h('h2', { id: 'key-figures-title' }, 'Key figures'), h('ol', {}, ...items), copyFiguresButton(figures));
}

function removedNote(result: ExtractResult): HTMLElement | null {
  if (!result.removed.length) return null;
  const comments = result.removed.filter((r) => r.step === 'empty-comments').length;
  const blank = result.removed.filter((r) => r.step === 'blank-run').length;
  const parts = [comments && `${comments} empty comment section${comments > 1 ? 's' : ''}`, blank && `${blank} blank run${blank > 1 ? 's' : ''}`].filter(Boolean);
  return h('p', { class: 'removed' }, `Tidy Reader cut ${parts.join(' and ')} from this page.`);
}

export function render(main: HTMLElement, result: ExtractResult, url: string) {
  document.title = result.title || 'Tidy Reader';
  document.documentElement.lang = result.lang ?? '';
  if (result.dir) document.documentElement.dir = result.dir;
  const article = h('article', { class: 'content' });
  article.append(sanitizeToFragment(result.html, window));
  main.replaceChildren(header(result, url), ...[figuresPanel(result.figures, article), article, removedNote(result)].filter((n): n is HTMLElement => !!n));
  main.removeAttribute('aria-busy');
}
