// The shared scorer's module contract (../shared/bench/README.md): it hands each engine its own
// freshly parsed document, which Readability then changes; so does this one, as the reader and
// the CLI do with the copy they parse (extract's `consume` option: no defensive clone).
import { extract as tidyExtract } from '../dist/tidy-reader.mjs';

export const extract = (document, { url } = {}) => tidyExtract(document, { url, consume: true });
