// End-to-end in real Chromium (Debian's), with dist/chrome loaded as an unpacked extension.
// The reader is opened by the background's toggle(tabId): the function the toolbar click runs.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium-with-extension.mjs';
import {
  ARTIFACTS,
  DEMO_PATH,
  ROOT,
  TEST_MESSAGE,
  TIDY_CASES,
  assertArabicReader,
  assertDemoMarkdown,
  assertOptionsPage,
  assertHostileReader,
  assertReader,
  axeClean,
  changeDisplayByKeyboard,
  hostileProbe,
  readerLook,
  sourceOf,
  assertTidyCase,
  pageState,
  poll,
  readerSummary,
  tidied,
  UNDO_HOLD_MS,
  UNTOUCHED_CASES,
  within,
  PARITY_PAGES,
  assertParity,
  cliText,
  readerArticleText,
  isOurProblem,
  BIG_PAGE_ELEMENTS,
  BIG_PAGE_TIMEOUT,
  bigArticleState,
  assertBigArticle,
  EMBEDS_PATH,
  LONG_READ_PATH,
  LONG_READ_SECTIONS,
  assertRichState,
  followNote,
  longReadState,
  readToTheEnd,
  richState,
  dyslexicFontLoads,
  chooseAlwaysReader,
  siteLists,
  HEADLINE,
  WRONG_BLOCK_PATH,
  STORY_START,
  chosenState,
  storyPoint,
  pickerState,
  selectStory,
  TEST_SPOKEN,
  readAloudState,
  assertReadAloud,
} from './common.mjs';
import { CORPUS_PREFIX, GENERATED_PREFIX, HOSTILE_PATH, startServer } from './server.mjs';

const EXTENSION = path.join(ROOT, 'dist/chrome');
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';

let server, context, profile;
const requests = [];
/** The address of the tab a request comes from ('' for the background and detached frames). */
const tabUrlOf = (r) => {
  try {
    return r.frame().page()?.url() ?? '';
  } catch {
    return '';
  }
};

