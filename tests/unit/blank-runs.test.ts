import { describe, expect, test } from 'vitest';
import { findBlankRuns } from '../../src/core/tidy/blank-runs';
import { declutter } from '../../src/core/tidy/declutter';
import { page } from './helpers';

/** Paragraphs of prose: blank runs are cut only in the flow of a story's text. */
const ONE =
  'One. The council met on Monday to discuss the plan for the new tram line through the east side of the city, and the vote on the final route was close in the end.';
const TWO =
  'Two. Work on the line is to start next spring, the mayor said, and the first trams should run three years later if the budget holds and the courts agree.';
const prose = (html: string) => html.replaceAll('One.', ONE).replaceAll('Two.', TWO).replace('One<br>', `${ONE}<br>`);

/** Declutters the blank runs of a <div id="x"> and returns what is left of its markup. */
function after(inner: string): string {
  const doc = page(`<body><div id="x">${inner}</div></body>`);
  declutter(findBlankRuns(doc.body));
  return doc.getElementById('x')!.innerHTML.replace(/\s+/g, ' ').trim();
}

describe('blank runs that go', () => {
  test.each([
    ['empty paragraphs', '<p>One.</p><p>&nbsp;</p><p>&nbsp;</p><p> </p><p>Two.</p>', '<p>One.</p><p>Two.</p>'],
    ['a <br> chain between blocks', '<p>One.</p><br><br><br><p>Two.</p>', '<p>One.</p><p>Two.</p>'],
    [
      'spacer divs',
      '<p>One.</p><div class="spacer"></div><div style="height:200px"></div><p>Two.</p>',
      '<p>One.</p><p>Two.</p>',
    ],
    [
      'Word-paste paragraphs',
      '<p>One.</p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
      '<p>One.</p>',
    ],
    [
      'a wrapper of blank lines',
      '<p>One.</p><div>&nbsp;<br>&nbsp;<br>&nbsp;</div><p>Two.</p>',
      '<p>One.</p><p>Two.</p>',
    ],
    ['trailing <br>s at the end of a paragraph', '<p>One.<br><br><br></p>', '<p>One.</p>'],
    [
      'surplus <br>s inside a paragraph, keeping one break',
      '<p>One<br><br><br><br><br>two</p>',
      '<p>One<br><br>two</p>',
    ],
    [
      'zero-width and nbsp-only blocks',
      '<p>One.</p><p>\u200b</p><div>\u00a0</div><p>Two.</p>',
      '<p>One.</p><p>Two.</p>',
    ],
  ])('%s', (_name, inner, expected) => {
    expect(after(prose(inner))).toBe(prose(expected));
  });
});

describe('what is never a blank run', () => {
  test.each([
    ['one <br> between two lines', '<p>page<br>The end</p>'],
    ['two <br>s between two lines (a paragraph break)', '<p>page<br><br>The end</p>'],
    ['a whitespace-only span between two links', '<p><a href="/a">one</a><span> </span><a href="/b">two</a></p>'],
    ['one empty paragraph', '<p>One.</p><p>&nbsp;</p><p>Two.</p>'],
    // A product page's sidebar: one padded gap between each pair of cards is layout.
    [
      'one sized spacer between two boxes',
      '<div><form><label>Amount</label><input></form></div><div class="row" style="padding-top: 20px;"></div><div><p>One.</p></div>',
    ],
    ['blank lines in <pre>', '<pre>line 1\n\n\n\nline 2</pre>'],
    ['blank lines in a <textarea>', '<textarea>\n\n\n</textarea>'],
    ['blank lines in contenteditable', '<div contenteditable="true"><p><br></p><p><br></p></div>'],
    [
      'a poem’s line breaks',
      '<p>The woods are lovely, dark and deep,<br>But I have promises to keep,<br>And miles to go before I sleep</p>',
    ],
    ['images and media', '<p>One.</p><p><img src="a.png" alt=""></p><p><video src="v.mp4"></video></p><p>Two.</p>'],
    ['empty table cells', '<table><tr><td></td><td></td><td>3</td></tr></table>'],
    ['anchors and elements with ids', '<p>One.</p><a name="top"></a><div id="ad-slot"></div><p>Two.</p>'],
    ['clearfix divs', '<p>One.</p><div class="clear"></div><div style="clear:both"></div><p>Two.</p>'],
    ['scripts between blank lines are kept', '<p>One.</p><script>var a = 1;</script><p>Two.</p>'],
  ])('%s', (_name, inner) => {
    const doc = page(`<body><div id="x">${inner}</div></body>`);
    const before = doc.getElementById('x')!.innerHTML;
    declutter(findBlankRuns(doc.body));
    expect(doc.getElementById('x')!.innerHTML).toBe(before);
  });

  test('removing a run never glues two words together', () => {
    const doc = page(
      `<body><div>${ONE} first<br><br><br><br>second <span> </span><b>third</b><br><br><br>fourth</div></body>`,
    );
    const words = (d: Document) => d.body.textContent!.split(/\s+/).filter(Boolean);
    const before = words(doc);
    declutter(findBlankRuns(doc.body));
    expect(words(doc)).toEqual(before);
    expect(doc.body.querySelectorAll('br')).toHaveLength(4);
  });
});

test('a run is reported once, with its line count', () => {
  const doc = page(prose('<body><p>One.</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>Two.</p></body>'));
  const runs = findBlankRuns(doc.body);
  expect(runs).toHaveLength(1);
  expect(runs[0]).toMatchObject({ step: 'blank-run', reason: '3 blank lines' });
  expect(runs[0]!.nodes).toHaveLength(3);
});

describe('only text-level blanks in the flow of text', () => {
  test.each([
    [
      'empty layout divs (a video player’s bars)',
      '<p>One.</p><div class="bar"></div><div class="bar"></div><div class="bar"></div><p>Two.</p>',
    ],
    ['an icon’s three empty spans', '<button class="menu"><span></span><span></span><span></span></button><p>One.</p>'],
    ['<br> chains inside a comment', '<p>One.</p><li class="comment"><p>I agree.<br><br><br><br>Totally.</p></li>'],
    ['<br> chains inside a forum message', '<div class="message-body">Hello<br><br><br><br>World</div>'],
    [
      'blank lines among empty boxes only',
      '<div class="grid"><div class="cell"></div><br><br><br><div class="cell"></div></div>',
    ],
    [
      '<br> chains in a price box, with no paragraph of prose around',
      '<div class="price">€ 12,90<br><br><br>incl. VAT</div>',
    ],
    [
      'blank lines between menu entries',
      '<div class="menu-box"><a href="/a">News</a><br><br><br><a href="/b">Sport</a></div>',
    ],
  ])('%s stay', (_name, inner) => {
    const doc = page(`<body><div id="x">${prose(inner)}</div></body>`);
    const before = doc.getElementById('x')!.innerHTML;
    declutter(findBlankRuns(doc.body));
    expect(doc.getElementById('x')!.innerHTML).toBe(before);
  });
});
