// The reader page (reader.html, in a frame over the article). Loaded only when the user asks
// for the reader: it fetches the page snapshot through the background, runs the whole pipeline
// on an inert parsed copy (no page script ever runs here), and renders the result. Around it:
// the display settings, read aloud, save and print, all in the browser's language.
import browser from 'webextension-polyfill';
import { extract, type ExtractResult } from '../core/pipeline';
import type { StepProgress } from '../core/sanitize';
import { parsePage } from '../core/sanitize';
import { localizePage, t } from '../shared/i18n';
import { isPageSnapshot, PICKED_ATTRIBUTE, type Message, type PageSnapshot } from '../shared/messages';
import { findBlock, forgetBlock, loadBlock, saveBlock } from './remembered-blocks';
import {
  hostOf,
  hostListed,
  loadSettings,
  onSettingsChanged,
  saveSettings,
  siteOf,
  withSite,
  type Settings,
} from '../shared/settings';
import { applyDisplay, bindDisplayControls } from '../shared/display';
import { closeOpenPopover, popover } from './popover';
import { blocksToRead, readAloud, voicesFor, whenVoices, type SpeechState } from './read-aloud';
import { loadVoice, saveVoice } from '../shared/voices';
import { h } from '../shared/h';
import { render } from './render';
import { labelCards } from './embed-cards';
import { setUpLongRead } from './long-read';
import { articleMarkdown, download, fileName, readerCss, standaloneHtml } from './save';
import { recordProblems } from './test-problems';
import { fakeVoicesIfNone } from './test-voices';
import { measureStages, timed } from '../shared/timing';

if (__TEST_HOOKS__) {
  recordProblems();
  fakeVoicesIfNone();
}

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

/**
 * The "This site" menu: always open the reader on the page's site, never tidy it. A site stands for
 * its subdomains (hostListed); unticking takes out every listed site that covers this host.
 */
function setUpSiteChoices(settings: Settings, url: string) {
  const host = hostOf(url);
  if (!host) return void ($('site-button').hidden = true);
  const site = siteOf(host);
  const choices = [
    ['site-always', 'alwaysReaderHosts', 'alwaysReaderSite'],
    ['site-never', 'neverTidyHosts', 'neverTidySite'],
  ] as const;
  const show = () => {
    for (const [id, key] of choices) $<HTMLInputElement>(id).checked = hostListed(settings[key], host);
  };
  for (const [id, key, label] of choices) {
    $(`${id}-label`).textContent = t(label, site);
    $<HTMLInputElement>(id).addEventListener('change', (e) => {
      const on = (e.target as HTMLInputElement).checked;
      const sites = on ? withSite(settings[key], site, true) : settings[key].filter((s) => !hostListed([s], host));
      settings[key] = sites;
      void saveSettings({ [key]: sites });
    });
  }
  onSettingsChanged((next) => {
    Object.assign(settings, next);
    show();
  });
  show();
  popover($<HTMLButtonElement>('site-button'), $('site-panel'));
}

/** The first block whose text is still in view below the toolbar: where reading starts when the reader has scrolled. */
function firstInView(blocks: HTMLElement[]): number {
  const top = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
  const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > top);
  return Math.max(0, i);
}

/** Where the CSS Custom Highlight API is (Chromium, Firefox 140+): the sentence is highlighted without touching the article. */
const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
const Highlighter = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;

