// End-to-end test relay, compiled only into the test build (`__TEST_HOOKS__`): Firefox gives
// tests no handle on the background, so the Firefox test asks the page to post a message that
// this relays to the background's `toggle`, the function the toolbar click runs.
// What ships has none of this: esbuild drops it, and tests/unit/guards.test.ts checks the
// shipped bundles for its marker, so no page can use this way in.
import browser from 'webextension-polyfill';
import type { Message } from '../shared/messages';

export const TEST_MESSAGE = 'tidy-reader-test:toggle';

export function installTestRelay() {
  window.addEventListener('message', (e) => {
    if (e.source === window && e.data === TEST_MESSAGE) {
      void browser.runtime.sendMessage({ type: 'background:test-toggle' } satisfies Message);
    }
  });
}
