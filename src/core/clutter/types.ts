import type { ClutterStep } from '../types';

/** A piece of clutter found by a finder: the elements to remove and why. Holds live nodes, so it stays inside core. */
export interface Clutter {
  step: ClutterStep;
  reason: string;
  nodes: Element[];
}

/** A finder looks at a document (read-only) and names its clutter of one kind. */
export interface ClutterFinder {
  step: ClutterStep;
  find(root: Element): Clutter[];
}
