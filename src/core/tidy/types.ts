import type { ClutterStep } from '../types';

/** A piece of clutter found by a finder: the elements to remove and why. Holds live nodes, so it stays inside core. */
export interface Clutter {
  step: ClutterStep;
  reason: string;
  nodes: Element[];
  /** A blank run's blank lines. */
  lines?: number;
}

export interface FindOptions {
  /**
   * False while a live page may still be loading its comment widgets: a bare Disqus or Facebook
   * root is then a mount point, not an empty box (removing it would stop real comments loading).
   * The content script passes true once its watch window is over; static HTML is always settled.
   */
  widgetsSettled?: boolean;
}

/** A finder looks at a document (read-only) and names its clutter of one kind. */
export interface ClutterFinder {
  find(root: Element, options?: FindOptions): Clutter[];
}