before(async () => {
  server = await startServer();
  ({ context, profile } = await launchWithExtension({
    executablePath: CHROMIUM,
    extension: EXTENSION,
    name: 'tidy-reader-chromium',
  }));
  context.on('request', (r) => {
    // A saved real page (the parity tests) asks for its own styles, scripts and images, and the
    // reader over it for the article's images: the page's requests, not the extension's.
    if (!tabUrlOf(r).startsWith(server.origin + CORPUS_PREFIX)) requests.push(r.url());
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** A line in the test's output per step, so a timeout in CI says where it stood. */
const step = (what) => console.log(`step ${new Date().toISOString().slice(11, 23)} ${what}`);

/**
 * Runs fn(arg) in the extension's service worker. Chrome stops an idle MV3 worker and starts a
 * new one on the next event, so the handle is looked up each time, and a call that does not
 * settle in 10 s is retried on the current worker instead of hanging the test.
 */
async function inBackground(fn, arg) {
  for (let attempt = 1; ; attempt++) {
    const worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 10000 }));
    const answer = await Promise.race([
      worker.evaluate(fn, arg).then(
        (value) => ({ value }),
        (error) => ({ error }),
      ),
      new Promise((resolve) => setTimeout(() => resolve({ error: new Error('no answer in 10 s') }), 10000)),
    ]);
    if (!answer.error) return answer.value;
    if (attempt === 3) throw new Error(`the background did not answer: ${answer.error.message}`);
  }
}

async function openDemo(pathname = DEMO_PATH) {
  const page = await context.newPage();
  await page.goto(server.origin + pathname);
  await page.bringToFront();
  // The new page is the active tab (matching by URL would need the `tabs` permission, which we do not ask for).
  const tabId = await inBackground(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  assert.equal(typeof tabId, 'number');
  return { page, tabId };
}

const readerFrame = (page) => page.frames().find((f) => f.url().startsWith('chrome-extension://'));

/** The page as the browser parses it with no extension at work (content scripts skip about:blank). */
async function referenceDom(c) {
  const page = await context.newPage();
  await page.setContent(sourceOf(c));
  await page.waitForTimeout(c.settleMs ? 2500 : 0); // let the page's own late script run
  const html = (await page.evaluate(pageState)).html;
  await page.close();
  return html;
}

const badgeOf = (tabId) =>
  inBackground(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );

for (const c of TIDY_CASES) {
  test(
    `${c.path}: tidied in place on load, the badge says what was cut, undo restores the DOM exactly`,
    { timeout: 90000 },
    async () => {
      const reference = await referenceDom(c);
      const { page, tabId } = await openDemo(c.path);
      const state = await poll(
        () => page.evaluate(pageState),
        (s) => tidied(s, c),
        { timeout: c.settleMs + 15000 },
      );
      assertTidyCase(state, c);
      const badge = await poll(
        () => badgeOf(tabId),
        (b) => c.title.test(b.title),
      );
      assert.match(badge.title, c.title);
      assert.match(badge.text, /^[1-9]\d?$/, 'the badge counts the removals');

      // The context menu's undo (the same function) puts every node back where it was.
      await inBackground((id) => globalThis.tidyReader.undo(id), tabId);
      const restored = await poll(
        () => page.evaluate(pageState),
        (s) => s.html === reference,
      );
      assert.equal(restored.html, reference, 'after undo the DOM is identical to the untouched page');
      await page.waitForTimeout(UNDO_HOLD_MS);
      assert.equal((await page.evaluate(pageState)).html, reference, 'and stays so: nothing is cut again');
      const cleared = await poll(
        () => badgeOf(tabId),
        (b) => b.text === '',
      );
      assert.deepEqual(cleared, { text: '', title: 'Tidy Reader — Article' });
      await page.close();
    },
  );
}

for (const c of UNTOUCHED_CASES) {
  test(
    `${c.path}: not an article, so nothing on it changes and the badge stays empty`,
    { timeout: 60000 },
    async () => {
      const reference = await referenceDom(c);
      const { page, tabId } = await openDemo(c.path);
      await page.waitForTimeout(c.waitMs);
      assert.equal((await page.evaluate(pageState)).html, reference, 'the DOM is the untouched page');
      const badge = await poll(
        () => badgeOf(tabId),
        (b) => /open the reader view/.test(b.title),
      );
      assert.deepEqual(badge, { text: '', title: 'Tidy Reader — open the reader view' });
      await page.close();
    },
  );
}

test('one toggle shows the reader; Esc closes it and gives the page back exactly', { timeout: 90000 }, async () => {
  const { page, tabId } = await openDemo();
  await poll(
    () => page.evaluate(pageState),
    (s) => !s.html.includes('There are no comments'),
  );
  await page.evaluate(() => {
    document.body.style.minHeight = '3000px'; // the tidied demo page fits the window: make room to scroll
    window.scrollTo(0, 300);
  });
  const original = await page.evaluate(pageState);
  assert.equal(original.scrollY, 300, 'the page is scrolled before the reader opens');

  step('open');
  await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
  const summary = await poll(
    async () => readerFrame(page).evaluate(readerSummary),
    (s) => s?.ready,
  );
  assertReader(summary);

  // Clicking a key figure scrolls the article to it.
  step('jump to a figure');
  const frame = readerFrame(page);
  await frame.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await frame.click('.key-figures li button >> nth=0');
  const inView = await poll(
    () =>
      frame.evaluate(() => {
        const r = document.querySelector('mark[data-figure].flash')?.getBoundingClientRect();
        return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    Boolean,
  );
  assert.ok(inView, 'the clicked figure is scrolled into view and flashed');
  await frame.evaluate(() => window.scrollTo(0, 0));

  // "Copy figures" writes a Markdown table of every distinct figure to the clipboard. The text is
  // recorded on its way to the real writeText: reading the system clipboard back can hang headless.
  step('copy figures');
  await frame.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      window.copied = text;
      return write(text);
    };
  });
  await frame.click('.copy-figures');
  const status = await poll(() => frame.evaluate(() => document.querySelector('.copy-status')?.textContent), Boolean);
  assert.match(status, /^Figures copied as a Markdown table: \d+\.$/);
  const clipboard = await frame.evaluate(() => window.copied);
  assert.match(clipboard, /^\| Figure \| Kind \| Sentence \|\n\| --- \| --- \| --- \|\n/);
  assert.match(clipboard, /\| about 2,500 troops \| quantity \| .*about 2,500 troops in Iraq/);

  await page.screenshot({ path: path.join(ARTIFACTS, 'chromium-reader.png') });

  // The highlight switch hides the marks; it is remembered for the next reader.
  step('highlight switch');
  await frame.click('#toggle-figures');
  assert.equal(await frame.evaluate(() => document.body.classList.contains('no-figures')), true);

  // Through the page's keyboard: frame.press would wait on a frame that Esc removes.
  step('Esc closes');
  await frame.focus('#close');
  // Not awaited to the end: Esc removes the focused frame, and the key-up's acknowledgement from
  // that frame can then never come (CI once hung here for the whole test timeout).
  await within(page.keyboard.press('Escape'), 3000);
  step('Esc pressed');
  const restored = await poll(
    () => page.evaluate(pageState),
    (s) => s.hosts === 0,
  );
  assert.equal(restored.html, original.html, 'the DOM is identical to the one before the reader opened');
  assert.equal(restored.scrollY, original.scrollY, 'the scroll position is restored');

  // The toolbar toggles it open and closed; the switch is still off, and goes back on.
  step('toolbar toggles');
  await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
  await poll(
    async () => readerFrame(page).evaluate(readerSummary),
    (s) => s?.ready,
  );
  const remembered = await poll(
    () =>
      readerFrame(page).evaluate(() => ({
        checked: document.getElementById('toggle-figures').checked,
        hidden: document.body.classList.contains('no-figures'),
      })),
    (s) => s.hidden,
  );
  assert.deepEqual(remembered, { checked: false, hidden: true }, 'the switch is remembered');
  await readerFrame(page).click('#toggle-figures');
  await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
  const again = await poll(
    () => page.evaluate(pageState),
    (s) => s.hosts === 0,
  );
  assert.equal(again.html, original.html);
  await page.close();
});

for (const name of PARITY_PAGES) {
  test(`${name}: the reader shows the article the CLI extracts, with a clean console`, { timeout: 60000 }, async () => {
    const page = await context.newPage();
    const problems = [];
    // Only the reader's lines: the saved page's own blocked scripts are the page's business.
    page.on('console', (m) => {
      if (m.location().url.startsWith('chrome-extension://') && isOurProblem(m.type(), m.text()))
        problems.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(server.origin + CORPUS_PREFIX + name);
    await page.bringToFront();
    const tabId = await inBackground(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    await poll(
      () => badgeOf(tabId),
      (b) => /—/.test(b?.title ?? ''),
    ); // the content script has read (and tidied) the page
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    const shown = await poll(
      () => readerFrame(page)?.evaluate(readerArticleText),
      (t) => t !== null && t !== undefined,
      { timeout: 30000 },
    );
    assert.equal(typeof shown, 'string', 'the reader shows an article');
    assertParity(name, shown, await cliText(name, page.url()), 'chromium');
    assert.deepEqual(problems, [], "nothing in the reader's console");
    await page.close();
  });
}

test('a 300,000-element article opens whole, without a refusal', { timeout: BIG_PAGE_TIMEOUT + 30000 }, async () => {
  const page = await context.newPage();
  await page.goto(`${server.origin}${GENERATED_PREFIX}${BIG_PAGE_ELEMENTS}.html`, { timeout: 60000 });
  await page.bringToFront();
  const tabId = await inBackground(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  await poll(
    () => badgeOf(tabId),
    (b) => /—/.test(b?.title ?? ''),
    { timeout: 30000 },
  );
  await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
  assertBigArticle(
    await poll(
      () => readerFrame(page)?.evaluate(bigArticleState),
      (s) => !!s,
      { timeout: BIG_PAGE_TIMEOUT },
    ),
  );
  await page.close();
});

/** The README's screenshots: taken here, on every run, from what the reader really shows. */
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

test(
  'the reader view: display settings from the keyboard, remembered; axe in light and dark; Save as Markdown; focus in and back',
  { timeout: 120000 },
  async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { page, tabId } = await openDemo();
    await poll(
      () => page.evaluate(pageState),
      (s) => !s.html.includes('There are no comments'),
    );
    await page.focus('a'); // the page's focus, which must come back on exit
    await page.evaluate(() => {
      document.body.style.minHeight = '3000px'; // the tidied demo page fits the window: make room to scroll
      window.scrollTo(0, 300);
    });

    step('open, light theme');
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    await poll(
      async () => readerFrame(page).evaluate(readerSummary),
      (s) => s?.ready,
    );
    let frame = readerFrame(page);
    // Read until it settles, as in Firefox: on a loaded machine the frame takes the focus a moment after it renders.
    assert.equal(
      (
        await poll(
          () => frame.evaluate(readerLook),
          (l) => l.focused === 'close',
        )
      ).focused,
      'close',
      'the focus moves into the reader',
    );
    await frame.evaluate(() => {
      for (const m of document.querySelectorAll('mark.flash')) m.classList.remove('flash');
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'light.png') });
    await frame.locator('.key-figures').screenshot({ path: path.join(SCREENSHOTS, 'figures-panel.png') });
    await axeClean(frame, 'light');

    step('display panel from the keyboard');
    await changeDisplayByKeyboard(page, frame);
    await axeClean(frame, 'dark');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dark.png') });

    step('save as Markdown');
    await frame.click('#save-button');
    const [download] = await Promise.all([page.waitForEvent('download'), frame.click('#save-markdown')]);
    assert.equal(download.suggestedFilename(), 'US-to-cut-troops-in-Iraq-as-Baghdad-takes-the-lead-against-Daesh.md');
    assertDemoMarkdown(readFileSync(await download.path(), 'utf8'), server.origin);

    step('the close button; the scroll and the focus go back to the page');
    // Straight to the close button, the save menu still open: a key press here could reach the page
    // instead (a download can take the focus from the frame), and the page's Esc closes the reader.
    await frame.locator('#close').click({ noWaitAfter: true, timeout: 10000 });
    await poll(
      () => page.evaluate(pageState),
      (s) => s.hosts === 0,
    );
    assert.equal(
      await page.evaluate(() => document.activeElement?.tagName),
      'A',
      'the focus is back where it was on the page',
    );
    assert.equal((await page.evaluate(pageState)).scrollY, 300, 'the scroll position is back');

    step('reopen: the settings were kept');
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    await poll(
      async () => readerFrame(page).evaluate(readerSummary),
      (s) => s?.ready,
    );
    frame = readerFrame(page);
    const kept = await poll(
      () => frame.evaluate(readerLook),
      (l) => l.theme === 'dark',
    );
    assert.deepEqual([kept.theme, kept.fontSize], ['dark', '24px'], 'theme and text size persist (storage.sync)');
    // Back to the defaults, for the other tests.
    await frame.evaluate(() => new Promise((resolve) => chrome.storage.sync.clear(resolve)));
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    await page.close();
  },
);

test(
  'an Arabic page reads right to left, in Arabic, with its figures; the options page offers every setting',
  { timeout: 60000 },
  async () => {
    const { page, tabId } = await openDemo('/fixtures/pages/arabic.html');
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    const summary = await poll(
      async () => readerFrame(page).evaluate(readerSummary),
      (s) => s?.ready,
    );
    const frame = readerFrame(page);
    assertArabicReader(summary, await frame.evaluate(readerLook));
    await axeClean(frame, 'Arabic page');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'arabic.png') });

    // The options page, loaded in the reader's frame (its own origin).
    await frame.evaluate(() => {
      location.href = 'options.html';
    });
    await assertOptionsPage(frame);
    const stored = await frame.evaluate(
      () => new Promise((resolve) => chrome.storage.sync.get(['theme', 'autoTidy'], resolve)),
    );
    assert.deepEqual(stored, { theme: 'sepia', autoTidy: false });
    await frame.evaluate(() => new Promise((resolve) => chrome.storage.sync.clear(resolve)));
    await page.close();
  },
);

