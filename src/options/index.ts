// Options page: every setting of src/shared/settings.ts, saved as soon as it changes. The
// display settings use the very controls of the reader's display panel.
import { bindDisplayControls } from '../shared/display';
import { localizePage, t } from '../shared/i18n';
import { hostOf, loadSettings, saveSettings, siteOf, withSite, type Settings } from '../shared/settings';
import { h } from '../shared/h';
import { forgetPositions } from '../shared/positions';

const form = document.getElementById('options') as HTMLFormElement;
const saved = document.getElementById('saved')!;
const field = <T extends HTMLElement>(name: keyof Settings) => form.elements.namedItem(name) as T;

type SiteSetting = 'neverTidyHosts' | 'alwaysReaderHosts';

/** A site setting as a list with a remove button per site, and a field to add one (Enter or Add). */
function bindSiteList(box: HTMLElement, name: SiteSetting, settings: Settings) {
  const list = box.querySelector('ul')!;
  const input = box.querySelector('input')!;
  const show = () =>
    list.replaceChildren(
      ...(settings[name].length
        ? settings[name].map((site) => {
            const remove = h('button', { type: 'button', 'aria-label': t('removeSite', site) }, '✕');
            remove.addEventListener('click', () => change(withSite(settings[name], site, false)));
            return h('li', {}, h('span', {}, site), remove);
          })
        : [h('li', { class: 'none' }, t('noSites'))]),
    );
  const change = (sites: string[]) => {
    settings[name] = sites;
    show();
    void save({ [name]: sites });
  };
  const add = () => {
    // A pasted address counts too: its host name is the site.
    const text = input.value.trim();
    const site = siteOf(hostOf(text.includes('://') ? text : `http://${text}`));
    if (!site) return;
    input.value = '';
    change(withSite(settings[name], site, true));
  };
  box.querySelector('button')!.addEventListener('click', add);
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault(); // not a form submit
    add();
  });
  show();
}

async function save(patch: Partial<Settings>) {
  await saveSettings(patch);
  saved.textContent = t('saved');
}

async function init() {
  localizePage(document);
  const s = await loadSettings();
  field<HTMLInputElement>('autoTidy').checked = s.autoTidy;
  field<HTMLInputElement>('showFigures').checked = s.showFigures;
  for (const box of document.querySelectorAll<HTMLElement>('.sites'))
    bindSiteList(box, box.dataset.setting as SiteSetting, s);
  bindDisplayControls(document.getElementById('display')!, s, (patch) => void save(patch));
  // The display controls and the site lists save themselves (above); the two checkboxes on change.
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.name === 'autoTidy' || target.name === 'showFigures') void save({ [target.name]: target.checked });
  });
  document.getElementById('forget-positions')!.addEventListener('click', async () => {
    await forgetPositions();
    saved.textContent = t('positionsForgotten');
  });
}

void init();
