// Real comment threads set aside before the story is chosen: a long thread under a short post is
// not the article; a page that is a thread (a forum) keeps its posts.
import { describe, expect, test } from 'vitest';
import { findCommentThreads } from '../../src/core/clutter/comment-threads';
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
    expect(ids(`<p>${POST}</p>${thread(8).replace('<h2 class="comments-title">', '<h1>Tram plan</h1><h2 class="comments-title">')}`)).toEqual([]);
  });
});
