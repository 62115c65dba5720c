// Empty comment sections, as clutter: the sections the comment model (../comments/) judges
// empty, each cut whole (its heading, count, prompt, form and the wrapper that holds only them).
import { findCommentSections } from '../comments/sections';
import type { Clutter, ClutterFinder, FindOptions } from './types';

export function findEmptyCommentSections(root: Element, options: FindOptions = {}): Clutter[] {
  return findCommentSections(root, options)
    .filter((s) => s.state === 'empty')
    .map((s) => ({ step: 'empty-comments', reason: s.reason, nodes: s.nodes }));
}

export const emptyComments: ClutterFinder = { find: findEmptyCommentSections };
