// Content script (every http(s) page, at document_idle): decide cheaply whether the page is an
// article, tidy it in place when the settings allow, tell the toolbar what was cut, and host the
// reader view on request. Everything is wrapped so that an error here never reaches the page.
import type { Runtime } from 'webextension-polyfill';
import { countClutter, summarize, type Declutter } from '../core/tidy/declutter';
import { detectArticle } from '../core/detect';
import { TIDY_ON_LOAD_MAX_ELEMENTS } from '../core/page/limits';
import { parseMessage, type Message, type PageSnapshot, type PageStatus } from '../shared/messages';
import { hostListed, loadSettings } from '../shared/settings';
import { webext as browser } from '../shared/webext';
import type { Removal } from '../core/types';
import { openReaderFrame, type ReaderFrame } from './reader-frame';
import { snapshotHtml } from './snapshot';
import { timed } from '../shared/timing';
import { installTestRelay } from './test-relay';

const undos: (() => void)[] = [];
const removed: Removal[] = [];
/** Stops the watch for late comment widgets; set while it runs. */
let stopWatching: (() => void) | undefined;
let isArticle = false;
let reader: ReaderFrame | null = null;
let snapshot: PageSnapshot | null = null;

function report() {
  const status: PageStatus = {
    isArticle,
    removedCount: removed.length,
    summary: summarize(removed),
    tidied: removed.length > 0,
  };
  browser.runtime.sendMessage({ type: 'background:status', status } satisfies Message).catch(() => {});
}

function record(result: Declutter) {
  if (!result.removed.length) return;
  removed.push(...result.removed);
  undos.push(result.undo);
  report();
}

function undoTidy() {
  // The page as it was is what the user asked for: the watch must not cut the restored parts again.
  stopWatching?.();
  while (undos.length) undos.pop()!();
  removed.length = 0;
  report();
}

/** Opens the reader on `source` (the page, or a page made of the user's selection). */
function openReader(source: Document, picked?: string) {
  // The snapshot is taken before the frame is added, so the reader never sees itself.
  snapshot = {
    html: timed('snapshot', () => snapshotHtml(source)),
    url: location.href,
    tidied: countClutter(removed),
    ...(picked && { picked }),
  };
  reader = openReaderFrame(browser.runtime.getURL('reader.html'), () => {
    reader = null;
    snapshot = null;
  });
}

/** Picking by hand (./pick.ts), a module of its own that loads only when the user asks for it. */
const loadPick = (): Promise<typeof import('./pick')> =>
  // eslint-disable-next-line no-unsanitized/method -- the extension's own file, by its own URL
  import(browser.runtime.getURL('pick.js'));

async function toggleReader(selection = false) {
  if (reader) return reader.close();
  const selected = selection ? (await loadPick()).selectionDocument() : null;
  openReader(selected ?? document, selected ? 'selection' : undefined);
}

/** "Pick content": back to the page, the user points at the story's block, and the reader shows it. */
async function pickContent() {
  reader?.close();
  const { pickBlock, selectorOf, PICKED } = await loadPick();
  const block = await pickBlock();
  if (!block) return;
  // Marked only while the snapshot is taken: the page keeps nothing of ours.
  block.setAttribute(PICKED, '');
  try {
    openReader(document, selectorOf(block));
  } finally {
    block.removeAttribute(PICKED);
  }
}

const HANDLERS: { [T in Message['type']]?: (message: Message) => unknown } = {
  'content:toggle-reader': (m) => toggleReader('selection' in m && m.selection === true),
  'content:pick': pickContent,
  'content:close-reader': () => reader?.close(),
  'content:undo-tidy': undoTidy,
  'content:snapshot': () => snapshot,
};

browser.runtime.onMessage.addListener(
  (raw: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    const message = parseMessage(raw);
    // Only our own extension can message a content script; the id check is a second lock.
    const handler = message && sender.id === browser.runtime.id ? HANDLERS[message.type] : undefined;
    // The reply goes through sendResponse (and `true` keeps the channel open for it): Chrome's own
    // API, unlike the polyfill, does not take a promise returned from the listener.
    Promise.resolve()
      .then(() => handler?.(message!))
      .then(sendResponse, (e: unknown) => {
        console.warn('Tidy Reader:', e);
        sendResponse(undefined);
      });
    return true;
  },
);

/** The finders and the comment model (./tidy.ts), a module of their own that only articles load. */
const loadTidy = (): Promise<typeof import('./tidy')> =>
  // eslint-disable-next-line no-unsanitized/method -- the extension's own file, by its own URL
  import(browser.runtime.getURL('tidy.js'));

async function start() {
  const settings = await loadSettings();
  const host = location.hostname;
  const allowed = settings.autoTidy && !hostListed(settings.neverTidyHosts, host);
  isArticle = timed('detect', () => detectArticle(document).isArticle);
  // Pages that are not articles are left entirely alone, and never load the finders; nor do pages
  // too long to scan without holding up the page.
  const scannable = () => document.getElementsByTagName('*').length <= TIDY_ON_LOAD_MAX_ELEMENTS;
  if (isArticle && allowed && document.body && scannable()) {
    const tidy = await loadTidy();
    record(timed('tidy', tidy.tidyNow));
    stopWatching = tidy.watchLateWidgets(record);
  }
  report();
  if (isArticle && hostListed(settings.alwaysReaderHosts, host)) void toggleReader();
}

if (__TEST_HOOKS__) installTestRelay();
start().catch((e) => console.warn('Tidy Reader:', e));