function setUpReadAloud(article: HTMLElement, result: ExtractResult, settings: Settings) {
  whenVoices(window, (synth) => {
    const play = $<HTMLButtonElement>('speak-play');
    const stop = $<HTMLButtonElement>('speak-stop');
    const skips = [$<HTMLButtonElement>('speak-previous'), $<HTMLButtonElement>('speak-next')] as const;
    const voiceBox = $<HTMLSelectElement>('speak-voice');
    const lang = result.lang ?? '';
    const voices = voicesFor(synth, lang);
    // No on-device voice for the article's language: nothing to read it with (a network voice is never used).
    if (!voices.length) return;
    const blocks = blocksToRead(article);
    let reading: HTMLElement | null = null;
    const speech = readAloud(synth, blocks, {
      lang,
      rate: settings.speechRate,
      voice: voices[0]!,
      onChange(block, state: SpeechState, sentence) {
        if (block !== reading) {
          reading?.classList.remove('reading');
          block?.classList.add('reading');
          block?.scrollIntoView({ behavior: 'smooth', block: 'center' });
          reading = block;
        }
        if (highlights && Highlighter && sentence) highlights.set('tidy-sentence', new Highlighter(sentence.range));
        else highlights?.delete('tidy-sentence');
        play.textContent = t(state === 'speaking' ? 'pause' : state === 'paused' ? 'resume' : 'readAloud');
        stop.disabled = state === 'idle';
        for (const b of skips) b.disabled = state === 'idle';
        document.body.classList.toggle('speaking', state !== 'idle');
      },
    });
    // The on-device voices of the article's language; the one picked last time for it, if it is still there.
    voiceBox.append(...voices.map((v) => h('option', { value: v.voiceURI }, `${v.name} (${v.lang})`)));
    void loadVoice(lang).then((uri) => {
      const voice = voices.find((v) => v.voiceURI === uri);
      if (!voice) return;
      voiceBox.value = voice.voiceURI;
      speech.setVoice(voice);
    });
    voiceBox.addEventListener('change', () => {
      speech.setVoice(voices.find((v) => v.voiceURI === voiceBox.value) ?? voices[0]!);
      void saveVoice(lang, voiceBox.value);
    });
    // Idle, it starts at the first block in view: scroll to a paragraph, then read aloud from it.
    play.addEventListener('click', () => speech.toggle(firstInView(blocks)));
    stop.addEventListener('click', () => speech.stop());
    skips[0].addEventListener('click', () => speech.previous());
    skips[1].addEventListener('click', () => speech.next());
    // While reading, a click on a block (not on a link in it) reads from there.
    article.addEventListener('click', (e) => {
      if (speech.state === 'idle' || (e.target as Element).closest('a')) return;
      const i = blocks.findIndex((b) => b.contains(e.target as Node));
      if (i >= 0) speech.startAt(i);
    });
    $('display-panel').addEventListener('input', () => speech.setRate(settings.speechRate));
    window.addEventListener('pagehide', () => speech.stop());
    $('read-aloud').hidden = false;
  });
}

function setUpSaving(article: HTMLElement, result: ExtractResult, url: string) {
  $('save-markdown').addEventListener('click', () =>
    download(fileName(result.title, 'md'), 'text/markdown', articleMarkdown(result, article, url)),
  );
  $('save-html').addEventListener('click', () =>
    download(fileName(result.title, 'html'), 'text/html', standaloneHtml(main, readerCss(document), root)),
  );
  $('print').addEventListener('click', () => window.print());
}

/** How the reader came to show a block instead of what extraction finds: picked now, selected, or remembered. */
interface Chosen {
  block: Element;
  how: 'picked' | 'selection' | 'remembered';
  /** Finds the block again on the site's other pages (none for a selection). */
  selector: string | null;
}

/** The block the user chose for this page, if any: the one marked in the snapshot, else the one remembered for the site. */
async function chosenBlock(doc: Document, snapshot: PageSnapshot, site: string): Promise<Chosen | null> {
  const marked = doc.querySelector(`[${PICKED_ATTRIBUTE}]`);
  if (marked) {
    marked.removeAttribute(PICKED_ATTRIBUTE);
    const selection = snapshot.picked === 'selection';
    return {
      block: marked,
      how: selection ? 'selection' : 'picked',
      selector: selection ? null : (snapshot.picked ?? null),
    };
  }
  const remembered = site ? await loadBlock(site) : null;
  const block = remembered && findBlock(doc, remembered);
  return block ? { block, how: 'remembered', selector: remembered } : null;
}

