// The stage before Readability: one fixture per row of CONTAINER_RULES, and the regions it must keep.
import { describe, expect, test } from 'vitest';
import { findBoilerplate } from '../../src/core/extract/boilerplate';
import { CONTAINER_RULES } from '../../src/core/rules/boilerplate-regions';
import { page } from './helpers';

const PARAGRAPH =
  'The council approved the new transport plan on Monday after a long debate that lasted well into the evening, with members split on the cost of the tram line.';
const story = `<article><h1>Council backs tram plan</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>`;

/** The rows' names and reasons for what findBoilerplate takes from `body`. */
const cuts = (body: string) =>
  findBoilerplate(page(`<body>${body}</body>`).body).map((c) => `${c.reason}: ${c.nodes[0]!.textContent!.trim()}`);

describe('one example per row', () => {
  const EXAMPLES: Record<string, string> = {
    navigation: '<nav><a href="/">Home</a> <a href="/world">World</a></nav>',
    'site header': '<header><a href="/">The Daily Meridian</a> <a href="/login">Sign in</a></header>',
    'site footer': '<footer>© The Daily Meridian · <a href="/privacy">Privacy</a></footer>',
    sidebar: '<aside><h2>Most read</h2><ul><li><a href="/a">Markets rally</a></li></ul></aside>',
    form: '<form action="/search"><input name="q"> <button>Search</button></form>',
    dialog: '<div role="dialog"><p>Allow notifications?</p><button>Yes</button></div>',
    hidden: '<div hidden>Menu panel</div>',
    'share bar': '<div class="article-tools share-bar"><a href="#">Facebook</a> <a href="#">X</a></div>',
    'newsletter box':
      '<div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p><input type="email"></div>',
    'related list': '<div id="related-stories"><h3>Related</h3><a href="/b">Tram costs soar</a></div>',
    'author bio': '<div class="author-bio"><p>Jane Doe covers transport for the Meridian.</p></div>',
    'ad slot': '<div class="ad-slot" id="div-gpt-ad-123">Advertisement</div>',
    'cookie notice': '<div class="cookie-banner">We use cookies. <button>Accept</button></div>',
  };

  test('every row has an example', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(CONTAINER_RULES.map((r) => r.name).sort());
  });

  test.each(Object.entries(EXAMPLES))('%s', (name, html) => {
    const found = cuts(`${story}${html}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${name}: `));
  });

  test('by ARIA role as well as by tag', () => {
    expect(
      cuts(`<div role="navigation"><a href="/">Home</a></div>${story}<div role="contentinfo">© 2025</div>`),
    ).toEqual(['navigation: Home', 'site footer: © 2025']);
  });
});

test('scripts and styles go in one entry; JSON-LD stays for the metadata', () => {
  const doc = page(
    `<body>${story}<script>var big = 1;</script><style>p { color: red }</style><script type="application/ld+json">{"@type":"NewsArticle"}</script></body>`,
  );
  const found = findBoilerplate(doc.body);
  expect(found.map((c) => [c.reason, c.nodes.map((n) => n.tagName)])).toEqual([
    ['2 scripts and styles', ['SCRIPT', 'STYLE']],
  ]);
});

describe('what stays', () => {
  test('the story itself, and regions that hold it', () => {
    expect(cuts(story)).toEqual([]);
    // ASP.NET pages wrap the whole page in one <form>.
    expect(cuts(`<form action="/page.aspx">${story}</form>`)).toEqual([]);
    expect(cuts(`<div class="share">${story}</div>`)).toEqual([]);
  });

  test("the headline's own header, inside the story or holding the <h1>", () => {
    expect(cuts(`<article><header><p class="kicker">Transport</p></header><p>${PARAGRAPH}</p></article>`)).toEqual([]);
    expect(cuts(`<header><h1>Council backs tram plan</h1></header><p>${PARAGRAPH}</p>`)).toEqual([]);
  });

  test('a region with a paragraph of prose, unless its row allows one (a bio, a pitch)', () => {
    expect(cuts(`${story}<aside><p>${PARAGRAPH}</p></aside>`)).toEqual([]);
    expect(cuts(`${story}<div class="author-bio"><p>${PARAGRAPH}</p></div>`)).toHaveLength(1);
    expect(cuts(`${story}<div class="author-bio"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`)).toEqual([]);
  });

  test('class names match whole: "shared-tables", "loading", "header-image" are not boilerplate', () => {
    expect(
      cuts(
        `${story}<div class="shared-tables">Table 1</div><div class="loading">…</div><div class="header-image">x</div>`,
      ),
    ).toEqual([]);
  });

  test("a formula's fallback image is hidden from screen readers, not from the reader", () => {
    expect(cuts(`${story}<img class="mwe-math-fallback-image-inline" aria-hidden="true" src="f.svg">`)).toEqual([]);
  });

  test('a region inside one already cut is not logged again', () => {
    expect(cuts(`${story}<footer><nav><a href="/">Home</a></nav><div class="share">Share</div></footer>`)).toEqual([
      'site footer: HomeShare',
    ]);
  });
});