test(
  'in a browser set to Arabic, the reader’s controls are in Arabic and run right to left',
  { timeout: 60000 },
  async () => {
    const { context: ar, profile: arProfile } = await launchWithExtension({
      executablePath: CHROMIUM,
      extension: EXTENSION,
      name: 'tidy-reader-chromium-ar',
      viewport: { width: 1000, height: 800 },
      args: ['--lang=ar'],
      options: { locale: 'ar', env: { ...process.env, LANGUAGE: 'ar' } },
    });
    try {
      const worker = ar.serviceWorkers()[0] ?? (await ar.waitForEvent('serviceworker'));
      const page = await ar.newPage();
      await page.goto(server.origin + DEMO_PATH);
      await page.bringToFront();
      await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await globalThis.tidyReader.toggle(tab.id);
      });
      await poll(
        async () => readerFrame(page)?.evaluate(readerSummary),
        (s) => s?.ready,
      );
      const frame = readerFrame(page);
      await frame.click('#display-button');
      const ui = await frame.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        close: document.getElementById('close').textContent.trim(),
        legend: document.querySelector('#display-panel legend').textContent,
        articleDir: getComputedStyle(document.querySelector('article.content')).direction,
      }));
      assert.deepEqual(
        ui,
        { lang: 'ar', dir: 'rtl', close: '✕ إغلاق', legend: 'السمة', articleDir: 'ltr' },
        'Arabic controls, right to left; the English article stays left to right',
      );
      await axeClean(frame, 'Arabic UI');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'arabic-ui.png') });
    } finally {
      await ar.close();
      rmSync(arProfile, { recursive: true, force: true });
    }
  },
);

