// The shared scorer's module contract (../shared/bench/README.md): it hands each engine its own
// freshly parsed document, which Readability then changes; so does this one, as the reader and
// the CLI do with the copy they parse (extract's `consume` option: no defensive clone).
// The sanitizer runs when the article's markup is first asked for (result.html, articleFor), as
// the reader's render and the CLI's output do; TIDY_BENCH_HTML=1 asks for it inside the timed call.
import { extract as tidyExtract } from '../dist/tidy-reader.mjs';

const withHtml = process.env.TIDY_BENCH_HTML === '1';

export function extract(document, { url } = {}) {
  const result = tidyExtract(document, { url, consume: true });
  if (withHtml) void result.html;
  return result;
}
