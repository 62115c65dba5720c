// Extract: the article element and its metadata, by @mozilla/readability (the engine of Firefox
// Reader View). It runs on the document it is given and changes it, so callers hand it a clone.
// Readability.js itself rather than the package index: the index loads it with require(), which
// would bypass the build-time patches (scripts/library-patches.mjs) in the unit tests.
import Readability from '@mozilla/readability/Readability.js';

export interface Article {
  content: Element;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
}

const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Runs Readability on `doc` (mutated). Null when it finds no article. */
export function extractArticle(doc: Document): Article | null {
  const lang = orNull(doc.documentElement?.getAttribute('lang'));
  const parsed = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: orNull(parsed.title) ?? orNull(doc.title) ?? '',
    byline: orNull(parsed.byline),
    siteName: orNull(parsed.siteName),
    publishedTime: orNull(parsed.publishedTime),
    lang: orNull(parsed.lang) ?? lang,
    dir: orNull(parsed.dir),
    excerpt: orNull(parsed.excerpt),
  };
}
