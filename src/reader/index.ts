// The reader page (reader.html, in a frame over the article). Loaded only when the user asks
// for the reader: it fetches the page snapshot through the background, runs the whole pipeline
// on an inert parsed copy (no page script ever runs here), and renders the result.
import browser from 'webextension-polyfill';
import { extract } from '../core/pipeline';
import { parsePage } from '../core/sanitize';
import { isPageSnapshot, type Message } from '../shared/messages';
import { loadSettings, saveSettings } from '../shared/settings';
import { render } from './render';

const main = document.getElementById('reader')!;
const status = (text: string) => {
  main.replaceChildren(Object.assign(document.createElement('p'), { className: 'status', textContent: text }));
  main.removeAttribute('aria-busy');
};

const close = () => void browser.runtime.sendMessage({ type: 'background:close-reader' } satisfies Message);

document.getElementById('close')!.addEventListener('click', close);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') close();
});

async function setUpFigureSwitch() {
  const box = document.getElementById('toggle-figures') as HTMLInputElement;
  const apply = (on: boolean) => {
    box.checked = on;
    document.body.classList.toggle('no-figures', !on);
  };
  apply((await loadSettings()).showFigures);
  box.addEventListener('change', () => {
    apply(box.checked);
    void saveSettings({ showFigures: box.checked });
  });
}

async function main_() {
  void setUpFigureSwitch();
  const snapshot: unknown = await browser.runtime.sendMessage({ type: 'background:snapshot' } satisfies Message);
  if (!isPageSnapshot(snapshot)) return status('This page could not be read. Close the reader and try again.');
  const doc = parsePage(snapshot.html, window);
  const result = extract(doc, { url: snapshot.url, window });
  if (!result.html) return status('Tidy Reader found no article on this page.');
  render(main, result, snapshot.url);
  document.getElementById('close')!.focus();
}

main_().catch((e) => status(`Tidy Reader could not show this page: ${(e as Error).message}`));
