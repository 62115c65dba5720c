// Options page: every setting of src/shared/settings.ts, saved as soon as it changes.
import { loadSettings, saveSettings, type Settings } from '../shared/settings';

const form = document.getElementById('options') as HTMLFormElement;
const saved = document.getElementById('saved')!;
const field = <T extends HTMLElement>(name: keyof Settings) => form.elements.namedItem(name) as T;

/** One host per line, lower-cased, exact names only ("www.example.com", no wildcards). */
const parseHosts = (text: string) => [...new Set(text.split(/\s+/).map((h) => h.trim().toLowerCase()).filter(Boolean))];

async function init() {
  const s = await loadSettings();
  field<HTMLInputElement>('autoTidy').checked = s.autoTidy;
  field<HTMLInputElement>('showFigures').checked = s.showFigures;
  field<HTMLTextAreaElement>('neverTidyHosts').value = s.neverTidyHosts.join('\n');
  field<HTMLTextAreaElement>('alwaysReaderHosts').value = s.alwaysReaderHosts.join('\n');
  form.addEventListener('change', async () => {
    await saveSettings({
      autoTidy: field<HTMLInputElement>('autoTidy').checked,
      showFigures: field<HTMLInputElement>('showFigures').checked,
      neverTidyHosts: parseHosts(field<HTMLTextAreaElement>('neverTidyHosts').value),
      alwaysReaderHosts: parseHosts(field<HTMLTextAreaElement>('alwaysReaderHosts').value),
    });
    saved.textContent = 'Saved.';
  });
}

void init();