test('embeds show as cards, footnotes work within the reader, math is shown', { timeout: 60000 }, async () => {
  const { page, tabId } = await openDemo(EMBEDS_PATH);
  await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
  const state = await poll(
    async () => readerFrame(page)?.evaluate(richState),
    (s) => s?.ready,
  );
  assertRichState(state);
  const frame = readerFrame(page);
  await axeClean(frame, 'embeds, footnotes and math');
  const jump = await frame.evaluate(followNote);
  assert.ok(jump.url.startsWith('chrome-extension://'), 'the footnote link stays in the reader');
  assert.ok(jump.inView && jump.scrollY > 0, 'and scrolls to the note');
  await frame.evaluate(() => document.querySelector('figure[data-embed]').scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-card.png') });
  await page.close();
});

test(
  'a long read has contents, a progress bar, and offers its position when opened again',
  { timeout: 90000 },
  async () => {
    const { page, tabId } = await openDemo(LONG_READ_PATH);
    const open = async () => {
      await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
      await poll(
        async () => readerFrame(page)?.evaluate(longReadState),
        (s) => s?.ready,
      );
      return readerFrame(page);
    };
    step('open');
    let frame = await open();
    let state = await frame.evaluate(longReadState);
    assert.deepEqual(state.contents, LONG_READ_SECTIONS, 'contents: a link to each section');
    assert.deepEqual([state.progress, state.resume], [0, null]);
    const font = await frame.evaluate(dyslexicFontLoads);
    assert.ok(font.loaded && font.family.startsWith('OpenDyslexic'), `the bundled OpenDyslexic loads (${font.family})`);
    await axeClean(frame, 'long read');
    step('read to the end');
    await frame.evaluate(readToTheEnd);
    state = await frame.evaluate(longReadState);
    assert.deepEqual([state.progress, state.current], [100, 'What comes next'], 'progress full, last section current');
    step('stop halfway, close, open again');
    // A wide window for the picture: the contents stand beside the article, the current section marked.
    await page.setViewportSize({ width: 1440, height: 900 });
    await frame.evaluate(async () => {
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
      await new Promise((r) => setTimeout(r, 1500));
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'contents.png') });
    await page.setViewportSize({ width: 1000, height: 1000 });
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    await poll(async () => !readerFrame(page), Boolean);
    frame = await open();
    state = await poll(
      () => frame.evaluate(longReadState),
      (s) => s.resume !== null,
    );
    assert.match(state.resume, /You stopped at \d+% of this article\./);
    await frame.click('.resume-go');
    // The bar follows the scroll on the next frame.
    state = await poll(
      () => frame.evaluate(longReadState),
      (s) => s.progress > 0,
    );
    assert.ok(
      state.scrollY > 0 && state.progress > 20 && state.progress < 80,
      `back where it stopped (${state.progress}%)`,
    );
    await frame.evaluate(() => new Promise((resolve) => chrome.storage.local.clear(resolve)));
    await page.close();
  },
);

