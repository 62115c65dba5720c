#!/usr/bin/env node
// `npm start`: build, serve demo/article.html from 127.0.0.1, and open it in a browser with the
// extension loaded. With a display it stays open for you to click the toolbar button; with none
// (a server, CI) it opens the reader as the toolbar would and saves dist/demo.png.
//   npm start                 Chromium (Debian's /usr/lib/chromium/chromium, or $CHROMIUM_BIN)
//   npm start -- --firefox    Firefox via `web-ext run` (needs a display)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './chromium-with-extension.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const firefox = process.argv.includes('--firefox');
const headed = !!process.env.DISPLAY;

const browserBin = firefox
  ? (process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr')
  : (process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium');
// A newcomer without the browser gets one line saying what to do, not a launcher's stack trace.
if (!existsSync(browserBin)) {
  const [name, variable] = firefox ? ['firefox-esr', 'FIREFOX_BIN'] : ['chromium', 'CHROMIUM_BIN'];
  console.error(
    `npm start needs ${name} at ${browserBin}: install it with \`sudo apt-get install ${name}\` (as .ci/run does), or set ${variable} to the browser's executable.`,
  );
  process.exit(1);
}

if (spawnSync(process.execPath, ['build.mjs'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const server = await startServer();
const url = `${server.origin}/demo/article.html`;
console.log(`demo page: ${url}`);

if (firefox) {
  if (!headed) {
    console.error(
      'npm start -- --firefox needs a display; without one, use `npm start` (Chromium, headless) or `npm test`.',
    );
    process.exit(1);
  }
  const webExt = path.join(root, 'node_modules/web-ext/bin/web-ext.js');
  const child = spawn(
    process.execPath,
    [webExt, 'run', '--source-dir', 'dist/firefox', '--firefox', browserBin, '--start-url', url],
    { cwd: root, stdio: 'inherit' },
  );
  child.on('exit', async (code) => {
    await server.close();
    process.exit(code ?? 0);
  });
} else {
  const extension = path.join(root, 'dist/chrome');
  const { context } = await launchWithExtension({
    executablePath: browserBin,
    extension,
    name: 'tidy-reader-demo',
    headless: !headed,
    viewport: headed ? null : { width: 1000, height: 1000 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  if (headed) {
    console.log('Click the Tidy Reader toolbar button (or press Alt+Shift+R). Close the browser to stop.');
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    await page.waitForTimeout(800); // the content script tidies at document_idle
    const tabId = await worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    console.log(
      'badge:',
      await worker.evaluate(
        async (id) =>
          `${await chrome.action.getBadgeText({ tabId: id })} · ${await chrome.action.getTitle({ tabId: id })}`,
        tabId,
      ),
    );
    await worker.evaluate((id) => globalThis.tidyReader.toggle(id), tabId);
    const frame = await (async () => {
      for (let i = 0; i < 50; i++) {
        const f = page.frames().find((x) => x.url().startsWith('chrome-extension://'));
        if (f && (await f.$('article.content'))) return f;
        await page.waitForTimeout(100);
      }
      throw new Error('the reader did not open');
    })();
    console.log('reader:', await frame.$eval('h1.title', (h) => h.textContent));
    console.log(
      'key figures:',
      (await frame.$$eval('.key-figures .figure', (els) => els.map((e) => e.textContent))).join(' | '),
    );
    await page.screenshot({ path: path.join(root, 'dist/demo.png') });
    console.log('no display: saved a screenshot of the reader view to dist/demo.png');
    await context.close();
  }
  await server.close();
}
