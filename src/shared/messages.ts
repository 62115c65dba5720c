// Every message between the extension's contexts, in one place. Each side validates what it
// receives with `parseMessage` and checks who sent it (see `fromContentScript`/`fromExtensionPage`):
// a web page can reach none of these handlers, and a wrong shape is dropped, never acted on.
import type { ClutterCount } from '../core/tidy/declutter';

/** What the content script tells the toolbar about its page. */
export interface PageStatus {
  isArticle: boolean;
  /** Removals made in place, by step. */
  removedCount: number;
  /** "empty comments, 14 blank lines", or '' when nothing was cut. */
  summary: string;
  tidied: boolean;
}

/** The attribute that marks, in a snapshot's markup, the block the user picked (never left on the page). */
export const PICKED_ATTRIBUTE = 'data-tidy-picked';

/** The page as the reader view receives it: its markup after the in-place tidy, and its address. */
export interface PageSnapshot {
  html: string;
  url: string;
  /** What the in-place tidy had already cut (the markup no longer holds it), for the reader's note. */
  tidied: ClutterCount;
  /**
   * The user picked the block that holds the story (its element carries data-tidy-picked in `html`):
   * a selector that finds it again on the site's other pages, or "selection" for selected text.
   */
  picked?: string;
}

export type Message =
  // background → content script
  | { type: 'content:toggle-reader'; selection?: boolean }
  | { type: 'content:pick' }
  | { type: 'content:close-reader' }
  | { type: 'content:undo-tidy' }
  | { type: 'content:snapshot' }
  // content script → background
  | { type: 'background:status'; status: PageStatus }
  // reader page → background (relayed to the content script of the reader's own tab)
  | { type: 'background:snapshot' }
  | { type: 'background:close-reader' }
  | { type: 'background:pick' }
  // test build only (__TEST_HOOKS__): page-relayed toolbar click, undo and badge read, see src/content/test-relay.ts
  | { type: 'background:test'; action: TestAction };

/** What the end-to-end tests may ask of the background in the test build. */
export const TEST_ACTIONS = ['toggle', 'toggle-selection', 'undo', 'badge'] as const;
export type TestAction = (typeof TEST_ACTIONS)[number];

export type MessageType = Message['type'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Field checks per message type; a type missing here is not a message of ours. */
const SHAPES: Record<MessageType, (m: Record<string, unknown>) => boolean> = {
  'content:toggle-reader': (m) => m.selection === undefined || typeof m.selection === 'boolean',
  'content:pick': () => true,
  'content:close-reader': () => true,
  'content:undo-tidy': () => true,
  'content:snapshot': () => true,
  'background:status': (m) =>
    isObject(m.status) &&
    typeof m.status.isArticle === 'boolean' &&
    typeof m.status.removedCount === 'number' &&
    typeof m.status.summary === 'string' &&
    typeof m.status.tidied === 'boolean',
  'background:snapshot': () => true,
  'background:close-reader': () => true,
  'background:pick': () => true,
  // Not a message at all outside the end-to-end test build.
  'background:test': (m) => __TEST_HOOKS__ && TEST_ACTIONS.includes(m.action as TestAction),
};

export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw) || typeof raw.type !== 'string' || !Object.hasOwn(SHAPES, raw.type)) return null;
  return SHAPES[raw.type as MessageType](raw) ? (raw as Message) : null;
}

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

export function isPageSnapshot(v: unknown): v is PageSnapshot {
  return (
    isObject(v) &&
    typeof v.html === 'string' &&
    typeof v.url === 'string' &&
    isObject(v.tidied) &&
    isCount(v.tidied.comments) &&
    isCount(v.tidied.blankRuns) &&
    isCount(v.tidied.blankLines) &&
    (v.picked === undefined || typeof v.picked === 'string')
  );
}

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A content script of ours, in a tab's top frame. */
export const fromContentScript = (sender: Sender, extensionId: string): boolean =>
  sender.id === extensionId &&
  typeof sender.tab?.id === 'number' &&
  !(sender.url ?? '').startsWith('chrome-extension:') &&
  !(sender.url ?? '').startsWith('moz-extension:');

/** One of our own pages (the reader frame, the options page). */
export const fromExtensionPage = (sender: Sender, extensionId: string, extensionOrigin: string): boolean =>
  sender.id === extensionId && (sender.url ?? '').startsWith(extensionOrigin);