test(
  '"Always open the reader on this site" from the reader; the options page lists it and removes it',
  { timeout: 90000 },
  async () => {
    const { page, tabId } = await openDemo();
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    await poll(
      async () => readerFrame(page)?.evaluate(readerSummary),
      (s) => s?.ready,
    );
    const choice = await readerFrame(page).evaluate(chooseAlwaysReader);
    assert.deepEqual(choice, { label: 'Always open the reader on 127.0.0.1', checked: true });
    step('reload: the reader opens by itself');
    await page.reload();
    const summary = await poll(
      async () => readerFrame(page)?.evaluate(readerSummary),
      (s) => s?.ready,
    );
    assert.equal(summary.title, HEADLINE);
    const frame = readerFrame(page);
    await axeClean(frame, 'site menu');
    step('options: listed, then removed');
    await frame.evaluate(() => {
      location.href = 'options.html';
    });
    let lists = await poll(
      () => frame.evaluate(siteLists),
      (l) => l?.alwaysReaderHosts?.length > 0,
    );
    assert.deepEqual(lists, { neverTidyHosts: ['None yet.'], alwaysReaderHosts: ['127.0.0.1'] });
    await frame.click('[data-setting="alwaysReaderHosts"] li button');
    lists = await frame.evaluate(siteLists);
    assert.deepEqual(lists.alwaysReaderHosts, ['None yet.']);
    const stored = await frame.evaluate(
      () => new Promise((resolve) => chrome.storage.sync.get('alwaysReaderHosts', resolve)),
    );
    assert.deepEqual(stored, { alwaysReaderHosts: [] });
    await frame.evaluate(() => new Promise((resolve) => chrome.storage.sync.clear(resolve)));
    await page.close();
  },
);

