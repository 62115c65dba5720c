// The reader's typography and theme: settings applied as attributes and CSS variables on the
// root element (reader.css does the rest), and their controls, built from one table for both the
// reader's display panel and the options page.
import { h } from './h';
import { t, type MessageKey } from './i18n';
import { ALIGNMENTS, FONTS, RANGES, THEMES, type Settings } from './settings';

/** One row per control: a choice among named values (radio buttons), or a range (a slider). */
const CONTROLS = [
  {
    name: 'theme',
    label: 'theme',
    choices: THEMES,
    labels: { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' },
  },
  {
    name: 'fontFamily',
    label: 'font',
    choices: FONTS,
    labels: { serif: 'fontSerif', sans: 'fontSans', mono: 'fontMono', dyslexic: 'fontDyslexic' },
  },
  { name: 'fontSize', label: 'fontSize', show: (v: number) => `${v}px` },
  { name: 'lineHeight', label: 'lineHeight', show: (v: number) => v.toFixed(1) },
  { name: 'contentWidth', label: 'contentWidth', show: (v: number) => `${v}em` },
  { name: 'align', label: 'align', choices: ALIGNMENTS, labels: { start: 'alignStart', justify: 'alignJustify' } },
  { name: 'speechRate', label: 'speechRate', show: (v: number) => `${v}×` },
] as const satisfies readonly ({ name: keyof Settings; label: MessageKey } & (
  { choices: readonly string[]; labels: Record<string, MessageKey> } | { show: (v: number) => string }
))[];

type ControlName = (typeof CONTROLS)[number]['name'];

export function applyDisplay(root: HTMLElement, s: Settings): void {
  root.dataset.theme = s.theme;
  root.dataset.font = s.fontFamily;
  root.dataset.align = s.align;
  root.style.setProperty('--font-size', `${s.fontSize}px`);
  root.style.setProperty('--line-height', String(s.lineHeight));
  root.style.setProperty('--content-width', `${s.contentWidth}em`);
}

/** Builds the controls into `container`: a fieldset of radio buttons per choice, a labelled slider per range. */
function buildControls(container: HTMLElement): void {
  for (const c of CONTROLS) {
    if ('choices' in c) {
      const labels: Record<string, MessageKey> = c.labels;
      container.append(
        h(
          'fieldset',
          {},
          h('legend', {}, t(c.label)),
          ...c.choices.map((v) =>
            h('label', {}, h('input', { type: 'radio', name: c.name, value: v }), ' ', t(labels[v]!)),
          ),
        ),
      );
    } else {
      const r = RANGES[c.name];
      container.append(
        h(
          'label',
          { class: 'range' },
          h('span', {}, t(c.label)),
          h('input', { type: 'range', name: c.name, min: String(r.min), max: String(r.max), step: String(r.step) }),
          h('output'),
        ),
      );
    }
  }
}

/**
 * Builds the display controls into `container`, shows `s`, and calls `onChange` with each change
 * the user makes. Returns a function that shows new settings (changed elsewhere).
 */
export function bindDisplayControls(
  container: HTMLElement,
  s: Settings,
  onChange: (patch: Partial<Settings>) => void,
): (s: Settings) => void {
  buildControls(container);
  const input = (name: ControlName) => [...container.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const showValue = (range: HTMLInputElement, v: number) => {
    const c = CONTROLS.find((x) => x.name === range.name)!;
    if ('show' in c) range.nextElementSibling!.textContent = c.show(v);
  };
  const show = (s: Settings) => {
    for (const c of CONTROLS) {
      for (const i of input(c.name)) {
        if (i.type === 'radio') i.checked = i.value === s[c.name];
        else {
          i.value = String(s[c.name]);
          showValue(i, s[c.name] as number);
        }
      }
    }
  };
  show(s);
  container.addEventListener('input', (e) => {
    const i = e.target as HTMLInputElement;
    if (!CONTROLS.some((c) => c.name === i.name)) return;
    const value = i.type === 'range' ? Number(i.value) : i.value;
    if (i.type === 'range') showValue(i, value as number);
    onChange({ [i.name]: value } as Partial<Settings>);
  });
  return show;
}
