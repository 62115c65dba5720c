// The stage after Readability: one fixture per rule, and what each rule must leave alone.
import { describe, expect, test } from 'vitest';
import { cleanUp, findCleanup } from '../../src/core/extract/cleanup';
import { BOILERPLATE_LINES } from '../../src/core/rules/boilerplate-lines';
import { page } from './helpers';

const PROSE = [
  'The council approved the new transport plan on Monday after a long debate that lasted well into the evening, with members split on the cost of the tram line.',
  'Supporters said the line would cut journey times across the city and bring new investment to the districts east of the river, which have waited years for it.',
  'Opponents argued that the money would be better spent on buses and on repairing roads, and they asked for an independent review before any contract is signed.',
  'The mayor said the review would be published in the spring and that residents would be consulted again before construction begins next year on the first section.',
  'Construction crews will begin surveying the route in January, the city said, and the first trams are due to run along the eastern section by the end of 2027.',
  'Local businesses along the route said they hoped the work would be phased to keep streets open, after years of disruption from earlier roadworks in the area.',
  'The transport authority said it would publish a full timetable for the works, street by street, at least a month before any lane is closed to traffic.',
];
const prose = PROSE.map((p) => `<p>${p}</p>`).join('');

/** Readability's output shape: a div holding the article's blocks. */
const article = (inner: string) => page(`<body><div id="a">${inner}</div></body>`).getElementById('a')!;
const cutTexts = (root: Element, byline: string | null = null) =>
  findCleanup(root, byline).map((c) => `${c.step}: ${c.node.textContent!.trim()}`);

