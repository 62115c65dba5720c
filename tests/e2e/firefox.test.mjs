// End-to-end in real Firefox ESR (Debian's) through puppeteer-core over WebDriver BiDi.
// Firefox gives tests no handle on the background and synthesized keys do not reach extension
// shortcuts, so this loads dist/test-hooks: the shipped code built with __TEST_HOOKS__ on, whose
// content script relays one page message to the background's toggle(tabId), the function the
// toolbar click runs (src/content/test-relay.ts). The shipped build has no relay (guards.test.ts,
// and the Chromium test proves a page's message does nothing there).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
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
  PARITY_PAGES,
  assertParity,
  cliText,
  readerArticleText,
  isOurProblem,
  readerProblems,
  TEST_PROBLEMS,
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
  pickerState,
  selectStory,
  TEST_SPOKEN,
  readAloudState,
  assertReadAloud,
} from './common.mjs';
import { CORPUS_PREFIX, GENERATED_PREFIX, HOSTILE_PATH, startServer } from './server.mjs';

const EXTENSION = path.join(ROOT, 'dist/test-hooks');
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

let server, browser;
/** Where Firefox saves downloads, without asking ("Save as Markdown"). */
const DOWNLOADS = mkdtempSync(path.join(os.tmpdir(), 'tidy-reader-firefox-downloads-'));

before(async () => {
  server = await startServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1000, height: 1000 },
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': DOWNLOADS,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(EXTENSION);
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(DOWNLOADS, { recursive: true, force: true });
});

/** The reader frame: BiDi may still label it about:blank, so ask each frame where it is. */
async function readerFrame(page) {
  for (const f of page.frames()) {
    try {
      if ((await f.evaluate(() => location.protocol)) === 'moz-extension:') return f;
    } catch {
      // a frame that is going away
    }
  }
  throw new Error('no reader frame');
}

/** Resolves once the page has no reader frame any more. */
const readerClosed = (page) =>
  poll(
    () =>
      readerFrame(page).then(
        () => false,
        () => true,
      ),
    Boolean,
  );

async function openDemo(pathname = DEMO_PATH, waitUntil = 'load') {
  const page = await browser.newPage();
  await page.goto(server.origin + pathname, { waitUntil });
  return page;
}

/** Asks the background, through the test build's page relay, to run a toolbar action; resolves with its answer. */
const ask = (page, action) =>
  page.evaluate(
    (key, action) =>
      new Promise((resolve) => {
        addEventListener('message', function reply(e) {
          if (e.data?.[`${key}-reply`] !== action) return;
          removeEventListener('message', reply);
          resolve(e.data.value ?? null);
        });
        postMessage({ [key]: action }, '*');
      }),
    TEST_MESSAGE,
    action,
  );

const pressToolbar = (page) => page.evaluate((key) => window.postMessage({ [key]: 'toggle' }, '*'), TEST_MESSAGE);

/** The page as the browser parses it with no extension at work (content scripts skip about:blank). */
async function referenceDom(c) {
  const page = await browser.newPage();
  await page.setContent(sourceOf(c));
  if (c.settleMs) await new Promise((r) => setTimeout(r, 2500)); // let the page's own late script run
  const html = (await page.evaluate(pageState)).html;
  await page.close();
  return html;
}

