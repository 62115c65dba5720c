// A toolbar button that opens a panel (display settings, the save menu): a disclosure with
// aria-expanded, usable from the keyboard. Opening moves focus into the panel; Esc closes it and
// gives focus back to its button (and does not close the reader); a click elsewhere closes it.

const open = new Set<() => void>();

export function popover(button: HTMLButtonElement, panel: HTMLElement): { close(): void } {
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const close = (refocus = false) => {
    if (!isOpen()) return;
    button.setAttribute('aria-expanded', 'false');
    panel.hidden = true;
    open.delete(closeQuietly);
    if (refocus) button.focus();
  };
  const closeQuietly = () => close(false);
  button.addEventListener('click', () => {
    if (isOpen()) return close(true);
    for (const other of [...open]) other(); // one panel at a time
    button.setAttribute('aria-expanded', 'true');
    panel.hidden = false;
    open.add(closeQuietly);
    const checked = panel.querySelector<HTMLElement>('input:checked');
    (checked ?? panel.querySelector<HTMLElement>('input, button, select'))?.focus();
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation(); // Esc here closes the panel, not the reader
    close(true);
  });
  panel.ownerDocument.addEventListener('pointerdown', (e) => {
    const target = e.target as Node;
    if (isOpen() && !panel.contains(target) && !button.contains(target)) close(false);
  });
  return { close: () => close(true) };
}

/** Closes whichever panel is open; true if one was (so Esc closes a panel before the reader). */
export function closeOpenPopover(): boolean {
  const was = open.size > 0;
  for (const close of [...open]) close();
  return was;
}