test(
  'a wrong extraction fixed by picking: by mouse, remembered for the site, and by selection; Esc cancels',
  { timeout: 120000 },
  async () => {
    const { page, tabId } = await openDemo(WRONG_BLOCK_PATH);
    const open = async (selection = false) => {
      await inBackground(({ id, sel }) => globalThis.tidyReader.toggle(id, sel), { id: tabId, sel: selection });
      return poll(
        async () => readerFrame(page)?.evaluate(chosenState),
        (s) => s?.ready,
      );
    };
    const closed = () => poll(async () => !readerFrame(page), Boolean);
    let state = await open();
    assert.ok(!state.text.startsWith(STORY_START), 'extraction takes the essay: the case picking is for');
    step('pick by mouse');
    await readerFrame(page).click('#pick-button');
    await poll(
      () => page.evaluate(pickerState),
      (s) => s.picking,
    );
    const point = await page.evaluate(storyPoint);
    await page.mouse.move(point.x, point.y);
    await page.mouse.click(point.x, point.y);
    state = await poll(
      async () => readerFrame(page)?.evaluate(chosenState),
      (s) => s?.ready,
    );
    assert.ok(state.text.startsWith(STORY_START), `the picked block is the article (${state.text})`);
    assert.equal(state.note, 'Showing the block you picked on 127.0.0.1.');
    assert.deepEqual(
      await page.evaluate(pickerState),
      { picking: false, marked: false },
      'the page keeps nothing of ours',
    );
    await axeClean(readerFrame(page), 'picked block');
    await readerFrame(page).click('.chosen button');
    step('remembered next time');
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    await closed();
    state = await open();
    assert.ok(state.text.startsWith(STORY_START));
    assert.deepEqual(
      [state.note, state.button],
      ['Showing the block remembered for 127.0.0.1.', 'Forget for this site'],
    );
    await readerFrame(page).click('.chosen button');
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    await closed();
    state = await open();
    assert.ok(!state.text.startsWith(STORY_START), 'forgotten: extraction decides again');
    step('Esc cancels picking');
    await readerFrame(page).click('#pick-button');
    await poll(
      () => page.evaluate(pickerState),
      (s) => s.picking,
    );
    await page.keyboard.press('Escape');
    await poll(
      () => page.evaluate(pickerState),
      (s) => !s.picking,
    );
    assert.equal(readerFrame(page), undefined, 'no reader after a cancelled pick');
    step('a selection opens alone');
    await page.evaluate(selectStory);
    state = await open(true);
    assert.ok(state.text.startsWith(STORY_START), state.text);
    assert.equal(state.note, 'Showing the text you selected on 127.0.0.1.');
    await readerFrame(page).evaluate(() => new Promise((resolve) => chrome.storage.local.clear(resolve)));
    await page.close();
  },
);