for (const c of TIDY_CASES) {
  test(
    `${c.path}: tidied in place on load, the badge says what was cut, undo restores the DOM exactly`,
    { timeout: 90000 },
    async () => {
      const reference = await referenceDom(c);
      const page = await openDemo(c.path);
      const state = await poll(
        () => page.evaluate(pageState),
        (s) => tidied(s, c),
        { timeout: c.settleMs + 15000 },
      );
      assertTidyCase(state, c);
      const badge = await poll(
        () => ask(page, 'badge'),
        (b) => c.title.test(b?.title),
      );
      assert.match(badge.title, c.title);
      assert.match(badge.text, /^[1-9]\d?$/, 'the badge counts the removals');

      await ask(page, 'undo');
      const restored = await poll(
        () => page.evaluate(pageState),
        (s) => s.html === reference,
      );
      assert.equal(restored.html, reference, 'after undo the DOM is identical to the untouched page');
      await new Promise((r) => setTimeout(r, UNDO_HOLD_MS));
      assert.equal((await page.evaluate(pageState)).html, reference, 'and stays so: nothing is cut again');
      const cleared = await poll(
        () => ask(page, 'badge'),
        (b) => b?.text === '',
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
      const page = await openDemo(c.path);
      await new Promise((r) => setTimeout(r, c.waitMs));
      assert.equal((await page.evaluate(pageState)).html, reference, 'the DOM is the untouched page');
      const badge = await poll(
        () => ask(page, 'badge'),
        (b) => /open the reader view/.test(b?.title),
      );
      assert.deepEqual(badge, { text: '', title: 'Tidy Reader — open the reader view' });
      await page.close();
    },
  );
}

for (const name of PARITY_PAGES) {
  test(`${name}: the reader shows the article the CLI extracts, with a clean console`, { timeout: 60000 }, async () => {
    const page = await browser.newPage();
    const problems = [];
    // Only the reader's lines: the saved page's own blocked scripts are the page's business.
    page.on('console', (m) => {
      if ((m.location()?.url ?? '').startsWith('moz-extension://') && isOurProblem(m.type(), m.text()))
        problems.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(server.origin + CORPUS_PREFIX + name, { waitUntil: 'load' });
    await poll(
      () => ask(page, 'badge'),
      (b) => /—/.test(b?.title ?? ''),
    ); // the content script has read (and tidied) the page
    await pressToolbar(page);
    const shown = await poll(
      async () => (await readerFrame(page)).evaluate(readerArticleText),
      (t) => typeof t === 'string',
      { timeout: 30000 },
    );
    assert.equal(typeof shown, 'string', 'the reader shows an article');
    assertParity(name, shown, await cliText(name, page.url()), 'firefox');
    const noted = await (await readerFrame(page)).evaluate(readerProblems, TEST_PROBLEMS);
    assert.ok(Array.isArray(noted), "the test build's reader keeps a list of its problems");
    assert.deepEqual([...problems, ...noted], [], "nothing in the reader's console");
    await page.close();
  });
}

test('a 300,000-element article opens whole, without a refusal', { timeout: BIG_PAGE_TIMEOUT + 30000 }, async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${GENERATED_PREFIX}${BIG_PAGE_ELEMENTS}.html`, {
    waitUntil: 'load',
    timeout: 60000,
  });
  await poll(
    () => ask(page, 'badge'),
    (b) => /—/.test(b?.title ?? ''),
    { timeout: 30000 },
  );
  await pressToolbar(page);
  assertBigArticle(
    await poll(
      async () => (await readerFrame(page)).evaluate(bigArticleState),
      (s) => !!s,
      { timeout: BIG_PAGE_TIMEOUT },
    ),
  );
  await page.close();
});

test(
  'one toolbar press shows the reader; Esc closes it and gives the page back exactly',
  { timeout: 90000 },
  async () => {
    const page = await openDemo();
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

    await pressToolbar(page);
    const summary = await poll(
      async () => (await readerFrame(page)).evaluate(readerSummary),
      (s) => s?.ready,
    );
    assertReader(summary);

    const frame = await readerFrame(page);
    await frame.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await frame.click('.key-figures li button');
    const inView = await poll(
      () =>
        frame.evaluate(() => {
          const r = document.querySelector('mark[data-figure].flash')?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      Boolean,
    );
    assert.ok(inView, 'the clicked figure is scrolled into view and flashed');

    // Wait for the smooth scroll to settle, then go back to the top: puppeteer clicks at coordinates
    // taken before the click, so a page still scrolling makes it miss.
    await poll(async () => {
      const y = await frame.evaluate(() => window.scrollY);
      await new Promise((r) => setTimeout(r, 150));
      return y === (await frame.evaluate(() => window.scrollY));
    }, Boolean);
    await frame.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));

    // "Copy figures" reports success (Firefox gives a test no way to read the system clipboard back;
    // Chromium's test reads the table itself).
    await frame.click('.copy-figures');
    const status = await poll(() => frame.evaluate(() => document.querySelector('.copy-status')?.textContent), Boolean);
    assert.match(status, /^Figures copied as a Markdown table: \d+\.$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'firefox-reader.png') });

    // The highlight switch hides the marks; it is remembered for the next reader.
    await frame.click('#toggle-figures');
    assert.equal(await frame.evaluate(() => document.body.classList.contains('no-figures')), true);

    await frame.focus('body');
    await page.keyboard.press('Escape');
    const restored = await poll(
      () => page.evaluate(pageState),
      (s) => s.hosts === 0,
    );
    assert.equal(restored.html, original.html, 'the DOM is identical to the one before the reader opened');
    assert.equal(restored.scrollY, original.scrollY, 'the scroll position is restored');

    // A second press of the toolbar closes it too. The switch is still off, and goes back on.
    await pressToolbar(page);
    await poll(
      async () => (await readerFrame(page)).evaluate(readerSummary),
      (s) => s?.ready,
    );
    const remembered = await poll(
      async () =>
        (await readerFrame(page)).evaluate(() => ({
          checked: document.getElementById('toggle-figures').checked,
          hidden: document.body.classList.contains('no-figures'),
        })),
      (s) => s.hidden,
    );
    assert.deepEqual(remembered, { checked: false, hidden: true }, 'the switch is remembered');
    await (await readerFrame(page)).click('#toggle-figures');
    await pressToolbar(page);
    const again = await poll(
      () => page.evaluate(pageState),
      (s) => s.hosts === 0,
    );
    assert.equal(again.html, original.html);
    await page.close();
  },
);

test(
  'a hostile page: nothing of it runs in the reader, opens a dialog or makes a request',
  { timeout: 60000 },
  async () => {
    // Not 'load': Firefox never fires it on this page (its <embed> and <object> payloads stay pending).
    const page = await openDemo(HOSTILE_PATH, 'domcontentloaded');
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await new Promise((r) => setTimeout(r, 2000)); // the page's own loads
    server.takeLog();
    dialogs.length = 0; // the page's own frames are the page's business
    await pressToolbar(page);
    await poll(
      async () => (await readerFrame(page)).evaluate(hostileProbe),
      (p) => p?.ready,
    );
    await new Promise((r) => setTimeout(r, 1500)); // time for any handler, image error or timer to fire
    const probe = await (await readerFrame(page)).evaluate(hostileProbe);
    assertHostileReader(probe, server.takeLog(), dialogs);
    await page.close();
  },
);

test(
  'the reader view: display settings from the keyboard, remembered; axe in light and dark; Save as Markdown; focus in and back',
  { timeout: 120000 },
  async () => {
    const page = await openDemo();
    await poll(
      () => page.evaluate(pageState),
      (s) => !s.html.includes('There are no comments'),
    );
    await page.focus('a'); // the page's focus, which must come back on exit
    await page.evaluate(() => {
      document.body.style.minHeight = '3000px'; // the tidied demo page fits the window: make room to scroll
      window.scrollTo(0, 300);
    });

    await pressToolbar(page);
    await poll(
      async () => (await readerFrame(page)).evaluate(readerSummary),
      (s) => s?.ready,
    );
    let frame = await readerFrame(page);
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
    await axeClean(frame, 'light');

    await changeDisplayByKeyboard(page, frame);
    await axeClean(frame, 'dark');

    await frame.click('#save-button');
    await frame.click('#save-markdown');
    const file = 'US-to-cut-troops-in-Iraq-as-Baghdad-takes-the-lead-against-Daesh.md';
    const saved = await poll(
      () => readdirSync(DOWNLOADS),
      (names) => names.includes(file),
    );
    assert.ok(saved.includes(file), `saved as ${file} (found: ${saved.join(', ')})`);
    assertDemoMarkdown(readFileSync(path.join(DOWNLOADS, file), 'utf8'), server.origin);

    // Straight to the close button, the save menu still open: a key press here could reach the page
    // instead (a download can take the focus from the frame), and the page's Esc closes the reader.
    await frame.click('#close');
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

    await pressToolbar(page);
    await poll(
      async () => (await readerFrame(page)).evaluate(readerSummary),
      (s) => s?.ready,
    );
    frame = await readerFrame(page);
    const kept = await poll(
      () => frame.evaluate(readerLook),
      (l) => l.theme === 'dark',
    );
    assert.deepEqual([kept.theme, kept.fontSize], ['dark', '24px'], 'theme and text size persist (storage.sync)');
    await frame.evaluate(() => browser.storage.sync.clear());
    await pressToolbar(page);
    await page.close();
  },
);

test(
  'an Arabic page reads right to left, in Arabic, with its figures; the options page offers every setting',
  { timeout: 60000 },
  async () => {
    const page = await openDemo('/fixtures/pages/arabic.html');
    await pressToolbar(page);
    const summary = await poll(
      async () => (await readerFrame(page)).evaluate(readerSummary),
      (s) => s?.ready,
    );
    const frame = await readerFrame(page);
    assertArabicReader(summary, await frame.evaluate(readerLook));
    await axeClean(frame, 'Arabic page');

    // The options page, loaded in the reader's frame (its own origin).
    await frame.evaluate(() => {
      location.href = 'options.html';
    });
    const options = await poll(async () => {
      const f = await readerFrame(page);
      return (await f.evaluate(() => location.pathname)) === '/options.html' ? f : null;
    }, Boolean);
    await assertOptionsPage(options);
    assert.deepEqual(await options.evaluate(() => browser.storage.sync.get(['theme', 'autoTidy'])), {
      theme: 'sepia',
      autoTidy: false,
    });
    await options.evaluate(() => browser.storage.sync.clear());
    await page.close();
  },
);

test('embeds show as cards, footnotes work within the reader, math is shown', { timeout: 60000 }, async () => {
  const page = await openDemo(EMBEDS_PATH);
  await pressToolbar(page);
  const state = await poll(
    async () => (await readerFrame(page)).evaluate(richState),
    (s) => s?.ready,
  );
  assertRichState(state);
  const frame = await readerFrame(page);
  await axeClean(frame, 'embeds, footnotes and math');
  const jump = await frame.evaluate(followNote);
  assert.ok(jump.url.startsWith('moz-extension://'), 'the footnote link stays in the reader');
  assert.ok(jump.inView && jump.scrollY > 0, 'and scrolls to the note');
  await page.close();
});

test(
  'a long read has contents, a progress bar, and offers its position when opened again',
  { timeout: 90000 },
  async () => {
    const page = await openDemo(LONG_READ_PATH);
    const open = async () => {
      await pressToolbar(page);
      await poll(
        async () => (await readerFrame(page)).evaluate(longReadState),
        (s) => s?.ready,
      );
      return readerFrame(page);
    };
    let frame = await open();
    let state = await frame.evaluate(longReadState);
    assert.deepEqual(state.contents, LONG_READ_SECTIONS, 'contents: a link to each section');
    assert.deepEqual([state.progress, state.resume], [0, null]);
    const font = await frame.evaluate(dyslexicFontLoads);
    assert.ok(font.loaded && font.family.startsWith('OpenDyslexic'), `the bundled OpenDyslexic loads (${font.family})`);
    await axeClean(frame, 'long read');
    await frame.evaluate(readToTheEnd);
    state = await frame.evaluate(longReadState);
    assert.deepEqual([state.progress, state.current], [100, 'What comes next'], 'progress full, last section current');
    await frame.evaluate(async () => {
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
      await new Promise((r) => setTimeout(r, 1500));
    });
    await pressToolbar(page);
    await readerClosed(page);
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
    await frame.evaluate(() => browser.storage.local.clear());
    await page.close();
  },
);

test(
  '"Always open the reader on this site" from the reader; the options page lists it and removes it',
  { timeout: 90000 },
  async () => {
    const page = await openDemo();
    await pressToolbar(page);
    await poll(
      async () => (await readerFrame(page)).evaluate(readerSummary),
      (s) => s?.ready,
    );
    const choice = await (await readerFrame(page)).evaluate(chooseAlwaysReader);
    assert.deepEqual(choice, { label: 'Always open the reader on 127.0.0.1', checked: true });
    await page.reload();
    const summary = await poll(
      async () => (await readerFrame(page)).evaluate(readerSummary),
      (s) => s?.ready,
    );
    assert.equal(summary.title, HEADLINE);
    const frame = await readerFrame(page);
    await axeClean(frame, 'site menu');
    await frame.evaluate(() => {
      location.href = 'options.html';
    });
    const options = await poll(async () => {
      const f = await readerFrame(page);
      return (await f.evaluate(() => location.pathname)) === '/options.html' ? f : null;
    }, Boolean);
    let lists = await poll(
      () => options.evaluate(siteLists),
      (l) => l?.alwaysReaderHosts?.length > 0,
    );
    assert.deepEqual(lists, { neverTidyHosts: ['None yet.'], alwaysReaderHosts: ['127.0.0.1'] });
    await options.click('[data-setting="alwaysReaderHosts"] li button');
    lists = await poll(
      () => options.evaluate(siteLists),
      (l) => l.alwaysReaderHosts[0] === 'None yet.',
    );
    assert.deepEqual(lists.alwaysReaderHosts, ['None yet.']);
    assert.deepEqual(await options.evaluate(() => browser.storage.sync.get('alwaysReaderHosts')), {
      alwaysReaderHosts: [],
    });
    await options.evaluate(() => browser.storage.sync.clear());
    await page.close();
  },
);

test(
  'a wrong extraction fixed by picking: by keyboard, remembered for the site, and by selection',
  { timeout: 120000 },
  async () => {
    const page = await openDemo(WRONG_BLOCK_PATH);
    const open = async (action = 'toggle') => {
      await ask(page, action);
      return poll(
        async () => (await readerFrame(page)).evaluate(chosenState),
        (s) => s?.ready,
      );
    };
    const closed = () => readerClosed(page);
    let state = await open();
    assert.ok(!state.text.startsWith(STORY_START), 'extraction takes the essay: the case picking is for');
    await (await readerFrame(page)).click('#pick-button');
    await poll(
      () => page.evaluate(pickerState),
      (s) => s.picking,
    );
    // By keyboard: the picker starts on the page's first block (its header here); → moves to the
    // block beside it (the layout), ↓ goes in (the story's section), Enter picks it.
    for (const key of ['ArrowRight', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
    state = await poll(
      async () => (await readerFrame(page)).evaluate(chosenState),
      (s) => s?.ready && s.note !== null,
    );
    assert.ok(state.text.startsWith(STORY_START), state.text);
    assert.equal(state.note, 'Showing the block you picked on 127.0.0.1.');
    assert.deepEqual(await page.evaluate(pickerState), { picking: false, marked: false });
    await axeClean(await readerFrame(page), 'picked block');
    await (await readerFrame(page)).click('.chosen button');
    await pressToolbar(page);
    await closed();
    state = await open();
    assert.deepEqual(
      [state.note, state.button],
      ['Showing the block remembered for 127.0.0.1.', 'Forget for this site'],
    );
    await (await readerFrame(page)).click('.chosen button');
    await pressToolbar(page);
    await closed();
    await page.evaluate(selectStory);
    state = await open('toggle-selection');
    assert.ok(state.text.startsWith(STORY_START), state.text);
    assert.equal(state.note, 'Showing the text you selected on 127.0.0.1.');
    await (await readerFrame(page)).evaluate(() => browser.storage.local.clear());
    await page.close();
  },
);

test(
  'read aloud by sentence with the on-device voice, skipping and stopping (test build: fake voices)',
  { timeout: 60000 },
  async () => {
    const page = await openDemo();
    await pressToolbar(page);
    const frame = await poll(async () => {
      const f = await readerFrame(page);
      return (await f.evaluate(readAloudState, TEST_SPOKEN))?.offered ? f : null;
    }, Boolean);
    await axeClean(frame, 'read aloud controls');
    await assertReadAloud(frame, (f) => f.evaluate(readAloudState, TEST_SPOKEN));
    await page.close();
  },
);
