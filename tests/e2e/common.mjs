// What both end-to-end tests expect of the reader view, so Chromium and Firefox are held to
// the same assertions.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { BIG_PAGE_LAST_LINE, BIG_PAGE_TITLE, bigArticleRows } from '../fixtures/big-page.mjs';
import { CORPUS_DIR } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const DEMO_PATH = '/demo/article.html';
export const HEADLINE = 'US to cut troops in Iraq as Baghdad takes the lead against Daesh';
export const FIGURES = ['about 2,500 troops', 'more than 900', 'fewer than 2,000'];
/** The page-posted message of the test relay (src/content/test-relay.ts). */
export const TEST_MESSAGE = /TEST_MESSAGE = '([^']+)'/.exec(
  readFileSync(path.join(ROOT, 'src/content/test-relay.ts'), 'utf8'),
)[1];

/** The nine paragraphs of the demo article, as the page has them. */
export function demoParagraphs() {
  const { document } = new JSDOM(readFileSync(path.join(ROOT, 'demo/article.html'), 'utf8')).window;
  return [...document.querySelectorAll('article > p:not(.byline)')].map((p) => p.textContent.trim()).filter(Boolean);
}

/** Runs inside the reader frame: what it shows. Self-contained (it is serialized into the browser). */
export function readerSummary() {
  const article = document.querySelector('article.content');
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const blocks = article ? [...article.querySelectorAll('p, div')].filter(visible) : [];
  return {
    ready: !!article,
    url: location.href,
    title: document.querySelector('h1.title')?.textContent ?? null,
    text: document.body.innerText,
    paragraphs: article ? [...article.querySelectorAll('p')].map((p) => p.textContent.trim()) : [],
    marks: article
      ? [...article.querySelectorAll('mark[data-figure]')].map((m) => ({
          kind: m.dataset.figure,
          text: m.textContent,
          visible: visible(m),
        }))
      : [],
    keyFigures: [...document.querySelectorAll('.key-figures .figure')].map((e) => e.textContent),
    // A blank block: a paragraph or div with no text and no media, which a blank run would leave.
    blankBlocks: blocks.filter((b) => !b.textContent.trim() && !b.querySelector('img, video, picture, iframe, svg'))
      .length,
    activeInReader: document.hasFocus(),
  };
}

/** Runs in the page: its DOM and scroll position. */
export function pageState() {
  return {
    html: document.documentElement.outerHTML,
    scrollY: Math.round(window.scrollY),
    hosts: document.querySelectorAll('tidy-reader-view').length,
  };
}

/**
 * Pages the content script must tidy in place with no click: what must go, what must stay, what
 * the toolbar title then says, and how long the page takes to settle (late comment widgets are
 * removed when the content script's watch window closes, 10 s after load).
 */
export const TIDY_CASES = [
  {
    path: DEMO_PATH,
    gone: ['There are no comments', '<p>&nbsp;</p>', '<br><br><br>'],
    kept: [HEADLINE, 'fewer than 2,000 US troops'],
    title: /^Tidy Reader — Article · empty comments, \d+ blank lines$/,
    settleMs: 0,
  },
  {
    path: '/fixtures/pages/wordpress-reply.html',
    gone: ['Leave a Reply', 'id="commentform"', '<o:p>&nbsp;</o:p>', '<br><br><br><br>', 'class="spacer"'],
    // The poem's line breaks and the <pre> blank line are text, not blank runs.
    kept: [
      'Poem of the day, by a passenger:<br>Grey water, white gull,<br>the old boat comes home.',
      '07:10  harbour\n\n  07:35  island',
    ],
    title: /^Tidy Reader — Article · empty comments, \d+ blank lines$/,
    settleMs: 0,
  },
  {
    // German WordPress, the comments area only "Schreibe einen Kommentar", the form and Akismet's notice.
    path: '/fixtures/pages/wordpress-de-form-only.html',
    gone: ['id="comments"', 'Schreibe einen Kommentar <small>', 'Akismet', '<p>&nbsp;</p>'],
    kept: ['Die Fähre fährt wieder', 'etwa 2.500 Plätzen pro Woche', '<a href="#respond">Schreibe einen Kommentar</a>'],
    title: /^Tidy Reader — Article · empty comments, 3 blank lines$/,
    settleMs: 0,
  },
  {
    // Jetpack: the frame is only the reply form.
    path: '/fixtures/pages/jetpack.html',
    gone: ['id="pl_comments"', 'jetpack_remote_comment'],
    kept: ['Martin learns life as a pro', 'the waiting: for a call'],
    title: /^Tidy Reader — Article · empty comments$/,
    settleMs: 0,
  },
  {
    // A real thread: its comments and its reply form stay; only the blank run at the post's end goes.
    path: '/fixtures/pages/wordpress-thread.html',
    gone: ['<p>&nbsp;</p>', '<br><br><br>'],
    kept: [
      '3 thoughts on',
      'nobody wanted the buses back',
      'Fix the potholes first.',
      'id="commentform"',
      '<textarea id="comment"',
      'Leave a Reply',
    ],
    title: /^Tidy Reader — Article · 5 blank lines$/,
    settleMs: 0,
  },
  {
    path: '/fixtures/pages/late-widgets.html',
    gone: ['<section class="comments">', 'id="disqus_thread"', '<p>&nbsp;</p>'],
    kept: ['Night trains are back on the northern line', 'about 1,200 tickets'],
    // The bare Disqus root and the late box stand side by side with nothing between them: one
    // section of two parts, cut together once the watch window closes.
    title: /^Tidy Reader — Article · empty comments, 3 blank lines$/,
    settleMs: 12000,
  },
];

