// The WebExtension API without webextension-polyfill, for the code the content script bundles:
// it loads on every page and is held to 12 KB gzipped, and the polyfill alone is a quarter of that.
// Firefox's `browser` and Chrome's Manifest V3 `chrome` both return promises for what that code
// calls (runtime.sendMessage, storage.sync.get and set); the one difference it meets, a message
// listener's asynchronous reply, goes through sendResponse, which both browsers take.
import type { Browser } from 'webextension-polyfill';

const api = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const webext: Browser = (api.browser ?? api.chrome)!;