/** The line above the article that says what it shows, with Remember / Forget for the site. */
function chosenNote(chosen: Chosen, site: string): HTMLElement {
  const text = h(
    'span',
    {},
    t(chosen.how === 'picked' ? 'pickedNote' : chosen.how === 'selection' ? 'selectionNote' : 'rememberedNote', site),
  );
  const note = h('p', { class: 'chosen', role: 'status' }, text);
  const button = (
    label: 'rememberBlock' | 'forgetBlock',
    act: () => Promise<void>,
    done: 'blockRemembered' | 'blockForgotten',
  ) => {
    const b = h('button', { type: 'button' }, t(label));
    b.addEventListener('click', async () => {
      await act();
      text.textContent = t(done, site);
      b.remove();
    });
    return b;
  };
  if (chosen.how === 'picked' && chosen.selector && site)
    note.append(
      ' ',
      button('rememberBlock', () => saveBlock(site, chosen.selector!), 'blockRemembered'),
    );
  if (chosen.how === 'remembered')
    note.append(
      ' ',
      button('forgetBlock', () => forgetBlock(site), 'blockForgotten'),
    );
  return note;
}

/** Lets the reader page paint (a status line, a step of a long article) before its next piece of work. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The rest of a long article, a step at a time between frames, with a line saying how far it is. */
async function placeRest(steps: Generator<StepProgress, void>, step: IteratorResult<StepProgress, void>) {
  if (step.done) return;
  const line = Object.assign(document.createElement('p'), { className: 'status adding' });
  line.setAttribute('role', 'status');
  main.append(line);
  for (; !step.done; step = timed('sanitize', () => steps.next())) {
    // A large element that takes step after step lays out only when in view (reader.css .long):
    // otherwise every step would lay out the whole of a 60,000-row table again.
    step.value.into.closest('table, ul, ol, dl')?.classList.add('long');
    line.textContent = t('addingRest', Math.floor((100 * step.value.placed) / Math.max(1, step.value.total)));
    await nextFrame();
  }
  line.remove();
}

async function start() {
  localizePage(document);
  const settings = await loadSettings();
  setUpControls(settings);
  const snapshot: unknown = await browser.runtime.sendMessage({ type: 'background:snapshot' } satisfies Message);
  if (!isPageSnapshot(snapshot)) return status(t('unreadable'));
  setUpSiteChoices(settings, snapshot.url);
  $('pick-button').addEventListener('click', () =>
    browser.runtime.sendMessage({ type: 'background:pick' } satisfies Message),
  );
  $('status').textContent = t('findingArticle');
  await nextFrame();
  const doc = timed('parse', () => parsePage(snapshot.html, window));
  // A block the user chose is the whole page the pipeline reads (the page's <head> stays for its metadata).
  const site = siteOf(hostOf(snapshot.url));
  const chosen = await chosenBlock(doc, snapshot, site);
  if (chosen) doc.body.replaceChildren(chosen.block);
  const extractStart = performance.now();
  const result = timed('extract', () => extract(doc, { url: snapshot.url, window, consume: true })); // doc is our own parse
  measureStages('extract', extractStart, result.timings);
  // The header and the article's first step in one task, painted together; a long article's
  // rest follows between frames, so it shows at once at any length.
  const article = timed('render', () =>
    render(main, result, document.createDocumentFragment(), snapshot.url, snapshot.tidied),
  );
  const steps = result.articleInto(article);
  const first = timed('sanitize', () => steps.next());
  if (!article.hasChildNodes()) return status(t('noArticle'));
  if (chosen) article.before(chosenNote(chosen, site));
  $('close').focus();
  await placeRest(steps, first);
  labelCards(article);
  setUpReadAloud(article, result, settings);
  void setUpLongRead(article, document.querySelector<HTMLElement>('.toolbar')!, snapshot.url);
  setUpSaving(article, result, snapshot.url);
}

start().catch((e) => status(t('failed', (e as Error).message)));
