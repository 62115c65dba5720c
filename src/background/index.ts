// Background: the toolbar button, the keyboard shortcut and the context menu all toggle the
// reader through `toggle(tabId)`; it also relays between the reader frame and its page's content
// script, and keeps the badge. No state lives here (an MV3 worker can stop at any time).
import browser from 'webextension-polyfill';
import { fromContentScript, fromExtensionPage, parseMessage, type Message, type TestAction } from '../shared/messages';
import { t } from '../shared/i18n';
import { showStatus } from './badge';
import { hostOf, loadSettings, saveSettings, siteOf, withSite } from '../shared/settings';

const MENU = {
  toggle: 'tidy-reader-toggle',
  undo: 'tidy-reader-undo',
  always: 'tidy-reader-always',
  never: 'tidy-reader-never',
} as const;

const sendToPage = (tabId: number, message: Message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });

/** What a click on the toolbar button does: open the reader on this tab, or close it; on a selection, with just the selection. */
async function toggle(tabId: number, selection = false): Promise<void> {
  try {
    await sendToPage(
      tabId,
      selection ? { type: 'content:toggle-reader', selection } : { type: 'content:toggle-reader' },
    );
  } catch (e) {
    // No content script here: a browser page, a store page, or a tab opened before install.
    console.info(`Tidy Reader: nothing to read on tab ${tabId} (${(e as Error).message})`);
  }
}

/** What the context menu's undo does: put back everything the in-place tidy cut on this tab. */
async function undo(tabId: number): Promise<void> {
  await sendToPage(tabId, { type: 'content:undo-tidy' }).catch(() => {});
}

/** The toolbar button as the user sees it on a tab. Only the Firefox end-to-end test asks, through the test build's relay. */
async function badge(tabId: number): Promise<{ text: string; title: string }> {
  return { text: await browser.action.getBadgeText({ tabId }), title: await browser.action.getTitle({ tabId }) };
}

/**
 * The context menu's site choices: the page's site (its host, without www.) joins a list, and the
 * choice takes effect at once: "always" opens the reader, "never" puts the page back as it was.
 */
async function chooseForSite(choice: 'always' | 'never', pageUrl: string | undefined, tabId: number) {
  const host = hostOf(pageUrl ?? '');
  if (!host) return;
  const key = choice === 'always' ? 'alwaysReaderHosts' : 'neverTidyHosts';
  const settings = await loadSettings();
  await saveSettings({ [key]: withSite(settings[key], siteOf(host), true) });
  await (choice === 'always' ? toggle(tabId) : undo(tabId));
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

browser.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) void toggle(tab.id);
});

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-reader') return;
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId !== undefined) await toggle(tabId);
});

browser.runtime.onInstalled.addListener(() => {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU.toggle, title: t('menuOpen'), contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: MENU.undo, title: t('menuUndo'), contexts: ['page'] });
    // Site choices: web pages only (the content script's pages).
    const onWebPages = { contexts: ['page'] as ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] };
    browser.contextMenus.create({ id: MENU.always, title: t('menuAlways'), ...onWebPages });
    browser.contextMenus.create({ id: MENU.never, title: t('menuNever'), ...onWebPages });
  });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU.toggle) void toggle(tab.id, !!info.selectionText);
  if (info.menuItemId === MENU.undo) void undo(tab.id);
  if (info.menuItemId === MENU.always) void chooseForSite('always', info.pageUrl, tab.id);
  if (info.menuItemId === MENU.never) void chooseForSite('never', info.pageUrl, tab.id);
});

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const message = parseMessage(raw);
  if (!message) return undefined;
  const id = browser.runtime.id;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  switch (message.type) {
    case 'background:status':
      if (!fromContentScript(sender, id)) return undefined;
      return showStatus(tabId, message.status);
    case 'background:snapshot':
      if (!fromExtensionPage(sender, id, browser.runtime.getURL(''))) return undefined;
      return sendToPage(tabId, { type: 'content:snapshot' });
    case 'background:close-reader':
      if (!fromExtensionPage(sender, id, browser.runtime.getURL(''))) return undefined;
      return sendToPage(tabId, { type: 'content:close-reader' });
    case 'background:pick':
      if (!fromExtensionPage(sender, id, browser.runtime.getURL(''))) return undefined;
      return sendToPage(tabId, { type: 'content:pick' });
    case 'background:test':
      // The whole branch, and badge() with it, is compiled out of what ships (__TEST_HOOKS__ false).
      if (__TEST_HOOKS__ && fromContentScript(sender, id))
        return message.action === 'badge' ? badge(tabId) : HOOKS[message.action](tabId);
      return undefined;
    default:
      return undefined;
  }
});

// Automated tests drive the very functions the toolbar click and the context menu run: Chromium's
// test calls them here (only extension contexts reach the background's globals; a web page cannot),
// Firefox's through the test build's relay.
const HOOKS: Record<Exclude<TestAction, 'badge'>, (tabId: number) => Promise<unknown>> = {
  toggle,
  // The context menu's "Open in Tidy Reader" on a selection.
  'toggle-selection': (tabId) => toggle(tabId, true),
  undo,
};
(globalThis as unknown as { tidyReader: typeof HOOKS }).tidyReader = HOOKS;
