// dist/tidy-reader.mjs: the Node entry over src/core. Both functions take a DOM Document
// (jsdom's, say) and are the very ones the CLI, the benchmark and the extension run.
export { extract, tidy } from '../core/pipeline';
export type { ExtractOptions, ExtractResult, TidyReport } from '../core/pipeline';
