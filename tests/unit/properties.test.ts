// Property-based tests (fast-check) over generated pages: article text, real comments, empty
// comment boxes, blank runs, <pre> blank lines, tables, nesting and hostile attributes, in random
// order and depth. Every piece of text that matters carries a unique token, so "nothing of value
// lost" is checkable on any page the generator makes.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { declutter } from '../../src/core/tidy/declutter';
import { findClutter } from '../../src/core/tidy';
import { extract } from '../../src/core/pipeline';
import { page, unsafeParts } from './helpers';

const WORDS = [
  'council',
  'tram',
  'budget',
  'about 2,500 troops',
  '$4.3 billion',
  '12.5%',
  'river',
  'vote',
  'mayor',
  'plan',
  'city',
  'line',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 30 }).map((w) => `${w.join(' ')}.`);

/** Attributes a page might put anywhere, hostile ones included. */
const attrs = fc.constantFrom(
  '',
  ' class="entry"',
  ' id="comments"',
  ' onclick="pwn(1)"',
  ' style="color:red"',
  ' data-x="1"',
  ' hidden',
  ' class="comments-area"',
);

let token = 0;
/** Text that must survive: each fragment has its own token, listed in `kept`. */
interface Fragment {
  html: string;
  kept: string[];
}
const keptText = (kind: string, text: string): Fragment => {
  const t = `${kind}${++token}Z`;
  return { html: `${t} ${text}`, kept: [t] };
};
const join = (parts: Fragment[], wrap = (s: string) => s): Fragment => ({
  html: wrap(parts.map((p) => p.html).join('\n')),
  kept: parts.flatMap((p) => p.kept),
});

const blankRun = fc
  .array(
    fc.constantFrom(
      '<p>&nbsp;</p>',
      '<p></p>',
      '<p><br></p>',
      '<div class="spacer"></div>',
      '<br>',
      '<div>&nbsp;</div>',
    ),
    { minLength: 1, maxLength: 20 },
  )
  .map((xs): Fragment => ({ html: xs.join('\n'), kept: [] }));
const emptyComments = fc
  .constantFrom(
    '<div id="comments" class="comments"><h3>Comments</h3><p>No comments yet.</p><a href="#respond">Add yours</a></div>',
    '<section class="comments"><p>+ There are no comments</p><p>Add yours</p></section>',
    '<div id="disqus_thread"></div>',
    '<div class="comments-area"><p>Be the first to comment</p></div>',
  )
  .map((html): Fragment => ({ html, kept: [] }));
const realComments = sentence.map((s) => {
  const f = keptText('COMMENT', s);
  return {
    html: `<div id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>${f.html}</p></div></div>`,
    kept: f.kept,
  };
});
const pre = fc.tuple(sentence, fc.integer({ min: 1, max: 6 })).map(([s, n]) => {
  const f = keptText('CODE', s);
  return { html: `<pre>${f.html}${'\n'.repeat(n)}end</pre>`, kept: f.kept };
});

const block: fc.Memo<Fragment> = fc.memo((depth) => {
  const para = fc.tuple(attrs, sentence).map(([a, s]) => {
    const f = keptText('TEXT', s);
    return { html: `<p${a}>${f.html}</p>`, kept: f.kept };
  });
  const leaves = [
    para,
    para,
    blankRun,
    emptyComments,
    realComments,
    pre,
    fc
      .tuple(sentence, sentence)
      .map(([a, b]) =>
        join(
          [keptText('CELL', a), keptText('CELL', b)],
          (s) => `<table><tr><td>${s.replace('\n', '</td><td>')}</td></tr></table>`,
        ),
      ),
    fc.array(sentence, { minLength: 1, maxLength: 4 }).map((xs) =>
      join(
        xs.map((x) => keptText('ITEM', x)),
        (s) => `<ul><li>${s.split('\n').join('</li><li>')}</li></ul>`,
      ),
    ),
  ];
  if (depth <= 1) return fc.oneof(...leaves);
  return fc.oneof(
    ...leaves,
    fc
      .tuple(attrs, fc.array(block(depth - 1), { minLength: 1, maxLength: 4 }))
      .map(([a, kids]) => join(kids, (s) => `<div${a}>${s}</div>`)),
  );
});

