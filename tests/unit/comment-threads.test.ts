// Real comment threads set aside before the story is chosen: a long thread under a short post is
// not the article; a page that is a thread (a forum) keeps its posts.
import { describe, expect, test } from 'vitest';
import { answeredPost, findCommentThreads } from '../../src/core/extract/comment-threads';
import { extract } from '../../src/core/pipeline';
import { page } from './helpers';

const POST =
  'The council approved the new transport plan on Monday after a long debate that lasted well into the evening, with members split on the cost.';
const REPLY =
  'I have taken the tram in three other cities and it always took longer than promised to build, but once it ran nobody wanted the buses back.';

/** A WordPress-style thread: a counter heading, `n` comments each with an author, a time and text, and a form. */
const thread = (n: number, id = 'comments') =>
  `<div id="${id}" class="comments-area"><h2 class="comments-title">${n} comments</h2><ol class="comment-list">` +
  Array.from(
    { length: n },
    (_, i) =>
      `<li id="comment-${i}" class="comment"><article class="comment-body"><footer class="comment-meta">` +
      `<b class="fn">Reader ${i}</b> <time datetime="2026-01-0${(i % 9) + 1}">January ${(i % 9) + 1}</time></footer>` +
      `<div class="comment-content"><p>${REPLY} ${REPLY}</p></div><a class="comment-reply-link" href="#r">Reply</a></article></li>`,
  ).join('') +
  `</ol><div id="respond"><form action="/wp-comments-post.php"><textarea name="comment"></textarea>` +
  `<input name="author"><input name="email"></form></div></div>`;

const ids = (body: string) =>
  findCommentThreads(page(`<body>${body}</body>`).body).flatMap((c) => c.nodes.map((n) => n.id));

