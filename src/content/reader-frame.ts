// The reader view's host on the page: an extension page (reader.html) in a full-window frame
// inside a closed shadow root. The page's CSS cannot reach into it and its scripts cannot read
// it (another origin). Closing removes the one element we added and gives back scroll and focus,
// so the page's DOM is exactly as it was.

import { guarded } from './guard';

const Z_TOP = '2147483647';

export interface ReaderFrame {
  close(): void;
}

export function openReaderFrame(src: string, onClosed: () => void): ReaderFrame {
  const scroll = { x: window.scrollX, y: window.scrollY };
  const focused = document.activeElement as HTMLElement | null;

  const host = document.createElement('tidy-reader-view');
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.allow = 'clipboard-write'; // "Copy figures"; the frame is another origin, so it must be granted
  frame.title = 'Tidy Reader';
  // CSSOM, not a <style> element or style attribute text: a page's CSP may forbid inline styles.
  for (const [el, props] of [
    [host, { all: 'initial', position: 'fixed', inset: '0', 'z-index': Z_TOP, display: 'block' }],
    [
      frame,
      {
        position: 'absolute',
        inset: '0',
        width: '100%',
        height: '100%',
        border: '0',
        margin: '0',
        'color-scheme': 'normal',
      },
    ],
  ] as const) {
    for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, 'important');
  }
  shadow.append(frame);
  document.documentElement.append(host);
  frame.addEventListener(
    'load',
    guarded(() => frame.focus()),
    { once: true },
  );

  // Esc while focus is still on the page (before the frame takes it) closes too.
  const onKey = guarded((e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  });
  window.addEventListener('keydown', onKey, true);

  let closed = false;
  function close() {
    if (closed) return;
    closed = true;
    window.removeEventListener('keydown', onKey, true);
    host.remove();
    window.scrollTo(scroll.x, scroll.y);
    focused?.focus?.({ preventScroll: true });
    onClosed();
  }
  return { close };
}