/** A page: a headline, some article paragraphs so that it usually reads as an article, then any blocks. */
const pageArb = fc
  .tuple(fc.array(sentence, { minLength: 0, maxLength: 5 }), fc.array(block(4), { minLength: 1, maxLength: 10 }))
  .map(([lead, blocks]) => {
    const body = join([
      ...lead.map((s) => {
        const f = keptText('LEAD', s);
        return { html: `<p>${f.html}</p>`, kept: f.kept };
      }),
      ...blocks,
    ]);
    return {
      html: `<!DOCTYPE html><html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1>\n${body.html}\n</article></body></html>`,
      kept: body.kept,
    };
  });

const RUNS = { numRuns: 150, seed: 20261124 };

describe('tidy (find, then declutter in place)', () => {
  test('removes only what it reports, never a text-bearing node of the article or its comments, and undo restores the page exactly', () => {
    let tidied = 0;
    fc.assert(
      fc.property(pageArb, ({ html, kept }) => {
        const doc = page(html);
        const before = doc.documentElement.outerHTML;
        const preBefore = [...doc.querySelectorAll('pre')].map((p) => p.textContent);
        const clutter = findClutter(doc.body);
        const reportedNodes = clutter.flatMap((c) => c.nodes);
        const all = [...doc.body.querySelectorAll('*')];
        const result = declutter(clutter);
        if (result.removed.length) tidied++;

        // Only reported nodes (and what they contain) left the document.
        const gone = all.filter((el) => !el.isConnected);
        for (const el of gone) expect(reportedNodes.some((n) => n === el || n.contains(el))).toBe(true);
        expect(result.removedElements).toBe(
          reportedNodes.filter((n) => !reportedNodes.some((m) => m !== n && m.contains(n))).length,
        );
        expect(result.removed.length).toBeLessThanOrEqual(clutter.length);

        // Every piece of article, comment, table, list and code text is still there, <pre> blank lines too.
        const after = doc.body.textContent ?? '';
        for (const t of kept) expect(after).toContain(t);
        expect([...doc.querySelectorAll('pre')].map((p) => p.textContent)).toEqual(preBefore);

        result.undo();
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      RUNS,
    );
    // The generator does make clutter: most pages had something cut (else the checks above are idle).
    expect(tidied).toBeGreaterThan(RUNS.numRuns / 2);
  });
});

describe('extract', () => {
  test('never throws, and what it returns is always sanitised', () => {
    fc.assert(
      fc.property(pageArb, ({ html }) => {
        const result = extract(page(html));
        expect(typeof result.html).toBe('string');
        expect(unsafeParts(result.html)).toEqual([]);
        expect(result.html).not.toMatch(/onclick|style=|javascript:/i);
      }),
      { ...RUNS, numRuns: 80 },
    );
  });

  test('never throws on arbitrary markup soup', () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'span',
      'a',
      'img',
      'table',
      'tr',
      'td',
      'svg',
      'math',
      'script',
      'style',
      'form',
      'noscript',
      'template',
      'pre',
      'br',
    );
    const soup = fc
      .array(
        fc.oneof(
          tag.map((t) => `<${t}>`),
          tag.map((t) => `</${t}>`),
          fc.string({ maxLength: 20 }),
          attrs.map((a) => `<p${a}>`),
          fc.constantFrom('&nbsp;', '&amp', '<!--', '-->', '<![CDATA[', '\u0000', '\uD800', 'No comments yet'),
        ),
        { maxLength: 80 },
      )
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(soup, (html) => {
        const result = extract(page(html));
        expect(unsafeParts(result.html)).toEqual([]);
      }),
      { ...RUNS, numRuns: 150 },
    );
  });
});
