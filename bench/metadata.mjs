#!/usr/bin/env node
// Metadata match rates: extract's title (the headline without the site's name, on purpose), byline, excerpt, site name, published time, lang and dir
// against readability-pages' expected-metadata.json (Readability's own output on its test pages,
// so Readability scores 100% by construction), field by field, with every page that differs.
import { extract } from '../dist/tidy-reader.mjs';
import { READABILITY_PAGES, parse, readabilityPages, requireCorpus } from './lib.mjs';

const FIELDS = ['title', 'byline', 'excerpt', 'siteName', 'publishedTime', 'lang', 'dir'];
const norm = (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() || null : (v ?? null));

export function metadataBench() {
  requireCorpus(READABILITY_PAGES);
  const stats = Object.fromEntries(FIELDS.map((f) => [f, { match: 0, total: 0, diffs: [] }]));
  let pages = 0;
  let leadImages = 0;
  for (const p of readabilityPages()) {
    let r;
    try {
      r = extract(parse(p.html, p.url), { url: p.url, consume: true });
    } catch (e) {
      r = { error: e.message };
    }
    pages++;
    if (r.leadImage) leadImages++;
    for (const f of FIELDS) {
      const s = stats[f];
      s.total++;
      const want = norm(p.meta[f]);
      const got = norm(r[f]);
      if (want === got) s.match++;
      else s.diffs.push(`${p.id}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  return { pages, stats, leadImages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, stats, leadImages } = metadataBench();
  console.log(
    `# metadata: extract vs readability-pages' expected metadata (${pages} pages; Readability's own output, so Readability is 100%)\n`,
  );
  console.log('field          match rate');
  for (const [f, s] of Object.entries(stats))
    console.log(`${f.padEnd(14)} ${((100 * s.match) / s.total).toFixed(1).padStart(6)}%  (${s.match}/${s.total})`);
  console.log(`leadImage      found on ${leadImages}/${pages} pages (Readability reports none)`);
  for (const [f, s] of Object.entries(stats)) {
    if (!s.diffs.length) continue;
    console.log(`\n## ${f}: ${s.diffs.length} page(s) differ`);
    for (const d of s.diffs) console.log(`- ${d.slice(0, 240)}`);
  }
}
