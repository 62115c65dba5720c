// The in-place clutter finders, in the order they run: what the content script cuts on an article
// page and what extraction cuts in the story's branch. A new kind of clutter is one more entry.
import { blankRuns } from './blank-runs';
import { emptyComments } from './empty-comments';
import type { Clutter, ClutterFinder, FindOptions } from './types';

export const CLUTTER_FINDERS: ClutterFinder[] = [emptyComments, blankRuns];

/**
 * Every piece of clutter under `root`, from every finder, each node cut once and for one reason: a
 * blank run inside an empty comment section goes with the section. Reads only.
 */
export function findClutter(root: Element, options?: FindOptions): Clutter[] {
  const found: Clutter[] = [];
  for (const finder of CLUTTER_FINDERS) {
    const taken = found.flatMap((c) => c.nodes);
    for (const c of finder.find(root, options))
      if (!c.nodes.every((n) => taken.some((t) => t.contains(n)))) found.push(c);
  }
  return found;
}