test(
  'read aloud by sentence with the on-device voice, skipping and stopping (test build: fake voices)',
  { timeout: 60000 },
  async () => {
    // Headless Chromium here has no voices; the test build brings a fake on-device one and a network
    // one (src/reader/test-voices.ts). The shipped build, which the other tests load, has neither.
    const { context: hooks, profile: hooksProfile } = await launchWithExtension({
      executablePath: CHROMIUM,
      extension: path.join(ROOT, 'dist/test-hooks'),
      name: 'tidy-reader-chromium-voices',
    });
    try {
      const worker = hooks.serviceWorkers()[0] ?? (await hooks.waitForEvent('serviceworker'));
      const page = await hooks.newPage();
      await page.goto(server.origin + DEMO_PATH);
      await page.bringToFront();
      await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await globalThis.tidyReader.toggle(tab.id);
      });
      const frame = await poll(async () => {
        const f = readerFrame(page);
        return (await f?.evaluate(readAloudState, TEST_SPOKEN))?.offered ? f : null;
      }, Boolean);
      await axeClean(frame, 'read aloud controls');
      await assertReadAloud(frame, (f) => f.evaluate(readAloudState, TEST_SPOKEN));
    } finally {
      await hooks.close();
      rmSync(hooksProfile, { recursive: true, force: true });
    }
  },
);

test('a page cannot open the reader: the shipped build has no test relay', { timeout: 30000 }, async () => {
  const { page } = await openDemo();
  await page.evaluate((key) => window.postMessage({ [key]: 'toggle' }, '*'), TEST_MESSAGE);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal((await page.evaluate(pageState)).hosts, 0);
  assert.equal(readerFrame(page), undefined);
  await page.close();
});

test(
  'a hostile page: nothing of it runs in the reader, opens a dialog or makes a request',
  { timeout: 60000 },
  async () => {
    const { page, tabId } = await openDemo(HOSTILE_PATH);
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.waitForLoadState('networkidle');
    server.takeLog(); // the page's own loads
    dialogs.length = 0;
    await inBackground((id) => globalThis.tidyReader.toggle(id), tabId);
    await poll(
      async () => readerFrame(page)?.evaluate(hostileProbe),
      (p) => p?.ready,
    );
    await page.waitForTimeout(1500); // time for any handler, image error or timer to fire
    const probe = await readerFrame(page).evaluate(hostileProbe);
    assertHostileReader(probe, server.takeLog(), dialogs);
    await page.close();
  },
);

test('the extension made no request of its own', () => {
  // javascript: URLs are the hostile page's own frames trying to run (not requests, and not ours).
  const foreign = requests.filter(
    (u) => !u.startsWith(server.origin) && !/^(chrome-extension:\/\/|data:|javascript:)/.test(u),
  );
  assert.deepEqual(foreign, []);
});
