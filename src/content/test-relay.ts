// End-to-end test relay, compiled only into the test build (`__TEST_HOOKS__`): Firefox gives
// tests no handle on the background, so the Firefox test asks the page to post a message that
// this relays to the background: the toolbar click (`toggle`), the context menu's open on a
// selection (`toggle-selection`) and undo (`undo`), or a read of the toolbar badge (`badge`);
// the answer is posted back to the page.
// What ships has none of this: esbuild drops it, and tests/unit/guards.test.ts checks the
// shipped bundles for its marker, so no page can use this way in.
import { webext as browser } from '../shared/webext';
import { TEST_ACTIONS, type Message, type TestAction } from '../shared/messages';

export const TEST_MESSAGE = 'tidy-reader-test';

export function installTestRelay() {
  window.addEventListener('message', (e) => {
    const action = (e.data as Record<string, unknown> | null)?.[TEST_MESSAGE];
    if (e.source !== window || !TEST_ACTIONS.includes(action as TestAction)) return;
    void browser.runtime
      .sendMessage({ type: 'background:test', action } as Message)
      .then((value: unknown) => window.postMessage({ [`${TEST_MESSAGE}-reply`]: action, value }, '*'));
  });
}
