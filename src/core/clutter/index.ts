// The in-place clutter finders, in the order they run: what the content script cuts on an article
// page and what extraction cuts in the story's branch. A new kind of clutter is one more entry.
import { blankRuns } from './blank-runs';
import { emptyComments } from './empty-comments';
import type { Clutter, ClutterFinder, FindOptions } from './types';

export const CLUTTER_FINDERS: ClutterFinder[] = [emptyComments, blankRuns];

/** Every piece of clutter under `root`, from every finder. Reads only. */
export function findClutter(root: Element, options?: FindOptions): Clutter[] {
  return CLUTTER_FINDERS.flatMap((f) => f.find(root, options));
}
