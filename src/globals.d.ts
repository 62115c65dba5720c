/** True only in the end-to-end test build (`node build.mjs --test-hooks`); false, and compiled
 * away, in what ships. See src/content/test-relay.ts. */
declare const __TEST_HOOKS__: boolean;

declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  /** Tables, strikethrough and task lists for turndown. */
  export const gfm: TurndownService.Plugin;
}