describe('comment threads set aside', () => {
  test('a real thread under a one-paragraph post is set aside', () => {
    expect(ids(`<article id="post"><h1>Tram plan</h1><p>${POST}</p></article>${thread(12)}`)).toEqual(['comments']);
  });

  test('so extraction returns the post, not the comments', () => {
    const doc = page(`<html><head><title>Tram plan</title></head><body><main><article><h1>Tram plan</h1><p>${POST}</p>
      <p>${POST.replace('Monday', 'Tuesday')}</p></article>${thread(25)}</main></body></html>`);
    const result = extract(doc, { url: 'https://blog.example/tram' });
    expect(result.text).toContain('approved the new transport plan on Monday');
    expect(result.text).not.toContain('I have taken the tram');
    expect(result.removed.some((r) => r.step === 'comment-thread')).toBe(true);
  });

  test('an empty comment section is not a thread (the tidy cuts it, not this step)', () => {
    const empty = `<div id="comments"><h3>Leave a Reply</h3><form action="/wp-comments-post.php"><textarea name="comment"></textarea></form></div>`;
    expect(ids(`<article><h1>Tram plan</h1><p>${POST}</p></article>${empty}`)).toEqual([]);
  });

  test('a page with no paragraph outside the thread keeps it: the thread is the content', () => {
    expect(ids(`<h2>Forum: tram plan</h2>${thread(8)}`)).toEqual([]);
  });

  test('a section that holds the headline is kept', () => {
    expect(
      ids(
        `<p>${POST}</p>${thread(8).replace('<h2 class="comments-title">', '<h1>Tram plan</h1><h2 class="comments-title">')}`,
      ),
    ).toEqual([]);
  });

  /** A short post in an <article>, its thread, and a sidebar with more paragraph text than the post. */
  const SIDEBAR = `<div class="rail">${Array.from({ length: 4 }, (_, i) => `<p>Our team ${i} has built tools for millions of people since 2004, and many of our ideas about calm work made their way into print.</p>`).join('')}</div>`;
  const shortPost = (post: string) =>
    page(`<html><head><title>Siri</title></head><body><header><h1>The Blog</h1></header>
    <div class="content">${post}${thread(12)}</div>${SIDEBAR}</body></html>`);

  test('the post a thread answers is the story, even when a sidebar holds more text', () => {
    const doc = shortPost(
      `<article class="post"><figure><img src="/siri.png" width="300" height="533"></figure><p>${POST}</p></article>`,
    );
    expect(answeredPost(findCommentThreads(doc.body))?.className).toBe('post');
    const result = extract(doc, { url: 'https://blog.example/siri' });
    expect(result.text).toContain('approved the new transport plan on Monday');
    expect(result.text).not.toContain('Our team 0');
    expect(result.text).not.toContain('I have taken the tram');
  });

  test('only a post markup names, right before the thread, is trusted', () => {
    // A plain div before the thread may be anything (a related list, a share bar): no post.
    expect(answeredPost(findCommentThreads(shortPost(`<div class="post"><p>${POST}</p></div>`).body))).toBeNull();
    // An <article> with something else between it and the thread is not the one it answers.
    const apart = shortPost(
      `<article class="post"><p>${POST}</p></article><div class="related"><a href="/a">Another story</a></div>`,
    );
    expect(answeredPost(findCommentThreads(apart.body))).toBeNull();
    // An <article> with no paragraph of its own (a teaser, a headline) is not the post.
    expect(
      answeredPost(findCommentThreads(shortPost('<article class="post"><h2>Siri</h2></article>').body)),
    ).toBeNull();
  });

  /** Comments marked by class alone: no system root, no reply form (a script adds it), no heading. */
  const bareList = (n: number) =>
    `<div class="master-list">${Array.from(
      { length: n },
      (_, i) =>
        `<a name="c${i}"></a><div class="item"><div class="comment not-new"><h5><a href="#">Reply ${i}</a></h5>` +
        `<div class="cbody"><p>${REPLY}</p></div><p class="by">by <a href="/users/r${i}">reader${i}</a> <span class="time">Aug 9, 2012 1:${10 + i} PM</span></p></div></div>`,
    ).join('')}</div>`;

  test('marked comments with nothing around them are a thread: their list is set aside', () => {
    const body = `<div class="entry"><h1>Game thread</h1><p>${POST}</p></div>${bareList(30)}`;
    expect(ids(body.replace('class="master-list"', 'id="list" class="master-list"'))).toEqual(['list']);
    const result = extract(page(`<html><head><title>Game thread</title></head><body>${body}</body></html>`), {
      url: 'https://blog.example/game',
    });
    expect(result.text).toContain('approved the new transport plan');
    expect(result.text).not.toContain('I have taken the tram');
  });

  test('two marked comments far apart are no list: the page is never taken for one', () => {
    const one = (id: string) =>
      `<div id="${id}"><div class="comment"><p>${REPLY}</p><span class="time">1:10 PM</span></div></div>`;
    expect(
      ids(
        `<header>${one('a')}</header><article><h1>Tram plan</h1><p>${POST}</p></article><footer>${one('b')}</footer>`,
      ),
    ).toEqual([]);
  });

  test("marked comments loose in the story's column are no list: the post is never set aside with them", () => {
    const loose = Array.from(
      { length: 3 },
      (_, i) =>
        `<div id="c${i}"><div class="comment-body"><p>${REPLY}</p><span class="time">1:1${i} PM</span></div></div>`,
    ).join('');
    const doc =
      page(`<html><head><title>Tram plan</title></head><body><div id="column"><h2>Tram plan</h2><p>${POST}</p><p>${POST.replace('Monday', 'Friday')}</p>
      <p>${POST.replace('Monday', 'Sunday')}</p><p>${POST.replace('Monday', 'Tuesday')}</p>${loose}</div>${SIDEBAR}</body></html>`);
    expect(findCommentThreads(doc.body).flatMap((c) => c.nodes.map((n) => n.id))).not.toContain('column');
    expect(extract(doc, { url: 'https://blog.example/tram' }).text).toContain(
      'approved the new transport plan on Monday',
    );
  });

  test('opinion teasers classed "comment" are no thread: their words are links', () => {
    const teasers = Array.from(
      { length: 4 },
      (_, i) =>
        `<li class="item comment premium"><a href="/opinion/${i}"><time>21 Nov 2017</time> Why the tram plan ${i} will cost more than anyone admits</a></li>`,
    ).join('');
    expect(ids(`<article><h1>Tram plan</h1><p>${POST}</p></article><ol id="latest">${teasers}</ol>`)).toEqual([]);
  });
});