/** A case's page as the server sends it (server.mjs maps /fixtures/ to tests/fixtures/). */
export const sourceOf = (c) =>
  readFileSync(path.join(ROOT, c.path.replace(/^\/fixtures\//, 'tests/fixtures/').replace(/^\//, '')), 'utf8');

/** Has every `gone` string left the page's DOM? */
/**
 * Pages that are not articles: nothing on them may change, with no click and after the time a tidy
 * would take (a forum's typed blank lines and its quick-reply box are the users').
 */
export const UNTOUCHED_CASES = [{ path: '/fixtures/pages/forum.html', waitMs: 2000 }];

/** After undo, how long the page must stay as it was: past the late-widget watch's 300 ms debounce,
 * which once cut the restored comment area again. */
export const UNDO_HOLD_MS = 1000;

export const tidied = (state, c) => c.gone.every((g) => !state.html.includes(g));

export function assertTidyCase(state, c) {
  for (const g of c.gone) assert.ok(!state.html.includes(g), `${c.path}: cut without any click: ${g}`);
  for (const k of c.kept) assert.ok(state.html.includes(k), `${c.path}: kept: ${k}`);
}

export function assertReader(summary) {
  assert.ok(summary.ready, 'the reader rendered an article');
  assert.equal(summary.title, HEADLINE);
  const paragraphs = demoParagraphs();
  assert.equal(paragraphs.length, 9);
  for (const p of paragraphs) assert.ok(summary.paragraphs.includes(p), `paragraph shown: ${p.slice(0, 50)}…`);
  for (const f of FIGURES) {
    assert.ok(
      summary.marks.some((m) => m.kind === 'quantity' && m.text === f && m.visible),
      `figure highlighted: ${f}`,
    );
    assert.ok(summary.keyFigures.includes(f), `figure in the key-figures panel: ${f}`);
  }
  assert.ok(!/no comments|Add yours/i.test(summary.text), 'no comment box in the reader');
  assert.equal(summary.blankBlocks, 0, 'no blank run in the reader');
}

const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT once ms have passed (the promise is left to settle on its own). */
export function within(promise, ms) {
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Polls `read` until `done(value)` or the time runs out; returns the last value. */
export async function poll(read, done, { timeout = 15000, every = 200 } = {}) {
  const end = Date.now() + timeout;
  let value;
  for (;;) {
    try {
      // A read is bounded too: an evaluate in a renderer that never answers must not hang the test.
      const answer = await within(read(), Math.max(end - Date.now(), every));
      if (answer !== TIMED_OUT) value = answer;
      if (done(value)) return value;
    } catch {
      // the frame may not exist yet, or be navigating
    }
    if (Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Runs inside the reader frame on the hostile page: any sign that a payload ran there. */
export function hostileProbe() {
  const article = document.querySelector('article.content');
  const all = article ? [...article.querySelectorAll('*')] : [];
  return {
    ready: !!article,
    pwned: window.__pwned ?? null,
    fillerParagraphs: article
      ? [...article.querySelectorAll('p')].filter((p) => p.textContent.includes('The council approved')).length
      : 0,
    // Only the reader's own script; no handler attribute, script URL or frame in what it shows.
    scripts: [...document.scripts].map((s) => s.getAttribute('src')),
    handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    scriptUrls: all.filter((el) => [...el.attributes].some((a) => /^\s*(javascript|vbscript|data:text)/i.test(a.value)))
      .length,
    frames: document.querySelectorAll('iframe, frame, object, embed').length,
  };
}

/**
 * What both browsers must show for the hostile page: the article's text, and no trace of any
 * payload — no marker, no dialog, and no request to /pwned… from the reader (`log`: the paths
 * the server was asked for after the page had loaded and before the reader closed).
 */
export function assertHostileReader(probe, log, dialogs) {
  assert.equal(probe.pwned, null, 'no payload ran in the reader');
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.deepEqual(
    log.filter((p) => p.startsWith('/pwned')),
    [],
    'no request from a payload',
  );
  assert.deepEqual(probe.scripts, ['reader.js']);
  assert.equal(probe.handlers, 0);
  assert.equal(probe.scriptUrls, 0);
  assert.equal(probe.frames, 0);
  // The article shows; not all of it: a payload that leaves a <noscript> or <math> open swallows
  // what follows it once the snapshot is parsed again, and that goes with the unsafe element.
  assert.ok(probe.fillerParagraphs >= 10, `the article is shown (${probe.fillerParagraphs} paragraphs)`);
}

/** Runs inside the reader frame: how it looks now, and where the focus is. */
export function readerLook() {
  const root = document.documentElement;
  const p = document.querySelector('article.content p');
  const article = document.querySelector('article.content');
  return {
    theme: root.dataset.theme,
    background: getComputedStyle(document.body).backgroundColor,
    fontSize: p ? getComputedStyle(p).fontSize : null,
    displayOpen: document.getElementById('display-button').getAttribute('aria-expanded') === 'true',
    focused:
      document.activeElement?.id || document.activeElement?.getAttribute('name') || document.activeElement?.tagName,
    uiDir: root.dir,
    articleLang: article?.lang ?? null,
    articleDir: article?.dir ?? null,
    articleRtl: article ? getComputedStyle(article).direction === 'rtl' : null,
  };
}

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs inside the reader frame once axe is loaded: the serious and critical violations. */
async function axeViolations() {
  const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
  return violations
    .filter((v) => ['serious', 'critical'].includes(v.impact))
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** Loads axe-core into `frame` (playwright's or puppeteer's) and asserts no serious or critical violation. */
export async function axeClean(frame, label) {
  await frame.evaluate(AXE_SOURCE);
  assert.deepEqual(await frame.evaluate(axeViolations), [], `axe: no serious or critical violation (${label})`);
}

/**
 * The display panel from the keyboard, in either browser (`page.keyboard` and `frame.evaluate`
 * are the same in playwright and puppeteer): Enter opens it on the checked theme, arrow keys pick
 * dark, Tab reaches the text-size slider, arrows make it 4px larger, Esc closes the panel (not the reader).
 */
export async function changeDisplayByKeyboard(page, frame) {
  const before = await frame.evaluate(readerLook);
  await frame.focus('#display-button');
  await page.keyboard.press('Enter');
  const opened = await poll(
    () => frame.evaluate(readerLook),
    (l) => l.displayOpen,
  );
  assert.equal(opened.focused, 'theme', 'opening the panel puts the focus on the theme');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // auto → light → sepia → dark
  for (let i = 0; i < 2; i++) await page.keyboard.press('Tab'); // the font choice, then the text size
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const changed = await poll(
    () => frame.evaluate(readerLook),
    (l) => l.theme === 'dark' && l.fontSize === '24px',
  );
  assert.equal(changed.theme, 'dark', 'the theme follows the keyboard at once');
  assert.equal(before.fontSize, '20px');
  assert.equal(changed.fontSize, '24px', 'the text size follows the slider at once');
  assert.notEqual(changed.background, before.background, 'the dark theme changes the background');
  await page.keyboard.press('Escape');
  const closed = await poll(
    () => frame.evaluate(readerLook),
    (l) => !l.displayOpen,
  );
  assert.equal(closed.focused, 'display-button', 'Esc closes the panel and gives the focus back to its button');
  return changed;
}

/** What "Save as Markdown" must write for the demo page. */
export function assertDemoMarkdown(md, origin) {
  assert.ok(md.startsWith(`# ${HEADLINE}\n`), 'the title first');
  assert.ok(md.includes(`<${origin}${DEMO_PATH}>`), 'the address of the original');
  assert.match(md, /about 2,500 troops in Iraq/);
  assert.match(md, /## Key figures\n\n\| Figure \| Kind \| Sentence \|/);
  assert.ok(!/There are no comments/.test(md));
}

/** What the Arabic page must look like in the reader: right to left, in Arabic, with its figures. */
export function assertArabicReader(summary, look) {
  assert.equal(summary.title, 'المدينة تفتتح خط الترام الجديد');
  assert.deepEqual([look.articleLang, look.articleDir, look.articleRtl], ['ar', 'rtl', true]);
  assert.ok(summary.keyFigures.includes('850 مليون ريال'), `key figures: ${summary.keyFigures.join(' | ')}`);
}

/** Every setting's name, read from its one source (the rows of SETTINGS). */
export const SETTING_NAMES = [
  ...readFileSync(path.join(ROOT, 'src/shared/settings.ts'), 'utf8').matchAll(/^ {2}(\w+): \{ default:/gm),
].map((m) => m[1]);

/** Runs in the options page: the settings its form controls, and its language. */
export function optionsProbe() {
  const form = document.getElementById('options');
  return {
    ready: !!form?.querySelector('input[name="theme"]') && form.elements.namedItem('autoTidy').checked !== undefined,
    names: [...new Set([...form.elements].map((e) => e.name).filter(Boolean))].sort(),
    heading: document.querySelector('h1')?.textContent,
    saved: document.getElementById('saved')?.textContent,
  };
}

/** The options page must offer every setting; a change is saved at once. */
export async function assertOptionsPage(page) {
  const probe = await poll(
    () => page.evaluate(optionsProbe),
    (p) => p?.ready,
  );
  assert.equal(probe.heading, 'Tidy Reader options');
  assert.deepEqual(probe.names, [...SETTING_NAMES].sort(), 'a control for every setting');
  await page.click('input[name="theme"][value="sepia"]');
  await page.click('input[name="autoTidy"]');
  const after = await poll(
    () => page.evaluate(optionsProbe),
    (p) => p.saved === 'Saved.',
  );
  assert.equal(after.saved, 'Saved.');
}

/**
 * The reader and the CLI agree (issue 19): every 13th labelled real page (30 of them, from all
 * five development corpora), opened in the browser as a saved page and read in the reader view as
 * the toolbar opens it, against `extract` of the built module on the same file in jsdom.
 */
export const PARITY_PAGES = readdirSync(CORPUS_DIR)
  .sort()
  .filter((_, i) => i % 13 === 0)
  .map((f) => f.replace(/\.gz$/, ''));
export const PARITY_MIN_F1 = 0.999;

/** The article text the CLI extracts from a parity page, read at `url`. */
export async function cliText(name, url) {
  const { extract } = await import(path.join(ROOT, 'dist/tidy-reader.mjs'));
  const html = gunzipSync(readFileSync(path.join(CORPUS_DIR, `${name}.gz`))).toString('utf8');
  return extract(new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document).text; // as the CLI: the page's CSS errors are not ours
}

/**
 * Runs inside the reader frame: the article's text as shown (blocks apart), or null until it is
 * shown; without what the CLI's text leaves out by design: the embed cards' labels and links,
 * made after the text is read (a card is the reader's pointer to an embed, not the article's words).
 */
export function readerArticleText() {
  const article = document.querySelector('article.content');
  if (!article) return null;
  const cardParts = [...article.querySelectorAll('.embed-label, .embed-note, figure[data-embed] > a')];
  for (const el of cardParts) el.hidden = true;
  const text = article.innerText;
  for (const el of cardParts) el.hidden = false;
  return text;
}

const bagOfWords = (text) => {
  const counts = new Map();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
};
const bagSize = (m) => [...m.values()].reduce((s, n) => s + n, 0);

/** Bag-of-words F1 of two texts (words and numbers, case folded), as the extraction scorers count. */
export function wordF1(a, b) {
  const [x, y] = [bagOfWords(a), bagOfWords(b)];
  let common = 0;
  for (const [w, n] of x) common += Math.min(n, y.get(w) ?? 0);
  if (!bagSize(x) && !bagSize(y)) return 1;
  return common ? (2 * common) / (bagSize(x) + bagSize(y)) : 0;
}

/** The words `a` has more often than `b`, at most `max` of them: what a failed parity check shows. */
function surplus(a, b, max = 25) {
  const [x, y] = [bagOfWords(a), bagOfWords(b)];
  return [...x]
    .filter(([w, n]) => n > (y.get(w) ?? 0))
    .slice(0, max)
    .map(([w, n]) => `${w}×${n - (y.get(w) ?? 0)}`)
    .join(' ');
}

/** Fails unless the reader's article and the CLI's match word for word (F1 ≥ PARITY_MIN_F1); both texts go to the artifacts. */
export function assertParity(name, shown, cli, browserName) {
  const f1 = wordF1(shown, cli);
  if (f1 >= PARITY_MIN_F1) return;
  writeFileSync(path.join(ARTIFACTS, `parity-${browserName}-${name}.txt`), `READER\n${shown}\n\nCLI\n${cli}\n`);
  assert.fail(
    `the reader's article and the CLI's differ: word F1 ${f1.toFixed(4)}; only the reader: ${surplus(shown, cli)}; only the CLI: ${surplus(cli, shown)}`,
  );
}

/** The test build's reader notes its own console problems and CSP violations here (src/reader/test-problems.ts). */
export const TEST_PROBLEMS = /TEST_PROBLEMS = '([^']+)'/.exec(
  readFileSync(path.join(ROOT, 'src/reader/test-problems.ts'), 'utf8'),
)[1];

/** Runs inside the reader frame: the problems its page noted, or null if it keeps no list (not the test build). */
export function readerProblems(attribute) {
  const noted = document.documentElement.getAttribute(attribute);
  return noted === null ? null : JSON.parse(noted);
}

/** A console line from our own code that the parity test fails on: an error, a warning or a CSP violation. */
export const isOurProblem = (type, text) =>
  type === 'error' || type === 'warning' || /Content Security Policy/i.test(text);

/** The generated long article the "any page size" tests open: 300,000 elements (issue 19). */
export const BIG_PAGE_ELEMENTS = 300000;
export const BIG_PAGE_TIMEOUT = 90000;

/** Runs inside the reader frame: what it shows of a long article, once it has placed all of it (null until then). */
export function bigArticleState() {
  const main = document.getElementById('reader');
  if (!main || main.hasAttribute('aria-busy') || main.querySelector('.status.adding')) return null;
  const article = main.querySelector('article.content');
  return {
    status: main.querySelector('.status')?.textContent ?? null,
    title: main.querySelector('h1.title')?.textContent ?? null,
    rows: article?.querySelectorAll('tbody > tr').length ?? 0,
    tables: article?.querySelectorAll('table').length ?? 0,
    last: article?.querySelector('p:last-of-type')?.textContent ?? null,
  };
}

/** The long article is all there, in one table, with no refusal or error message. */
export function assertBigArticle(state) {
  assert.ok(state, 'the reader placed the whole article');
  assert.equal(state.status, null, 'no message instead of the article');
  assert.equal(state.title, BIG_PAGE_TITLE);
  assert.equal(state.tables, 1, 'the table stays one table');
  assert.equal(state.rows, bigArticleRows(BIG_PAGE_ELEMENTS), 'every row of the table');
  assert.equal(state.last, BIG_PAGE_LAST_LINE, 'down to the last line');
}

/** Issue 21's pages: embeds, footnotes and math; a 3,000-word article in six sections. */
export const EMBEDS_PATH = '/fixtures/pages/embeds.html';
export const LONG_READ_PATH = '/fixtures/pages/long-read.html';

/** Runs inside the reader frame: the embeds page's cards, notes and math. Self-contained. */
export function richState() {
  const article = document.querySelector('article.content');
  // The cards are labelled once the whole article is in place, just before the progress bar is added.
  if (!article || !document.querySelector('progress.progress')) return { ready: false };
  const ref = article.querySelector('sup a[href^="#"]');
  const target = ref && document.getElementById(decodeURIComponent(ref.getAttribute('href').slice(1)));
  const math = [...article.querySelectorAll('math')];
  return {
    ready: true,
    cards: [...article.querySelectorAll('figure[data-embed]')].map((f) => ({
      label: f.querySelector('.embed-label')?.textContent ?? null,
      link: f.querySelector('a[href^="http"]')?.href ?? null,
      note: !!f.querySelector('.embed-note'),
      quote: f.querySelector('blockquote')?.textContent.trim().slice(0, 30) ?? null,
    })),
    frames: document.querySelectorAll('iframe').length,
    noteRef: ref?.getAttribute('href') ?? null,
    noteText: target?.textContent.trim() ?? null,
    backLinks: article.querySelectorAll('li a[href^="#"]').length,
    math: math.length,
    mathShown: math.every((m) => m.getBoundingClientRect().width > 0),
    tex: [...article.querySelectorAll('p code')].map((c) => c.textContent),
    code: [...article.querySelectorAll('pre')].map((p) => ({
      language: p.dataset.codeLang,
      // Shown above the block (Firefox reports the content as written, attr(…); Chromium as its value).
      labelled: !['none', 'normal', ''].includes(getComputedStyle(p, '::before').content),
      lines: p.textContent.split('\n').length,
    })),
  };
}

export function assertRichState(s) {
  assert.deepEqual(
    s.cards.map((c) => [c.label, c.link, c.note]),
    [
      ['Video on YouTube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', true],
      ['Video on Vimeo', 'https://vimeo.com/76979871', true],
      ['Post on X', 'https://twitter.com/agency/status/1234567890', true],
    ],
    'two videos and a post as cards, each linking to its site',
  );
  assert.equal(s.cards[2].quote, 'We have liftoff! The satellite');
  assert.equal(s.frames, 0, 'no frame in the reader');
  assert.equal(s.noteRef, '#user-content-fn1');
  assert.match(s.noteText ?? '', /^Source: the agency's own stream/, 'the footnote keeps its text');
  assert.equal(s.backLinks, 2);
  assert.equal(s.math, 2, 'MathML and KaTeX as MathML');
  assert.ok(s.mathShown, 'the browser lays the MathML out');
  assert.deepEqual(s.tex, ['E = -\\frac{GMm}{2r}'], 'MathJax 2 TeX as its source');
  assert.deepEqual(
    s.code,
    [{ language: 'js', labelled: true, lines: 3 }],
    'the code block shows its language and keeps its lines',
  );
}

/** Runs inside the reader frame: follows the first footnote link; where the view went. */
export async function followNote() {
  const ref = document.querySelector('article.content sup a[href^="#"]');
  const target = document.getElementById(ref.getAttribute('href').slice(1));
  ref.click();
  await new Promise((r) => setTimeout(r, 300));
  const top = target.getBoundingClientRect().top;
  return { url: location.href, scrollY: Math.round(window.scrollY), inView: top >= 0 && top < window.innerHeight };
}

/** Runs inside the reader frame: the long read's contents, progress and resume offer. */
export function longReadState() {
  const nav = document.querySelector('nav.contents');
  return {
    ready: !!document.querySelector('article.content') && !!document.querySelector('progress.progress'),
    contents: nav ? [...nav.querySelectorAll('a')].map((a) => a.textContent) : [],
    current: nav?.querySelector('a[aria-current]')?.textContent ?? null,
    progress: document.querySelector('progress.progress')?.value ?? null,
    resume: document.querySelector('.resume')?.textContent ?? null,
    scrollY: Math.round(window.scrollY),
  };
}

export const LONG_READ_SECTIONS = [
  'How the valley was flooded',
  'The first survey',
  'Building the dam',
  'Life beside the reservoir',
  'The spring of the great rain',
  'What comes next',
];

/** Runs inside the reader frame: scrolls to the article's end, and later reads the state. */
export async function readToTheEnd() {
  window.scrollTo(0, document.documentElement.scrollHeight);
  // The bar follows on the next frame; the position is saved a second after scrolling stops.
  await new Promise((r) => setTimeout(r, 1500));
}

/** Runs inside the reader frame: picks the dyslexia-friendly font as the display panel would, and whether it loaded. */
export async function dyslexicFontLoads() {
  document.documentElement.dataset.font = 'dyslexic';
  await document.fonts.load('20px OpenDyslexic');
  const loaded = [...document.fonts].some(
    (f) => f.family.replace(/["']/g, '') === 'OpenDyslexic' && f.status === 'loaded',
  );
  const family = getComputedStyle(document.querySelector('article.content p')).fontFamily.replace(/["']/g, '');
  delete document.documentElement.dataset.font;
  return { loaded, family };
}

/** Runs inside the reader frame: ticks "Always open the reader on <site>" in the "This site" menu. */
export async function chooseAlwaysReader() {
  document.getElementById('site-button').click();
  const box = document.getElementById('site-always');
  box.click();
  await new Promise((r) => setTimeout(r, 300)); // saved
  return { label: document.getElementById('site-always-label').textContent, checked: box.checked };
}

/** Runs in the options page: the sites each list shows. */
export function siteLists() {
  return Object.fromEntries(
    [...document.querySelectorAll('.sites')].map((box) => [
      box.dataset.setting,
      [...box.querySelectorAll('li')].map((li) => li.querySelector('span')?.textContent ?? li.textContent),
    ]),
  );
}

/** A page whose extraction takes the wrong block: a two-paragraph story beside a long archive essay. */
export const WRONG_BLOCK_PATH = '/fixtures/pages/wrong-block.html';
export const STORY_START = 'The ferry to the islands ran again on Tuesday morning';

/** Runs inside the reader frame: the article's first words and the note saying what was chosen. */
export function chosenState() {
  const article = document.querySelector('article.content');
  return {
    ready: !!article && !!document.querySelector('progress.progress'),
    text: article?.textContent.trim().replace(/\s+/g, ' ').slice(0, 60) ?? null,
    note: document.querySelector('.chosen span')?.textContent ?? null,
    button: document.querySelector('.chosen button')?.textContent ?? null,
  };
}

/** Runs in the page: where the story's first paragraph is, to point at it. */
export function storyPoint() {
  const r = document.querySelector('#story p').getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Runs in the page: whether the picker is showing, and whether the page holds anything of ours. */
export function pickerState() {
  return {
    picking: !!document.querySelector('tidy-reader-pick'),
    marked: !!document.querySelector('[data-tidy-picked]'),
  };
}

/** Runs in the page: selects the story's paragraphs, as a user would before "Open in Tidy Reader". */
export function selectStory() {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('#story'));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}

/** The attribute the test build's fake voices record what was spoken in (src/reader/test-voices.ts). */
export const TEST_SPOKEN = /TEST_SPOKEN = '([^']+)'/.exec(
  readFileSync(path.join(ROOT, 'src/reader/test-voices.ts'), 'utf8'),
)[1];

/** Runs inside the reader frame (test build): read aloud as the listener sees it. */
export function readAloudState(attribute) {
  const reading = document.querySelector('article.content .reading');
  return {
    offered: !document.getElementById('read-aloud').hidden,
    voices: [...document.querySelectorAll('#speak-voice option')].map((o) => o.textContent),
    spoken: JSON.parse(document.documentElement.getAttribute(attribute) ?? '[]'),
    reading: reading?.textContent.trim().slice(0, 40) ?? null,
    sentenceMarked: !!globalThis.CSS?.highlights?.has('tidy-sentence'),
    play: document.getElementById('speak-play').textContent,
    skipEnabled: !document.getElementById('speak-next').disabled,
  };
}

/** What read aloud must do on the demo page, step by step (the same in both browsers). */
export async function assertReadAloud(frame, evaluateState) {
  const state = () => evaluateState(frame);
  let s = await state();
  assert.ok(s.offered, 'read aloud is offered');
  assert.deepEqual(s.voices, ['Test voice (en-US)'], 'only the on-device voice, never the network one');
  await frame.click('#speak-play');
  s = await poll(state, (x) => x.spoken.length >= 1);
  assert.equal(s.spoken[0].voice, 'Test voice', 'read with the on-device voice');
  assert.ok(s.sentenceMarked && s.reading, 'the sentence and its paragraph are highlighted');
  assert.ok(s.skipEnabled);
  const first = s.reading;
  await frame.click('#speak-next');
  s = await poll(state, (x) => x.reading && x.reading !== first);
  assert.notEqual(s.reading, first, 'the next paragraph');
  await frame.click('#speak-stop');
  s = await poll(state, (x) => x.play === 'Read aloud');
  assert.equal(s.reading, null, 'stopped: nothing highlighted');
  assert.equal(s.sentenceMarked, false);
}
