// Save the article: as Markdown (turndown, with GitHub tables) or as one standalone HTML file
// (the article, its header and its key figures, styled, with no script), and print. Files are
// made here and handed to the browser as a download: nothing is sent anywhere.
import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { distinctFigures, figuresMarkdown } from '../core/figures';
import type { ExtractResult } from '../core/pipeline';
import { serializeDocument } from '../core/sanitize';

/** A file name from the title: letters and digits of any script, dashes between, at most 80 characters. */
export function fileName(title: string, extension: string): string {
  const stem = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${stem || 'article'}.${extension}`;
}

const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]#<>|])/g, '\\$1');

/** The article as Markdown: title, byline line, source, the text, and its key figures as a table. */
export function articleMarkdown(
  result: Pick<ExtractResult, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'figures'>,
  article: Element,
  url: string,
): string {
  const turndown = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
  turndown.use(gfm);
  // A code block keeps its language as the fence's info string (the reader keeps it as data-code-lang).
  turndown.addRule('codeLanguage', {
    filter: (node) => node.nodeName === 'PRE' && node.hasAttribute('data-code-lang'),
    replacement: (_content, node) => {
      const language = (node as Element).getAttribute('data-code-lang')!.replace(/[^\w+#.-]/g, '');
      const code = (node.textContent ?? '').replace(/\n$/, '');
      const fence = code.includes('```') ? '~~~~' : '```';
      return `\n\n${fence}${language}\n${code}\n${fence}\n\n`;
    },
  });
  const meta = [result.byline, result.siteName, result.publishedTime?.slice(0, 10)]
    .filter(Boolean)
    .map((s) => escapeMarkdown(s!));
  const figures = distinctFigures(result.figures);
  return (
    [
      `# ${escapeMarkdown(result.title)}`,
      meta.length ? `*${meta.join(' · ')}*` : '',
      `<${url}>`,
      turndown.turndown(article as HTMLElement),
      figures.length ? `## Key figures\n\n${figuresMarkdown(figures)}` : '',
    ]
      .filter(Boolean)
      .join('\n\n')
      .trimEnd() + '\n'
  );
}

/**
 * The reader's content as a standalone page: `main` cloned without controls, the key-figures list
 * made of links to the figures, the reader's styles inlined, the current theme kept.
 */
export function standaloneHtml(main: HTMLElement, css: string, root: HTMLElement): string {
  const doc = main.ownerDocument.implementation.createHTMLDocument(main.ownerDocument.title);
  for (const [k, v] of Object.entries(root.dataset)) doc.documentElement.dataset[k] = v;
  doc.documentElement.style.cssText = root.style.cssText;
  doc.documentElement.lang = root.lang;
  doc.documentElement.dir = root.dir;
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.prepend(meta);
  doc.head.append(style);
  const copy = doc.importNode(main, true) as HTMLElement;
  copy.removeAttribute('aria-busy');
  copy.querySelectorAll('.key-figures-actions').forEach((el) => el.remove());
  const marks = [...copy.querySelectorAll('mark[data-figure]')];
  marks.forEach((m, i) => (m.id = `figure-${i}`));
  // The panel's buttons jump with script; in a file, a link to the mark does the same.
  copy.querySelectorAll<HTMLElement>('.key-figures button[data-index]').forEach((button) => {
    const link = doc.createElement('a');
    link.href = `#figure-${button.dataset.index}`;
    link.append(...button.childNodes);
    button.replaceWith(link);
  });
  doc.body.append(copy);
  return serializeDocument(doc);
}

/** The reader page's own styles, to inline in a saved file. */
export const readerCss = (doc: Document): string =>
  [...doc.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');

/** Hands `text` to the browser as a file download. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
