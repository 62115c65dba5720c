// dist/tidy-reader.mjs: the Node entry over src/core. Every function takes a DOM Document or
// Element (jsdom's, say) and is the very one the CLI, the benchmarks and the extension run.
export { extract, tidy } from '../core/pipeline';
export type { ExtractOptions, ExtractResult, TidyReport } from '../core/pipeline';
/** Is this page an article? `{isArticle, signals, bailedOut, ms}`; reads only. */
export { detectArticle as detect } from '../core/detect';
/** Text as a reader sees it: one paragraph per block, blank lines between (no words glued at <br>). */
export { articleText as textOf } from '../core/page/text';
/**
 * markFigures wraps every key figure under an element in <mark data-figure="KIND"> and returns
 * them as data; matchFigures finds the figures in one run of text, as offsets (no DOM).
 */
export { markFigures, matchFigures } from '../core/figures';
