#!/usr/bin/env node
// Writes tests/fixtures/readerable/*.html: a labelled set of pages for article detection.
// File names say the label (`article--*` or `not-article--*`); the first line is the page's URL.
// The pages are written for this project (not taken from any corpus): articles of several shapes,
// and text-heavy pages that are not articles, which a length-only test calls readerable.
// Run: node scripts/make-readerable-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';

const OUT = new URL('../tests/fixtures/readerable/', import.meta.url);
const S = [
  'The regional water authority said on Thursday that reservoir levels had fallen to their lowest point in a decade, after a dry winter and an unusually warm spring left rivers across the valley running low.',
  'Engineers have begun pumping water from a disused quarry into the main supply network, a measure last used during the drought of 2011, and households have been asked to cut their use by a fifth.',
  'Farmers in the lower valley say the restrictions come at the worst possible time, weeks before the harvest, and several growers told reporters they had already lost part of their fruit crop to the heat.',
  "The authority's chief executive said the situation was serious but under control, and that a new pipeline linking the two largest reservoirs would be finished by the end of the year if funding is approved.",
  'Environmental groups welcomed the pipeline but warned that it would not solve the underlying problem, which they said was a decade of underinvestment in leaking pipes that lose a quarter of all treated water.',
  'Opposition councillors have called for an independent inquiry into how the authority managed its reserves, pointing to internal reports that flagged the risk of shortages as early as three years ago.',
];
// each(n, f): f(0) … f(n - 1) joined with no separator, for the repeated units of a page.
const each = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('');
const paras = (n, off = 0) => Array.from({ length: n }, (_, i) => `<p>${S[(i + off) % S.length]}</p>`).join('\n');
const NAV =
  '<header><a href="/">Home</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a></nav></header>';
const FOOT = '<footer><a href="/about">About</a> · <a href="/privacy">Privacy</a> · © Valley Courier</footer>';

const page = (url, title, body, head = '') =>
  `<!-- ${url} -->\n<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body>${NAV}\n${body}\n${FOOT}</body></html>\n`;

const OG = '<meta property="og:type" content="article">';
const ld = (t) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${t}","headline":"x"}</script>`;
const PUB = '<meta property="article:published_time" content="2026-05-14T09:00:00Z">';
const BYLINE =
  '<p class="byline">By <a rel="author" href="/staff/jane">Jane Okafor</a> · <time datetime="2026-05-14">14 May 2026</time></p>';