describe('boilerplate lines: one per row, each alone on its line', () => {
  const EXAMPLES: Record<string, string> = {
    'ad label': 'Advertisement',
    'skip link': 'Skip to content',
    'script notice': 'This slideshow requires JavaScript.',
    'cookie notice': 'This website uses cookies to improve your experience.',
    'newsletter prompt': 'Click here to subscribe to The Paradigm Newsletter',
    'subscription offer': 'Get the magazine delivered through your letterbox every month.',
    'share call': 'Share this article',
    'comment prompt': 'Tell us what you think...',
    'rights notice': 'All rights reserved.',
    shortcode: '[button link=”/x” type=”big”] Send us your review[/button]',
    'account link': 'Sign in',
    'news alerts prompt': 'Let our news meet your inbox.',
    'ad break': 'Continue reading below',
    'click-here prompt': 'Get the app on the go by clicking here',
    'contact footer': 'The Daily 1 Main St | 202-628-8500 tel | 202-628-8503 fax',
    'follow call': 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.',
    'community prompt': 'Join our Space Forums to keep talking space on the latest missions!',
    'section label': 'BREAKING NEWS',
    'affiliate disclosure': 'This post may contain affiliate and/or referral links. Please see my disclosure page.',
  };
  test('every row has an example', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(BOILERPLATE_LINES.map(([name]) => name).sort());
  });
  test.each(Object.entries(EXAMPLES))('%s: “%s” goes, the story stays', (name, line) => {
    const root = article(
      `${PROSE.slice(0, 3)
        .map((p) => `<p>${p}</p>`)
        .join('')}<p>${line}</p>${PROSE.slice(3)
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    );
    const log = cleanUp(root, null);
    expect(log).toEqual([expect.objectContaining({ step: 'boilerplate-line', reason: name })]);
    expect(root.textContent).not.toContain(line.slice(0, 12));
    for (const p of PROSE) expect(root.textContent).toContain(p);
  });
  test('the same words inside prose stay', () => {
    const root = article(
      `${prose}<p>The advertisement campaign, which cost the city more than it said, asked residents to share this view with their neighbours before the vote.</p>`,
    );
    expect(cutTexts(root)).toEqual([]);
  });
});

describe('related lists, teasers and link-dense edges', () => {
  test('a "You may also like" heading and the links after it', () => {
    const root = article(
      `${prose}<h3>You may also like...</h3><ul><li><a href="/1">Who will make the Rock Hall in 2020?</a></li><li><a href="/2">Fans want the band back</a></li></ul>`,
    );
    expect(cutTexts(root)).toEqual([
      'related-list: You may also like...',
      'related-list: Who will make the Rock Hall in 2020?',
      'related-list: Fans want the band back',
    ]);
    cleanUp(root, null);
    expect(root.querySelector('ul')).toBeNull(); // the list they leave empty goes with them
  });
  test('"More:" alone opens a list of links', () => {
    const root = article(
      `${prose}<h4>More:</h4><p><a href="/1">Afghan politician sees talks as only hope</a></p><p><a href="/2">Young people must be heard</a></p><p>The inquiry will report next year, officials said, after hearing from the families of those who died in the crash.</p>`,
    );
    expect(cutTexts(root)).toEqual([
      'related-list: More:',
      'related-list: Afghan politician sees talks as only hope',
      'related-list: Young people must be heard',
    ]);
  });
  test('"More Great WIRED Stories" opens a list of links', () => {
    const root = article(
      `${prose}<h3>More Great WIRED Stories</h3><ul><li><a href="/1">YouTubers must unionize</a></li></ul>`,
    );
    expect(cutTexts(root)).toEqual(['related-list: More Great WIRED Stories', 'related-list: YouTubers must unionize']);
  });
  test('"Also: …" is a teaser', () => {
    const root = article(
      `${PROSE.slice(0, 3)
        .map((p) => `<p>${p}</p>`)
        .join('')}<p>Also: <a href="/x">See Black Friday coverage at CNET</a></p>${PROSE.slice(3)
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    );
    expect(cutTexts(root)).toEqual(['related-list: Also: See Black Friday coverage at CNET']);
  });
  test('"Related post: …" is a teaser', () => {
    const root = article(
      `${PROSE.slice(0, 3)
        .map((p) => `<p>${p}</p>`)
        .join('')}<p>Related post: <a href="/x">Pickled Brussels Sprouts Recipe</a></p>${PROSE.slice(3)
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    );
    expect(cutTexts(root)).toEqual(['related-list: Related post: Pickled Brussels Sprouts Recipe']);
  });
  test('"Also on <site>" is a teaser', () => {
    const root = article(
      `${PROSE.slice(0, 3)
        .map((p) => `<p>${p}</p>`)
        .join('')}<p>Also on rt.com <a href="/x">Journalists threatened with arrests</a></p>${PROSE.slice(3)
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    );
    expect(cutTexts(root)).toEqual(['related-list: Also on rt.com Journalists threatened with arrests']);
  });
  test('a teaser line: "SEE MORE: …" that is a link', () => {
    const root = article(
      `${PROSE.slice(0, 3)
        .map((p) => `<p>${p}</p>`)
        .join('')}<p>SEE MORE: <a href="/x">Students under siege in university</a></p>${PROSE.slice(3)
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    );
    expect(cutTexts(root)).toEqual(['related-list: SEE MORE: Students under siege in university']);
  });
  test('links before and after the story (sections, sources) go; a heading that is a link stays', () => {
    const root = article(
      `<p><a href="/">Home</a> › <a href="/news">News</a></p><h2><a href="/story">Council backs tram plan</a></h2>${prose}<p><a href="https://a.example">[Engadget]</a></p><p><a href="https://b.example">Official website</a></p>`,
    );
    expect(cutTexts(root)).toEqual([
      'link-dense-head: Home › News',
      'link-dense-tail: Official website',
      'link-dense-tail: [Engadget]',
    ]);
  });
  test("one link alone at the top may be the story's own: it stays", () => {
    expect(cutTexts(article(`<p><a href="/results">Click for full state swim results</a></p>${prose}`))).toEqual([]);
  });
  test("a site's section list at the top goes, however its links are wrapped", () => {
    const root = article(
      `<ul><li><a href="/"><span></span><span>Home</span></a></li><li><a href="/news">News<span></span></a></li></ul>${prose}`,
    );
    expect(cutTexts(root)).toEqual(['link-dense-head: Home', 'link-dense-head: News']);
  });
  test('a paragraph with a few links in its prose stays', () => {
    const root = article(
      `${prose}<p>The plan, <a href="/plan">published in full</a>, follows a <a href="/review">review</a> of the bus network that took two years and heard from thousands of residents.</p>`,
    );
    expect(cutTexts(root)).toEqual([]);
  });
});

describe('metadata and credits', () => {
  test('a byline and a dateline at the top (the header shows them), and the author bio at the end', () => {
    const root = article(
      `<p>By Justine Coleman - 11/18/19 11:04 PM EST</p><p>Updated at 1:23 p.m.</p>${prose}<p>Phil Helsel is a reporter for NBC News.</p>`,
    );
    expect(cutTexts(root)).toEqual([
      'metadata-line: By Justine Coleman - 11/18/19 11:04 PM EST',
      'metadata-line: Updated at 1:23 p.m.',
      'metadata-line: Phil Helsel is a reporter for NBC News.',
    ]);
  });
  test('datelines: "First Published: …", and a date with the outlet', () => {
    const root = article(
      `<p>November 20, 2019 / 1:07 AM / CBS News</p>${prose}<p>First Published: Tuesday, November 19, 2019 08:38 AM</p>`,
    );
    expect(cutTexts(root)).toEqual([
      'metadata-line: November 20, 2019 / 1:07 AM / CBS News',
      'metadata-line: First Published: Tuesday, November 19, 2019 08:38 AM',
    ]);
  });
  test('who reported and edited, after the story', () => {
    const root = article(`${prose}<p>Reporting by Rodrigo Campos; Editing by Nick Zieminski</p>`);
    expect(cutTexts(root)).toEqual(['metadata-line: Reporting by Rodrigo Campos; Editing by Nick Zieminski']);
  });
  test('bylines with two names and a weekday, a bare "By", a dateline with its time', () => {
    const root = article(
      `<p>By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT</p><p>Nov. 20, 2019, 9:28 AM UTC</p><p>By</p>${prose}<p>(Reporting by Greg Roumeliotis; editing by Martin Howell.)</p>`,
    );
    expect(cutTexts(root)).toEqual([
      'metadata-line: By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT',
      'metadata-line: Nov. 20, 2019, 9:28 AM UTC',
      'metadata-line: By',
      'metadata-line: (Reporting by Greg Roumeliotis; editing by Martin Howell.)',
    ]);
  });
  test('a byline with a date and no separator', () => {
    expect(cutTexts(article(`<p>by Regan September 15, 2014</p>${prose}`))).toEqual([
      'metadata-line: by Regan September 15, 2014',
    ]);
  });
  test('the byline Readability found, alone on a line', () => {
    expect(cutTexts(article(`<p>Staff Reporter</p>${prose}`), 'Staff Reporter')).toEqual([
      'metadata-line: Staff Reporter',
    ]);
  });
  test('a sentence that starts with "By" is prose', () => {
    expect(cutTexts(article(`<p>By the time the police arrived, the crowd had gone home.</p>${prose}`))).toEqual([]);
  });
  test('a credit line alone goes; a caption with its credit stays with its image', () => {
    const root = article(
      `${prose}<p>© Aaron Schwartz</p><p>(Image: © TNG Collaboration)</p><p>Image copyright</p><figure><img src="https://a.example/i.jpg" alt=""><figcaption>Protesters in the square (Image: GETTY)</figcaption></figure>`,
    );
    expect(cutTexts(root)).toEqual([
      'credit-line: © Aaron Schwartz',
      'credit-line: (Image: © TNG Collaboration)',
      'credit-line: Image copyright',
    ]);
    const agencies = article(`${prose}<p>Natalie Naccache | Bloomberg | Getty Images</p><p>Jason Cipriani/ZDNet</p>`);
    expect(cutTexts(agencies)).toEqual([
      'credit-line: Natalie Naccache | Bloomberg | Getty Images',
      'credit-line: Jason Cipriani/ZDNet',
    ]);
  });
});

test('a caption whose image is not there goes; a caption with its image stays', () => {
  const root = article(
    `${prose}<figure><figcaption>Protesters in the square</figcaption></figure><figure><img src="https://a.example/i.jpg" alt=""><figcaption>Police at the gate</figcaption></figure>`,
  );
  expect(cutTexts(root)).toEqual(['orphan-caption: Protesters in the square']);
});

test('when the rules would take half the article, they misread the page: nothing is cut', () => {
  const root = article('<p>Advertisement</p><p>Share this</p><p>Short story.</p>');
  expect(cleanUp(root, null)).toEqual([]);
  expect(root.querySelectorAll('p')).toHaveLength(3);
});

test('every cut is logged with its step, reason, place and text', () => {
  const root = article(`${prose}<p>Advertisement</p>`);
  expect(cleanUp(root, null)).toEqual([
    { step: 'boilerplate-line', reason: 'ad label', selector: expect.stringContaining('p'), text: 'Advertisement' },
  ]);
});

describe('teasers tagged in brackets, the issuer\'s "About" section, teaser cards', () => {
  test('several links to other stories on a line, each tagged [LIKE THIS], however long the line', () => {
    const tagged = [
      'China furious at Macron for his protest jibe, officials say',
      'NBA makes final decision on the game amid the turmoil',
      'City threatened with military intervention, reports say',
    ]
      .map((t, i) => `<a href="/s${i}">${t}</a> [<strong>${['INSIGHT', 'VIDEO', 'REACTION'][i]}]</strong>`)
      .join(' | ');
    expect(tagged.replace(/<[^>]+>/g, '').length).toBeGreaterThan(200);
    expect(cutTexts(article(`${prose}<p>${tagged}</p>`))).toEqual([
      expect.stringMatching(/^related-list: China furious/),
    ]);
  });
  test('one bracketed word in prose stays', () => {
    expect(
      cutTexts(
        article(`${prose}<p>The minister said the report was <a href="/r">“accurate [and] fair”</a> [VIDEO].</p>`),
      ),
    ).toEqual([]);
  });

  test('the company description at the end of a press release, and what follows it about the company', () => {
    const about =
      '<p>Acme Corp is a global provider of healthcare communication solutions.</p><p>Acme Corp is headquartered in Baar and employs 1,300 people.</p>';
    expect(cutTexts(article(`${prose}${about}`))).toEqual([
      'boilerplate-line: Acme Corp is a global provider of healthcare communication solutions.',
      'boilerplate-line: Acme Corp is headquartered in Baar and employs 1,300 people.',
    ]);
  });
  test('an "About Acme" heading takes the section after it', () => {
    expect(
      cutTexts(
        article(
          `${prose}<h3>About Acme</h3><p>Founded in 1950, it makes tools.</p><p>Media contact: press@acme.example</p>`,
        ),
      ),
    ).toEqual([
      'boilerplate-line: About Acme',
      'boilerplate-line: Founded in 1950, it makes tools.',
      'boilerplate-line: Media contact: press@acme.example',
    ]);
  });
  test('a company described in the first half of the story is the story', () => {
    expect(cutTexts(article(`<p>Acme Corp is a global provider of tools.</p>${prose}`))).toEqual([]);
  });

  test('a picture captioned with a link to another story is a teaser card; a described picture stays', () => {
    const card =
      '<figure><a href="/other-story"><img src="t.jpg"></a><figcaption><a href="/other-story">Tram costs soar</a></figcaption></figure>';
    const own =
      '<figure><a href="/photos/123"><img src="p.jpg"></a><figcaption>The square on Monday. <a href="/photos">More photos</a></figcaption></figure>';
    expect(cutTexts(article(`${prose}${card}${own}`))).toEqual(['teaser-figure: Tram costs soar']);
  });
});

test('"About Acme" in plain prose near the end is a sentence, not the issuer\'s section', () => {
  expect(cutTexts(article(`${prose}<p>About Acme</p><p>Founded in 1950, it makes tools.</p>`))).toEqual([]);
  expect(
    cutTexts(article(`${prose}<p><strong>About Acme</strong></p><p>Founded in 1950, it makes tools.</p>`)),
  ).toHaveLength(2);
});
