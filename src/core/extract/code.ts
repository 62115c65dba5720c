// Code blocks keep their language and their line breaks. The sanitizer drops every class, so the
// language a highlighter wrote as a class ("language-js") would be lost: it moves to
// data-code-lang, which the reader shows above the block. And a highlighter that puts each line
// in a block of its own, with no newline between them, would run the lines together once its
// style sheet is gone: each such line gets its newline back.
import { CODE_LANGUAGE_ATTRIBUTES, CODE_LANGUAGE_CLASSES, NOT_A_LANGUAGE } from '../rules/code';

export const CODE_LANGUAGE = 'data-code-lang';

/** The language `el` names, from its classes or its data attributes. */
function languageOf(el: Element): string | null {
  const classes = (el.getAttribute('class') ?? '').replace(/brush:\s+/gi, 'brush:').split(/\s+/);
  for (const c of classes) {
    for (const pattern of CODE_LANGUAGE_CLASSES) {
      const name = pattern.exec(c)?.[1];
      if (name && !NOT_A_LANGUAGE.test(name)) return name.toLowerCase();
    }
  }
  for (const attr of CODE_LANGUAGE_ATTRIBUTES) {
    const name = el.getAttribute(attr)?.trim();
    // An HTML lang attribute names a human language ("en"): only a code block's data-lang is read as code's.
    if (name && attr !== 'lang' && !NOT_A_LANGUAGE.test(name) && name.length <= 30) return name.toLowerCase();
  }
  return null;
}

/** Marks each <pre>'s language and gives lines held in blocks their newlines. Returns how many blocks it marked. */
export function keepCodeBlocks(article: Element): number {
  let marked = 0;
  for (const pre of Array.from(article.getElementsByTagName('pre'))) {
    const code = pre.querySelector('code');
    const language = languageOf(pre) ?? (code && languageOf(code));
    if (language) {
      pre.setAttribute(CODE_LANGUAGE, language);
      marked++;
    }
    for (const line of Array.from(pre.querySelectorAll('div, p'))) {
      const text = line.textContent ?? '';
      if (line.nextSibling && !text.endsWith('\n')) line.append(pre.ownerDocument.createTextNode('\n'));
    }
  }
  return marked;
}
