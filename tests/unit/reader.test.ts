// @vitest-environment jsdom
// The reader's own modules (display, popover, read aloud, save) in a jsdom page, with the
// browser's i18n answered from _locales/en.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { ROOT } from './helpers';

vi.mock('webextension-polyfill', async () => {
  const { localeMessage } = await import('./i18n-mock');
  return { default: { i18n: { getMessage: localeMessage } } };
});

const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');
const { applyDisplay, bindDisplayControls } = await import('../../src/shared/display');
const { closeOpenPopover, popover } = await import('../../src/reader/popover');
const { blocksToRead, readAloud, sentencesOf, voicesFor, whenVoices } = await import('../../src/reader/read-aloud');
const { articleMarkdown, fileName, standaloneHtml } = await import('../../src/reader/save');
const { render } = await import('../../src/reader/render');
const { extract } = await import('../../src/core/pipeline');
const { localizePage } = await import('../../src/shared/i18n');
const { labelCards } = await import('../../src/reader/embed-cards');

const html = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body;
};

describe('display settings', () => {
  test('applied as attributes and variables on the root', () => {
    const root = document.createElement('html');
    applyDisplay(root, {
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
      fontFamily: 'mono',
      fontSize: 24,
      lineHeight: 1.8,
      contentWidth: 50,
      align: 'justify',
    });
    expect({ ...root.dataset }).toEqual({ theme: 'sepia', font: 'mono', align: 'justify' });
    expect(root.style.getPropertyValue('--font-size')).toBe('24px');
    expect(root.style.getPropertyValue('--line-height')).toBe('1.8');
    expect(root.style.getPropertyValue('--content-width')).toBe('50em');
  });

  test('the controls are built from the table, labelled, show the settings and report changes', () => {
    const box = html('<div id="panel"></div>').firstElementChild as HTMLElement;
    const changes: unknown[] = [];
    const show = bindDisplayControls(box, { ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 22 }, (p) => changes.push(p));
    expect([...box.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Theme', 'Font', 'Alignment']);
    expect(box.querySelector<HTMLInputElement>('input[name=theme]:checked')!.value).toBe('dark');
    const size = box.querySelector<HTMLInputElement>('input[name=fontSize]')!;
    expect([size.min, size.max, size.value, size.nextElementSibling!.textContent]).toEqual(['14', '32', '22', '22px']);
    // every input has a label a screen reader can read
    for (const input of box.querySelectorAll('input')) expect(input.closest('label')!.textContent!.trim()).not.toBe('');

    box.querySelector<HTMLInputElement>('input[name=theme][value=sepia]')!.click();
    size.value = '26';
    size.dispatchEvent(new Event('input', { bubbles: true }));
    expect(changes).toEqual([{ theme: 'sepia' }, { fontSize: 26 }]);
    expect(size.nextElementSibling!.textContent).toBe('26px');

    show({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(box.querySelector<HTMLInputElement>('input[name=theme]:checked')!.value).toBe('light');
  });
});

describe('popover', () => {
  let button: HTMLButtonElement;
  let panel: HTMLElement;
  beforeEach(() => {
    html(
      '<button id="b" aria-expanded="false">Aa</button><div id="p" hidden><input type="radio" name="x"><input type="radio" name="x" checked></div><p id="out">x</p>',
    );
    button = document.getElementById('b') as HTMLButtonElement;
    panel = document.getElementById('p')!;
    popover(button, panel);
  });
  test('a click opens it and focuses the checked control; Esc closes it and refocuses the button', () => {
    button.click();
    expect([button.getAttribute('aria-expanded'), panel.hidden]).toEqual(['true', false]);
    expect(document.activeElement).toBe(panel.querySelectorAll('input')[1]);
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    let reachedDocument = false;
    document.addEventListener('keydown', () => (reachedDocument = true), { once: true });
    document.activeElement!.dispatchEvent(esc);
    expect([button.getAttribute('aria-expanded'), panel.hidden, document.activeElement, reachedDocument]).toEqual([
      'false',
      true,
      button,
      false,
    ]);
  });
  test('a click outside closes it; closeOpenPopover reports whether one was open', () => {
    button.click();
    document.getElementById('out')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(panel.hidden).toBe(true);
    expect(closeOpenPopover()).toBe(false);
    button.click();
    expect(closeOpenPopover()).toBe(true);
    expect(panel.hidden).toBe(true);
  });
});

/** A speech engine that speaks nothing and ends each utterance when told. */
function fakeSynth() {
  const spoken: SpeechSynthesisUtterance[] = [];
  const calls: string[] = [];
  return {
    spoken,
    calls,
    synth: {
      speak: (u: SpeechSynthesisUtterance) => spoken.push(u),
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      cancel: () => calls.push('cancel'),
    } as unknown as SpeechSynthesis,
    finish: () => spoken.at(-1)!.onend!({} as SpeechSynthesisEvent),
  };
}

describe('read aloud', () => {
  globalThis.SpeechSynthesisUtterance ??= class {
    constructor(public text: string) {}
  } as unknown as typeof SpeechSynthesisUtterance;

  test('reads the innermost text blocks in order, not code or empty blocks', () => {
    const article = html(
      '<h2>Head</h2><p>One</p><ul><li><p>Two</p></li><li>Three</li></ul><pre>code</pre><p> </p><figure><figcaption>cap</figcaption></figure>',
    );
    expect(blocksToRead(article).map((b) => b.textContent)).toEqual(['Head', 'One', 'Two', 'Three']);
  });

  test('one utterance per block, the block reported as it is read; pause, resume, stop', () => {
    const article = html('<p>First   paragraph.</p><p>Second.</p>');
    const { synth, spoken, calls, finish } = fakeSynth();
    const seen: [string | null, string][] = [];
    const speech = readAloud(synth, blocksToRead(article), {
      lang: 'fr',
      rate: 1.5,
      onChange: (b, s) => seen.push([b?.textContent ?? null, s]),
    });
    speech.toggle();
    expect([spoken[0]!.text, spoken[0]!.lang, spoken[0]!.rate]).toEqual(['First paragraph.', 'fr', 1.5]);
    speech.toggle();
    speech.toggle();
    speech.setRate(2);
    finish();
    expect([spoken[1]!.text, spoken[1]!.rate]).toEqual(['Second.', 2]);
    speech.stop();
    finish(); // the cancelled utterance's end must not start another
    expect(spoken).toHaveLength(2);
    expect(calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
    expect(seen).toEqual([
      ['First   paragraph.', 'speaking'],
      ['First   paragraph.', 'paused'],
      ['First   paragraph.', 'speaking'],
      ['Second.', 'speaking'],
      [null, 'idle'],
    ]);
  });

  test('reading to the end goes back to idle', () => {
    const { synth, finish } = fakeSynth();
    const states: string[] = [];
    const speech = readAloud(synth, blocksToRead(html('<p>Only.</p>')), {
      lang: 'en',
      rate: 1,
      onChange: (_, s) => states.push(s),
    });
    speech.toggle();
    finish();
    expect([states, speech.state]).toEqual([['speaking', 'idle'], 'idle']);
  });
});

describe('read aloud by sentence, from any block', () => {
  test('sentences across inline elements, each with the range it covers', () => {
    const [p] = [html('<p>One <b>two</b>. Three   four? Five</p>').firstElementChild as HTMLElement];
    const sentences = sentencesOf(p!, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['One two.', 'Three four?', 'Five']);
    expect(sentences.map((s) => s.range.toString().trim())).toEqual(['One two.', 'Three   four?', 'Five']);
  });

  test("one utterance per sentence, each reported; a block's end moves to the next block", () => {
    const { synth, spoken, finish } = fakeSynth();
    const seen: (string | null)[] = [];
    const speech = readAloud(synth, blocksToRead(html('<p>A one. A two.</p><p>B one.</p>')), {
      lang: 'en',
      rate: 1,
      onChange: (b, _s, sentence) => seen.push(`${b?.textContent ?? '-'} / ${sentence?.text ?? '-'}`),
    });
    speech.toggle();
    finish();
    finish();
    finish();
    expect(spoken.map((u) => u.text)).toEqual(['A one.', 'A two.', 'B one.']);
    expect(seen).toEqual(['A one. A two. / A one.', 'A one. A two. / A two.', 'B one. / B one.', '- / -']);
  });

  test('start from any block, skip forward and back, and a voice for the next sentence', () => {
    const { synth, spoken, finish } = fakeSynth();
    const speech = readAloud(synth, blocksToRead(html('<p>Zero.</p><p>One a. One b.</p><p>Two.</p>')), {
      lang: 'en',
      rate: 1,
      onChange: () => {},
    });
    speech.next(); // idle: nothing to skip
    expect(spoken).toHaveLength(0);
    speech.toggle(1); // from the block in view
    expect(spoken.at(-1)!.text).toBe('One a.');
    finish();
    speech.previous(); // inside a block: back to its start
    expect(spoken.at(-1)!.text).toBe('One a.');
    speech.previous(); // at a block's start: the block before
    expect(spoken.at(-1)!.text).toBe('Zero.');
    speech.next();
    speech.next();
    expect(spoken.at(-1)!.text).toBe('Two.');
    const voice = { name: 'Anna', lang: 'en-GB', voiceURI: 'anna' } as SpeechSynthesisVoice;
    speech.setVoice(voice);
    speech.startAt(0);
    expect([spoken.at(-1)!.text, spoken.at(-1)!.voice]).toEqual(['Zero.', voice]);
    const count = spoken.length;
    spoken[count - 2]!.onend!({} as SpeechSynthesisEvent); // a skipped utterance's end starts nothing
    expect(spoken).toHaveLength(count);
  });

  test("the on-device voices of the article's language, its exact variant first", () => {
    const v = (name: string, lang: string, localService = true) => ({ name, lang, localService, voiceURI: name });
    const synth = {
      getVoices: () => [
        v('us', 'en-US', false),
        v('de', 'de-DE'),
        v('gb', 'en-GB'),
        v('us-local', 'en-US'),
        v('en', 'en'),
      ],
    } as unknown as SpeechSynthesis;
    expect(voicesFor(synth, 'en-US').map((x) => x.name)).toEqual(['us-local', 'gb', 'en']); // never the network 'us'
    expect(voicesFor(synth, 'de').map((x) => x.name)).toEqual(['de']);
    expect(voicesFor(synth, 'fi')).toEqual([]);
  });
});

describe('read aloud is offered only with a voice', () => {
  const win = (voices: unknown[]) => {
    const listeners: (() => void)[] = [];
    const synth = { getVoices: () => voices, addEventListener: (_: string, f: () => void) => listeners.push(f) };
    return { w: { speechSynthesis: synth } as unknown as Window, listeners };
  };
  test('no speech synthesis at all: never offered', () => {
    const ready = vi.fn();
    whenVoices({} as Window, ready);
    expect(ready).not.toHaveBeenCalled();
  });
  test('on-device voices at once, or when they load; none, or only network voices: not offered', () => {
    const ready = vi.fn();
    whenVoices(win([{ name: 'a', localService: true }]).w, ready);
    expect(ready).toHaveBeenCalledTimes(1);
    whenVoices(win([{ name: 'Google US English', localService: false }]).w, ready);
    expect(ready).toHaveBeenCalledTimes(1);
    const voices: unknown[] = [];
    const late = win(voices);
    whenVoices(late.w, ready);
    expect(ready).toHaveBeenCalledTimes(1);
    voices.push({ name: 'b', localService: true });
    late.listeners.forEach((f) => f());
    expect(ready).toHaveBeenCalledTimes(2);
  });
});

describe('save', () => {
  test('file names keep letters of any script and nothing a file system rejects', () => {
    expect(fileName('US to cut troops: "Iraq" / Syria?', 'md')).toBe('US-to-cut-troops-Iraq-Syria.md');
    expect(fileName('الجيش الأمريكي', 'html')).toBe('الجيش-الأمريكي.html');
    expect(fileName('***', 'md')).toBe('article.md');
    expect(fileName('x'.repeat(200), 'md')).toHaveLength(83);
  });

  const story = `<p>About <mark data-figure="quantity">2,500 troops</mark> will leave.</p>
    <h2>Costs</h2><ul><li>One</li><li>Two</li></ul><pre><code>x = 1\n\ny = 2</code></pre>
    <table><thead><tr><th>Year</th><th>Cost</th></tr></thead><tbody><tr><td>2024</td><td>$4.3 billion</td></tr></tbody></table>
    <figure><img src="https://a.example/i.png" alt="Troops"><figcaption>Troops leave</figcaption></figure>`;
  const figure = {
    text: '2,500 troops',
    kind: 'quantity',
    value: 2500,
    hedge: null,
    noun: 'troops',
    index: 0,
    sentence: 'About 2,500 troops will leave.',
    weight: 3,
  } as const;

  test('Markdown: title, byline line, source, headings, lists, fenced code, tables, images, and the key figures', () => {
    const article = html(story);
    const md = articleMarkdown(
      {
        title: 'Troops *leave*',
        byline: 'A. Writer',
        siteName: 'News',
        publishedTime: '2024-05-01T10:00:00Z',
        figures: [figure],
      },
      article,
      'https://news.example/a',
    );
    expect(md).toContain('# Troops \\*leave\\*\n\n*A. Writer · News · 2024-05-01*\n\n<https://news.example/a>');
    expect(md).toContain('About 2,500 troops will leave.');
    expect(md).toContain('## Costs');
    expect(md).toMatch(/^-\s+One$/m);
    expect(md).toContain('```\nx = 1\n\ny = 2\n```');
    expect(md).toContain('| Year | Cost |');
    expect(md).toContain('![Troops](https://a.example/i.png)');
    expect(md).toContain('## Key figures\n\n| Figure | Kind | Sentence |');
    expect(md.endsWith('|\n')).toBe(true);
  });

  test("Markdown: a code block's language becomes the fence's info string", () => {
    const article = html(
      '<pre data-code-lang="rust"><code>fn main() {}\n</code></pre><pre data-code-lang="md">```\nx\n```</pre>',
    );
    const md = articleMarkdown(
      { title: 'T', byline: null, siteName: null, publishedTime: null, figures: [] },
      article,
      'https://a.example/',
    );
    expect(md).toContain('```rust\nfn main() {}\n```');
    expect(md).toContain('~~~~md\n```\nx\n```\n~~~~');
  });

  test('standalone HTML: no script, no controls, the figures list links to each figure, the theme kept', () => {
    const main =
      html(`<main id="reader"><section class="key-figures"><ol><li><button type="button" data-index="0"><span class="figure">2,500 troops</span></button></li></ol>
      <div class="key-figures-actions"><button>Copy figures</button></div></section><article>${story}</article></main>`)
        .firstElementChild as HTMLElement;
    const root = document.createElement('html');
    applyDisplay(root, { ...DEFAULT_SETTINGS, theme: 'dark' });
    const file = standaloneHtml(main, 'body { color: red; }', root);
    const doc = new DOMParser().parseFromString(file, 'text/html');
    expect(file.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelectorAll('script, button')).toHaveLength(0);
    expect(doc.querySelector('.key-figures a')!.getAttribute('href')).toBe('#figure-0');
    expect(doc.getElementById('figure-0')!.textContent).toBe('2,500 troops');
    expect(doc.querySelector('style')!.textContent).toBe('body { color: red; }');
    expect(doc.documentElement.dataset.theme).toBe('dark');
    expect(doc.querySelector('meta[charset]')).not.toBeNull();
  });
});

describe('render and localise', () => {
  test("static strings come from the messages; the UI takes the messages' language and direction", () => {
    html(
      '<button data-i18n="close" data-i18n-title="closeTitle">x</button><div data-i18n-aria-label="readerControls"></div>',
    );
    localizePage(document);
    const b = document.querySelector('button')!;
    expect([b.textContent, b.title, document.querySelector('div')!.getAttribute('aria-label')]).toEqual([
      'Close',
      'Close the reader (Esc)',
      'Reader controls',
    ]);
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['en', 'ltr']);
  });

  test("the header and the article carry the page's language and direction, the reading time is localised", () => {
    const page = new DOMParser().parseFromString(
      `<html lang="ar" dir="rtl"><head><title>خبر</title></head><body><article><h1>خبر</h1>${'<p>أعلنت الحكومة اليوم عن خطة جديدة لدعم نحو 2500 أسرة في المدينة خلال العام المقبل.</p>'.repeat(6)}</article></body></html>`,
      'text/html',
    );
    const main = html('<main id="reader"></main>').firstElementChild as HTMLElement;
    const result = extract(page, { url: 'https://news.example/ar', window });
    const article = render(main, result, result.articleFor(document)!, 'https://news.example/ar', {
      comments: 0,
      blankRuns: 0,
      blankLines: 0,
    });
    expect([article.lang, article.dir]).toEqual(['ar', 'rtl']);
    const header = main.querySelector('header')!;
    expect([header.lang, header.dir]).toEqual(['ar', 'rtl']);
    expect(header.querySelector('.meta')!.textContent).toMatch(/1 min read · Original page$/);
    expect(main.querySelector('.key-figures h2')!.textContent).toBe('Key figures');
  });

  test('the note of what was cut counts what the in-place tidy cut before the snapshot and what extraction cut', () => {
    const story =
      '<p>The council approved the new budget for the coming year after a long debate on Tuesday night.</p>'.repeat(6);
    const page = new DOMParser().parseFromString(
      `<html><head><title>Budget</title></head><body><article><h1>Budget</h1>${story}<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><section class="comments"><h3>Comments</h3><p>No comments yet.</p></section></article></body></html>`,
      'text/html',
    );
    const result = extract(page, { url: 'https://news.example/budget', window });
    expect(result.removed.map((r) => r.step)).toEqual(expect.arrayContaining(['empty-comments', 'blank-run']));
    const note = () => main.querySelector('.removed')?.textContent;
    const main = html('<main id="reader"></main>').firstElementChild as HTMLElement;
    render(main, result, result.articleFor(document)!, 'https://news.example/budget', {
      comments: 1,
      blankRuns: 2,
      blankLines: 9,
    });
    expect(note()).toBe('Tidy Reader cut from this page: empty comment sections: 2, blank runs: 3.');
    const plain = extract(
      new DOMParser().parseFromString(
        `<html><body><article><h1>Budget</h1>${story}</article></body></html>`,
        'text/html',
      ),
      { url: 'https://news.example/budget', window },
    );
    render(main, plain, plain.articleFor(document)!, 'https://news.example/budget', {
      comments: 0,
      blankRuns: 0,
      blankLines: 0,
    });
    expect(note()).toBeUndefined();
    render(main, plain, plain.articleFor(document)!, 'https://news.example/budget', {
      comments: 0,
      blankRuns: 4,
      blankLines: 12,
    });
    expect(note()).toBe('Tidy Reader cut from this page: blank runs: 4.');
  });
});

test.each([
  ['fr', 'ltr', 'Fermer'],
  ['de', 'ltr', 'Schließen'],
  ['es', 'ltr', 'Cerrar'],
  ['ar', 'rtl', 'إغلاق'],
])('in %s the UI is in that language and runs %s', async (lang, dir, close) => {
  const { useLocale } = await import('./i18n-mock');
  useLocale(lang);
  try {
    html('<button data-i18n="close">Close</button>');
    localizePage(document);
    expect([
      document.querySelector('button')!.textContent,
      document.documentElement.lang,
      document.documentElement.dir,
    ]).toEqual([close, lang, dir]);
  } finally {
    useLocale('en');
  }
});

test('the mock answers as the browser does: placeholders filled from the substitutions', async () => {
  const { localeMessage } = await import('./i18n-mock');
  expect(localeMessage('copied', ['7'])).toBe('Figures copied as a Markdown table: 7.');
  expect(
    JSON.parse(readFileSync(path.join(ROOT, '_locales/en/messages.json'), 'utf8')).copied.placeholders.count.content,
  ).toBe('$1');
});

describe('embed cards', () => {
  test('each card says what it is and that it is not loaded; the link stays the way out', () => {
    const article = html(
      '<figure data-embed="video" data-embed-site="YouTube"><a href="https://www.youtube.com/watch?v=x">Launch</a></figure>' +
        '<figure data-embed="post" data-embed-site="X"><blockquote>Liftoff!</blockquote></figure>' +
        '<figure data-embed="odd" data-embed-site="charts.example"><a href="https://charts.example/1">Chart</a></figure>',
    );
    expect(labelCards(article)).toBe(3);
    expect(Array.from(article.querySelectorAll('.embed-label')).map((p) => p.textContent)).toEqual([
      'Video on YouTube',
      'Post on X',
      'Embedded from charts.example',
    ]);
    expect(article.querySelector('.embed-note')!.textContent).toBe(
      'Not loaded in the reader: the link opens it on its site.',
    );
    expect(article.querySelector('.embed-label')!.getAttribute('lang')).toBe('en');
  });
});
