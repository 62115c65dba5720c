// Comment widgets that arrive after load (Disqus, Facebook) are watched for a bounded time,
// then the observer disconnects: no cost for the rest of the page's life. A widget root still
// bare when the window closes is an empty box, and goes then (not before: it may be loading).
import { mayChangeSections } from '../core/comments/sections';
import { findEmptyCommentSections } from '../core/tidy/empty-comments';
import { declutter, type Declutter } from '../core/tidy/declutter';
import { timed } from '../shared/timing';
import { guarded } from './guard';

/** How long to watch for late comment widgets after load. */
export const WATCH_MS = 10_000;
const DEBOUNCE_MS = 300;

export function watchLateWidgets(onTidied: (result: Declutter) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(
    guarded((records: MutationRecord[]) => {
      // An ad, a carousel or a clock changes the page all the time: only comment markup asks for a new search.
      if (!records.some((r) => mayChangeSections(r.target, r.addedNodes))) return;
      clearTimeout(timer);
      timer = setTimeout(
        guarded(() => {
          const found = timed('watch', () => findEmptyCommentSections(document.body, { widgetsSettled: false }));
          if (found.length) onTidied(declutter(found));
        }),
        DEBOUNCE_MS,
      );
    }),
  );
  observer.observe(document.body, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  setTimeout(
    guarded(() => {
      stop();
      const settled = timed('watch', () => findEmptyCommentSections(document.body, { widgetsSettled: true }));
      if (settled.length) onTidied(declutter(settled));
    }),
    WATCH_MS,
  );
  return stop;
}
