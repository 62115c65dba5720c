// The reader page (reader.html, in a frame over the article). Loaded only when the user asks
// for the reader: it fetches the page snapshot through the background, runs the whole pipeline
// on an inert parsed copy (no page script ever runs here), and renders the result. Around it:
// the display settings, read aloud, save and print, all in the browser's language.
import browser from 'webextension-polyfill';
import { extract, type ExtractResult } from '../core/pipeline';
import { parsePage } from '../core/sanitize';
import { localizePage, t } from '../shared/i18n';
import { isPageSnapshot, type Message } from '../shared/messages';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';
import { applyDisplay, bindDisplayControls } from '../shared/display';
import { closeOpenPopover, popover } from './popover';
import { blocksToRead, readAloud, whenVoices, type SpeechState } from './read-aloud';
import { render } from './render';
import { articleMarkdown, download, fileName, readerCss, standaloneHtml } from './save';
import { recordProblems } from './test-problems';

if (__TEST_HOOKS__) recordProblems();

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const main = $('reader');
const root = document.documentElement;

const status = (text: string) => {
  main.replaceChildren(Object.assign(document.createElement('p'), { className: 'status', textContent: text }));
  main.removeAttribute('aria-busy');
};

const close = () => void browser.runtime.sendMessage({ type: 'background:close-reader' } satisfies Message);

function setUpControls(settings: Settings) {
  const figuresBox = $<HTMLInputElement>('toggle-figures');
  /** The one place the page follows its settings, whoever changed them. */
  const adopt = (patch: Partial<Settings>) => {
    Object.assign(settings, patch);
    applyDisplay(root, settings);
    figuresBox.checked = settings.showFigures;
    document.body.classList.toggle('no-figures', !settings.showFigures);
  };
  /** A change made here: followed at once and saved. */
  const change = (patch: Partial<Settings>) => {
    adopt(patch);
    void saveSettings(patch);
  };
  adopt({});
  const showPanel = bindDisplayControls($('display-panel'), settings, change);
  figuresBox.addEventListener('change', () => change({ showFigures: figuresBox.checked }));
  // Another reader or the options page changed them: follow.
  onSettingsChanged((next) => {
    adopt(next);
    showPanel(settings);
  });
  popover($<HTMLButtonElement>('display-button'), $('display-panel'));
  popover($<HTMLButtonElement>('save-button'), $('save-panel'));

  $('close').addEventListener('click', close);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !closeOpenPopover()) close();
  });
}

function setUpReadAloud(article: HTMLElement, result: ExtractResult, settings: Settings) {
  whenVoices(window, (synth) => {
    const play = $<HTMLButtonElement>('speak-play');
    const stop = $<HTMLButtonElement>('speak-stop');
    let reading: HTMLElement | null = null;
    const speech = readAloud(synth, blocksToRead(article), {
      lang: result.lang ?? '',
      rate: settings.speechRate,
      onChange(block, state: SpeechState) {
        reading?.classList.remove('reading');
        reading = block;
        block?.classList.add('reading');
        block?.scrollIntoView({ behavior: 'smooth', block: 'center' });
        play.textContent = t(state === 'speaking' ? 'pause' : state === 'paused' ? 'resume' : 'readAloud');
        stop.disabled = state === 'idle';
      },
    });
    play.addEventListener('click', () => speech.toggle());
    stop.addEventListener('click', () => speech.stop());
    $('display-panel').addEventListener('input', () => speech.setRate(settings.speechRate));
    window.addEventListener('pagehide', () => speech.stop());
    $('read-aloud').hidden = false;
  });
}

function setUpSaving(article: HTMLElement, result: ExtractResult, url: string) {
  $('save-markdown').addEventListener('click', () =>
    download(fileName(result.title, 'md'), 'text/markdown', articleMarkdown(result, article, url)));
  $('save-html').addEventListener('click', () =>
    download(fileName(result.title, 'html'), 'text/html', standaloneHtml(main, readerCss(document), root)));
  $('print').addEventListener('click', () => window.print());
}

async function start() {
  localizePage(document);
  const settings = await loadSettings();
  setUpControls(settings);
  const snapshot: unknown = await browser.runtime.sendMessage({ type: 'background:snapshot' } satisfies Message);
  if (!isPageSnapshot(snapshot)) return status(t('unreadable'));
  const doc = parsePage(snapshot.html, window);
  const result = extract(doc, { url: snapshot.url, window, consume: true }); // doc is our own parse
  const content = result.articleFor(document);
  if (!content?.hasChildNodes()) return status(t('noArticle'));
  const article = render(main, result, content, snapshot.url, snapshot.tidied);
  setUpReadAloud(article, result, settings);
  setUpSaving(article, result, snapshot.url);
  $('close').focus();
}

start().catch((e) => status(t('failed', (e as Error).message)));
