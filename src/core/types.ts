// Plain data that the pipeline stages return. Nothing here holds a live DOM node, so every
// value can cross a message channel or be printed as JSON by the CLI. (A removal's text is read
// on first use from the nodes removed, which are out of the page by then; a message or JSON.stringify reads it.)

/** Names of the clutter steps; each removal in the log carries one of them. */
export type ClutterStep = 'empty-comments' | 'blank-run' | 'boilerplate' | 'comment-thread' | 'outside-story';
/** The steps after Readability (cleanup.ts): what it kept of the site around the story. */
export type CleanupStep =
  | 'boilerplate-line'
  | 'related-list'
  | 'metadata-line'
  | 'credit-line'
  | 'orphan-caption'
  | 'teaser-figure'
  | 'link-dense-tail'
  | 'link-dense-head';

/** One entry of the removal log (Defuddle's DebugRemoval). */
export interface Removal {
  step: ClutterStep | CleanupStep;
  /** Why it went, in words a user can read ("14 blank blocks", "no comments: “No comments yet”"). */
  reason: string;
  /** A short CSS path to where it stood. */
  selector: string;
  /** Its text, trimmed and cut to 200 characters. */
  text: string;
  /** A blank run's blank lines. */
  lines?: number;
}

export type FigureKind = 'money' | 'percent' | 'quantity' | 'measure' | 'ratio' | 'time' | 'date' | 'score' | 'rank';

export interface Figure {
  /** The highlighted text, hedge and counted noun included ("about 2,500 troops"). */
  text: string;
  kind: FigureKind;
  /** The number as a value where it can be read (2500; 4.3e9 for "$4.3 billion"). */
  value: number | null;
  hedge: string | null;
  noun: string | null;
  /** Position among the `<mark data-figure>` elements of the article, in document order. */
  index: number;
  /** The sentence it stands in. */
  sentence: string;
  /** Higher is more important; the key-figures panel lists the highest first. */
  weight: number;
}

export interface Detection {
  isArticle: boolean;
  /** The signals that decided it, e.g. ["json-ld:NewsArticle", "paragraphs:9"]. */
  signals: string[];
  /** Why detection stopped early, when it did (a page past its element limit). */
  bailedOut: string | null;
  ms: number;
}
