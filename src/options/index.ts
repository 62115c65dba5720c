// Options page: every setting of src/shared/settings.ts, saved as soon as it changes. The
// display settings use the very controls of the reader's display panel.
import { bindDisplayControls } from '../shared/display';
import { localizePage, t } from '../shared/i18n';
import { loadSettings, saveSettings, type Settings } from '../shared/settings';
import { forgetPositions } from '../shared/positions';

const form = document.getElementById('options') as HTMLFormElement;
const saved = document.getElementById('saved')!;
const field = <T extends HTMLElement>(name: keyof Settings) => form.elements.namedItem(name) as T;

/** One host per line, lower-cased, exact names only ("www.example.com", no wildcards). */
const parseHosts = (text: string) => [
  ...new Set(
    text
      .split(/\s+/)
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  ),
];

async function save(patch: Partial<Settings>) {
  await saveSettings(patch);
  saved.textContent = t('saved');
}

async function init() {
  localizePage(document);
  const s = await loadSettings();
  field<HTMLInputElement>('autoTidy').checked = s.autoTidy;
  field<HTMLInputElement>('showFigures').checked = s.showFigures;
  field<HTMLTextAreaElement>('neverTidyHosts').value = s.neverTidyHosts.join('\n');
  field<HTMLTextAreaElement>('alwaysReaderHosts').value = s.alwaysReaderHosts.join('\n');
  bindDisplayControls(document.getElementById('display')!, s, (patch) => void save(patch));
  // The display controls save themselves (above); the rest on change.
  const own = {
    autoTidy: 'checked',
    showFigures: 'checked',
    neverTidyHosts: 'hosts',
    alwaysReaderHosts: 'hosts',
  } as const;
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    const how = own[target.name as keyof typeof own];
    if (!how) return;
    void save({ [target.name]: how === 'checked' ? (target as HTMLInputElement).checked : parseHosts(target.value) });
  });
  document.getElementById('forget-positions')!.addEventListener('click', async () => {
    await forgetPositions();
    saved.textContent = t('positionsForgotten');
  });
}

void init();
