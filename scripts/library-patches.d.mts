// Types for the build-time patch table (library-patches.mjs), used by vitest.config.ts.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export interface LibraryPatch {
  pkg: string;
  version: string;
  file: string;
  why: string;
  replace: [string, string][];
}
export const LIBRARY_PATCHES: LibraryPatch[];
export function patchSource(file: string, source: string): string | null;
export const esbuildLibraryPatches: EsbuildPlugin;
export const viteLibraryPatches: VitePlugin;