const pages = {
  // --- articles ---
  'article--news-story': page(
    'https://courier.example/news/reservoirs',
    'Reservoirs at lowest level in a decade',
    `<main><article><h1>Reservoirs at lowest level in a decade</h1>${BYLINE}${paras(6)}</article></main>`,
    OG + PUB,
  ),
  'article--news-jsonld-only': page(
    'https://courier.example/news/pipeline',
    'Pipeline plan approved',
    `<div class="content"><h1>Pipeline plan approved</h1>${paras(5, 2)}</div>`,
    ld('NewsArticle'),
  ),
  'article--blog-wordpress': page(
    'https://blog.example/2026/05/garden-drought',
    'Gardening through a drought – My Green Patch',
    `<div id="page"><div class="entry-content"><h1 class="entry-title">Gardening through a drought</h1><p class="posted-on">Posted on <time datetime="2026-05-10">May 10, 2026</time></p>${paras(5, 1)}</div><div id="comments" class="comments-area"><div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div></div>`,
    ld('BlogPosting'),
  ),
  'article--no-metadata': page(
    'https://localnews.example/story/4512',
    'Water restrictions announced',
    `<div id="main"><h2>Water restrictions announced</h2>${paras(6, 3)}</div>`,
  ),
  'article--opinion': page(
    'https://courier.example/opinion/water',
    'We were warned about this drought',
    `<article><h1>We were warned about this drought</h1><p class="author">Columnist: Tom Reyes</p>${paras(4, 4)}<blockquote>${S[0]}</blockquote>${paras(2)}</article>`,
    OG,
  ),
  'article--short-brief': page(
    'https://courier.example/news/brief-hosepipe',
    'Hosepipe ban from Monday',
    `<article><h1>Hosepipe ban from Monday</h1>${BYLINE}${paras(3, 1)}</article>`,
    OG + PUB,
  ),
  'article--interview': page(
    'https://mag.example/interviews/hydrologist',
    '‘We lose a quarter of our water’: a hydrologist on leaks',
    '<article><h1>‘We lose a quarter of our water’</h1>' +
      each(5, (i) => `<p><strong>Q: Why does it matter?</strong></p><p>${S[i]}</p>`) +
      '</article>',
    OG + ld('Article'),
  ),
  'article--br-paragraphs': page(
    'https://oldsite.example/news.php?id=88',
    'Council meeting report',
    '<table><tr><td class="story"><b>Council meeting report</b><br><br>' + S.join('<br><br>') + '</td></tr></table>',
  ),
  'article--live-blog': page(
    'https://courier.example/live/storm',
    'Storm live: updates',
    '<article><h1>Storm live</h1>' +
      each(6, (i) => `<div class="update"><time datetime="2026-05-14T1${i}:00">1${i}:00</time><p>${S[i]}</p></div>`) +
      '</article>',
    ld('LiveBlogPosting'),
  ),
  'article--encyclopedia': page(
    'https://wiki.example/wiki/Valley_reservoir',
    'Valley reservoir – Wiki',
    `<div id="content"><h1>Valley reservoir</h1><div id="bodyContent">${paras(6, 2)}<h2>History</h2>${paras(3)}</div></div>`,
  ),
  'article--with-empty-comments': page(
    'https://courier.example/news/quarry',
    'Quarry water to be pumped into supply',
    `<article><h1>Quarry water</h1>${BYLINE}${paras(5)}<p>&nbsp;</p><p>&nbsp;</p><div class="comments">+ There are no comments<br>Add yours</div></article>`,
    OG,
  ),
  'article--recipe-story': page(
    'https://food.example/stories/drought-cooking',
    'Cooking with less water',
    `<article class="post"><h1>Cooking with less water</h1>${BYLINE}${paras(5, 5)}</article>`,
    OG,
  ),
  // --- not articles ---
  'not-article--forum-thread': page(
    'https://forum.example/t/water-bills/991',
    'Water bills going up again? - Forum',
    '<h1>Water bills going up again?</h1>' +
      each(
        6,
        (i) =>
          `<article class="post" id="post-${i}"><div class="author">user${i}</div><time datetime="2026-05-1${i}">May 1${i}</time><p>${S[i]}</p><p>${S[(i + 1) % 6]}</p></article>`,
      ),
    ld('DiscussionForumPosting'),
  ),
  'not-article--forum-no-schema': page(
    'https://board.example/viewtopic.php?t=31',
    'Drought tips thread',
    '<h1>Drought tips thread</h1><div class="thread">' +
      each(
        6,
        (i) =>
          `<div class="post"><div class="postbody"><p>${S[i]}</p></div><div class="signature">member since 2019</div></div>`,
      ) +
      '</div>',
  ),
  'not-article--product-page': page(
    'https://shop.example/p/rain-barrel-200l',
    'Rain barrel 200 L – Garden Shop',
    `<div class="product"><h1>Rain barrel 200 L</h1><p class="price">£49.99</p><button>Add to basket</button><div class="description">${paras(4, 1)}</div><div class="reviews"><h2>Reviews (0)</h2><p>Be the first to review this product.</p></div></div>`,
    ld('Product') + '<meta property="og:type" content="product">',
  ),
  'not-article--product-no-schema': page(
    'https://store.example/item/hose-reel',
    'Hose reel | Store',
    `<div id="item"><h1>Hose reel</h1><span class="price">$29.00</span><form action="/cart"><select name="qty"><option>1</option></select><button type="submit">Add to cart</button></form><div class="item-description">${paras(3, 2)}</div><h3>Reviews (0)</h3></div>`,
  ),
  'not-article--teaser-listing': page(
    'https://courier.example/news/',
    'News – Valley Courier',
    '<main><h1>News</h1>' +
      each(
        6,
        (i) =>
          `<article class="teaser"><h2><a href="/news/story-${i}">Story ${i}: water in the valley</a></h2><p>${S[i]}</p></article>`,
      ) +
      '</main>',
    '<meta property="og:type" content="website">',
  ),
  'not-article--teaser-listing-divs': page(
    'https://blog.example/page/2',
    'Blog – page 2',
    each(
      6,
      (i) =>
        `<div class="entry"><h3><a href="/2026/0${i + 1}/post">Post ${i}</a></h3><p>${S[i]}</p><a href="/2026/0${i + 1}/post">Read more</a></div>`,
    ),
  ),
  'not-article--documentation': page(
    'https://docs.example/guide/install',
    'Installing – Docs',
    '<div class="docs"><nav class="sidebar"><a href="/guide/">Guide</a> <a href="/api/">API</a></nav><main><h1>Installing</h1>' +
      each(4, (i) => `<p>${S[i]}</p><pre><code>$ tool install --level ${i}</code></pre>`) +
      '</main></div>',
    '<meta property="og:type" content="website">',
  ),
  'not-article--job-ad': page(
    'https://jobs.example/job/4410',
    'Hydrologist – Jobs',
    `<div class="job"><h1>Hydrologist</h1><p>Salary: £42,000 · Full time</p>${paras(4, 3)}<a class="button" href="/apply/4410">Apply now</a></div>`,
    ld('JobPosting'),
  ),
  'not-article--404': page(
    'https://courier.example/missing',
    'Page not found',
    '<h1>404</h1><p>Sorry, we could not find that page.</p><p>No comments</p>',
  ),
  'not-article--search-results': page(
    'https://courier.example/search?q=water',
    'Search: water',
    '<h1>Results for water</h1><ol class="results">' +
      each(6, (i) => `<li><a href="/r/${i}">Result ${i}</a><p>${S[i]}</p></li>`) +
      '</ol>',
    ld('SearchResultsPage'),
  ),
  // S is ASCII, so slice(0, 120) cuts at the same character as Python's [:120].
  'not-article--homepage': page(
    'https://courier.example/',
    'Valley Courier – local news',
    '<main>' +
      each(
        8,
        (i) => `<section><h2><a href="/s/${i}">Headline ${i}</a></h2><p>${S[i % 6].slice(0, 120)}</p></section>`,
      ) +
      '</main>',
    '<meta property="og:type" content="website">',
  ),
  'not-article--login': page(
    'https://courier.example/login',
    'Sign in',
    '<form><h1>Sign in</h1><label>Email <input name="email"></label><label>Password <input type="password"></label><button>Sign in</button></form>',
  ),
};
mkdirSync(OUT, { recursive: true });
for (const [name, html] of Object.entries(pages)) writeFileSync(new URL(`${name}.html`, OUT), html);
console.log(`wrote ${Object.keys(pages).length} pages to tests/fixtures/readerable/`);
