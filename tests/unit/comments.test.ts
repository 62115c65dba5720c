import { describe, expect, test } from 'vitest';
import { findEmptyCommentSections, hasEmptySignal, isOnlyPhrases } from '../../src/core/clutter/empty-comments';
import { COMMENT_CONTAINERS, EMPTY_COMMENT_PHRASES } from '../../src/core/rules/comments';
import { articlePage } from './helpers';

const found = (doc: Document) => findEmptyCommentSections(doc.body).map((c) => c.nodes[0]!);

describe('empty-comment phrases: one test per row', () => {
  test('the table covers at least ten languages', () => {
    const langs = new Set(EMPTY_COMMENT_PHRASES.map((p) => p.lang));
    expect([...langs]).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ar', 'ru', 'tr']));
    expect(langs.size).toBeGreaterThanOrEqual(10);
  });

  test.each(EMPTY_COMMENT_PHRASES.filter((p) => p.signal))('$lang: a box saying “$text” after the article is found', ({ text }) => {
    const doc = articlePage(`<div class="box"><span>${text}</span></div>`);
    expect(found(doc).map((n) => n.className)).toEqual(['box']);
  });

  test.each(EMPTY_COMMENT_PHRASES.filter((p) => !p.signal))('$lang: “$text” alone, outside a comment section, is left', ({ text }) => {
    const doc = articlePage(`<div class="box"><a href="#x">${text}</a></div>`);
    expect(found(doc)).toEqual([]);
  });

  test.each(EMPTY_COMMENT_PHRASES.filter((p) => !p.signal))('$lang: “$text” with a reply form in #comments is found', ({ text }) => {
    const doc = articlePage(`<div id="comments"><h3>${text}</h3><form><textarea></textarea><button>Send</button></form></div>`);
    expect(found(doc).map((n) => n.id)).toEqual(['comments']);
  });
});

describe('comment containers: one test per row', () => {
  test.each(COMMENT_CONTAINERS)('$name: empty is found, with a real comment is kept', ({ selector, emptyWhenBare }) => {
    const first = selector.split(',')[0]!.trim();
    const sel = first.replace(/^[a-z]+(?=[.#[])/, '');
    // Build an element matching the row's first selector.
    const attrs = sel.startsWith('#') ? `id="${sel.slice(1).split(/[.[]/)[0]}"` : sel.startsWith('.') ? `class="${sel.slice(1).split(/[#[]/)[0]}"` : sel.replace(/^\[|\]$/g, '');
    const tag = /^[a-z]+/.exec(first)?.[0] ?? 'div';
    const empty = articlePage(`<${tag} ${attrs}>${emptyWhenBare ? '' : '<h3>No comments yet</h3>'}</${tag}>`);
    expect(found(empty)).toHaveLength(1);
    const withComment = articlePage(`<${tag} ${attrs}><h3>1 comment</h3><ol><li class="comment"><p>Great piece, thanks for writing it up.</p></li></ol></${tag}>`);
    expect(found(withComment)).toEqual([]);
  });

  test('WordPress: a comments area with only the reply form is found', () => {
    const doc = articlePage(`<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
      <h3 id="reply-title">Leave a Reply <small><a href="#respond">Cancel reply</a></small></h3>
      <form id="commentform"><p>Your email address will not be published.</p><label>Comment</label><textarea></textarea>
      <label>Name</label><input name="author"><input type="submit" value="Post Comment"></form></div></div>`);
    expect(found(doc).map((n) => n.id)).toEqual(['comments']);
  });

  test('Disqus: an empty thread div is found; one with its frame loaded is kept', () => {
    expect(found(articlePage('<div id="disqus_thread"></div>'))).toHaveLength(1);
    // On a live page that may still be loading it, the bare root is a mount point, not clutter.
    expect(findEmptyCommentSections(articlePage('<div id="disqus_thread"></div>').body, { widgetsSettled: false })).toEqual([]);
    expect(found(articlePage('<div id="disqus_thread"><iframe src="https://disqus.example/embed"></iframe></div>'))).toEqual([]);
  });

  test('textless comment-ish elements are icons or anchors, not sections', () => {
    const doc = articlePage(`<ul class="share"><li class="comments"><a href="#c"><i class="icon"></i></a></li></ul>
      <svg><symbol id="comments" viewBox="0 0 1 1"><path d="M0 0"></path></symbol></svg><a id="comments-top"></a><div class="comments"></div>`);
    expect(found(doc)).toEqual([]);
  });

  test('Medium: "Responses (0)" is found', () => {
    expect(found(articlePage('<div class="responses"><button>Responses (0)</button></div>'))).toHaveLength(1);
  });
});

describe('near misses are kept', () => {
  test('a section with real comments', () => {
    const doc = articlePage(`<section class="comments"><h2>Comments (2)</h2>
      <article class="comment"><p>I disagree with the cost estimate in the third paragraph.</p></article>
      <article class="comment"><p>Finally some progress for the east side.</p></article></section>`);
    expect(found(doc)).toEqual([]);
  });

  test('"comments" inside the article text', () => {
    const doc = articlePage('', { before: '<p>There are no comments from the ministry on the deal, which was signed late on Friday after weeks of talks between the parties.</p>' });
    expect(found(doc)).toEqual([]);
  });

  test('a "No comments" line between two paragraphs of the story', () => {
    const doc = articlePage('', { before: `<p>${'Asked about the plan, the minister paused for a long time before answering the question. '.repeat(2)}</p><p>No comments.</p><p>${'Her office later said the minister had nothing to add to the statement issued that morning. '.repeat(2)}</p>` });
    expect(found(doc)).toEqual([]);
  });

  test('a comment container with other words in it', () => {
    expect(found(articlePage('<div class="comments"><p>Comments are moderated. Read our community guidelines before posting.</p></div>'))).toEqual([]);
  });
});

test('isOnlyPhrases: phrases, counts and punctuation only', () => {
  expect(isOnlyPhrases('+ There are no comments Add yours')).toBe(true);
  expect(isOnlyPhrases('Comments (0) · Leave a reply')).toBe(true);
  expect(isOnlyPhrases('No comments on the commentary')).toBe(false);
});

describe('the signal in a whole page of text (searched around each phrase\'s longest word)', () => {
  const filler = 'The first reply to the council came from residents, who said the plan was too costly. '.repeat(40);
  test.each(EMPTY_COMMENT_PHRASES.filter((p) => p.signal).map((p) => p.text))('%s, deep in a long text', (phrase) => {
    expect(hasEmptySignal(`${filler}${phrase} ${filler}`)).toBe(true);
    // Indentation between the words, as textContent gives it.
    expect(hasEmptySignal(`${filler}${phrase.replace(/ /g, '\n                ')}`)).toBe(true);
  });
  test('the phrases\' other words, alone, are no signal', () => {
    expect(filler.length).toBeGreaterThan(1000);
    expect(hasEmptySignal(filler)).toBe(false);
    expect(hasEmptySignal(`${filler} commentary and comments ${filler}`)).toBe(false);
  });
});
