import { describe, expect, test } from 'vitest';
import { findEmptyCommentSections } from '../../src/core/tidy/empty-comments';
import { findCommentSections } from '../../src/core/comments/sections';
import { COMMENT_SYSTEMS } from '../../src/core/rules/comment-systems';
import { articlePage } from './helpers';

/** An element that matches the first selector of a row's root: `#a`, `.b`, `tag.c`, `[data-x]`, `custom-tag`. */
function rootElement(selector: string, inner: string): string {
  const first = selector.split(',')[0]!.trim();
  const tag = /^([a-z]+(?:-[\w-]+|\\:[\w-]+)?)/.exec(first)?.[1]?.replace('\\', '') ?? 'div';
  const rest = first.slice(/^[a-z]+(?:-[\w-]+|\\:[\w-]+)?/.exec(first)?.[0].length ?? 0);
  const id = /#([\w-]+)/.exec(rest)?.[1];
  const cls = /\.([\w-]+)/.exec(rest)?.[1];
  const attr = /\[([\w-]+)(?:[*^]?="([^"]*)")?\]/.exec(rest);
  const attrs = [id && `id="${id}"`, cls && `class="${cls}"`, attr && `${attr[1]}="${attr[2] ?? ''}"`]
    .filter(Boolean)
    .join(' ');
  return `<${tag} ${attrs}>${inner}</${tag}>`;
}

const COMMENT =
  '<article class="comment"><footer><cite>Ana</cite> <time datetime="2024-05-01">1 May</time></footer><p>Finally some progress for the east side.</p></article>';
const cut = (html: string) => findEmptyCommentSections(articlePage(html).body);
const statesOf = (html: string, settled = true) =>
  findCommentSections(articlePage(html).body, { widgetsSettled: settled }).map((s) => s.state);

describe('comment systems: one test per row', () => {
  test('the table covers the systems of the web', () => {
    expect(COMMENT_SYSTEMS.length).toBeGreaterThanOrEqual(25);
  });

  test.each(COMMENT_SYSTEMS)(
    '$name: a box with a heading and nothing else is cut; with a comment it is real',
    ({ root }) => {
      expect(cut(rootElement(root, '<h3>Comments</h3>'))).toHaveLength(1);
      expect(statesOf(rootElement(root, `<h3>1 Comment</h3>${COMMENT}`))).toEqual(['real']);
    },
  );

  test('a widget that says it is loading is a mount point until the page settles, then an empty box', () => {
    for (const loading of ['Loading comments...', 'Kommentare werden geladen…']) {
      const box = `<div id="comments"><div class="l-col__main">${loading}</div></div>`;
      expect(statesOf(box, false)).toEqual(['unknown']);
      expect(statesOf(box, true)).toEqual(['empty']);
    }
  });

  test('a system root inside a link or a button is a counter, not a section', () => {
    expect(
      cut('<a href="#comments"><span class="fb-comments"></span></a><button><span id="disqus_thread"></span></button>'),
    ).toEqual([]);
  });

  test('Viafoura: its wrapper around a comment counter or a share bar is not a section', () => {
    const counter =
      '<button class="commentButton"><div class="viafoura"><span class="vf-counter vf-widget" data-widget="counter"></span></div></button>';
    const share =
      '<div class="share"><div class="viafoura"><h2>Social Sharing</h2><div class="vf-widget vf-share-bar-horizontal" data-widget="sharebar"></div></div></div>';
    expect(cut(`${counter}${share}`)).toEqual([]);
    expect(cut('<div class="viafoura"><vf-conversations limit="3"></vf-conversations></div>')).toHaveLength(1);
  });

  test.each(COMMENT_SYSTEMS.filter((s) => s.emptyWhenBare))(
    '$name: a bare root is a mount point while loading, an empty box once settled',
    ({ root }) => {
      expect(statesOf(rootElement(root, ''), false)).toEqual(['unknown']);
      expect(statesOf(rootElement(root, ''), true)).toEqual(['empty']);
    },
  );

  test.each(COMMENT_SYSTEMS.filter((s) => s.frame && !s.frameIsForm))(
    '$name: its loaded frame is a widget we cannot read, and stays',
    ({ root, frame }) => {
      const src = `https://${frame!.source.replace(/\\/g, '').replace(/\[.*?\]\*?|\?|\//g, '')}/x`;
      expect(statesOf(rootElement(root, `<iframe src="${src}"></iframe>`))).toEqual(['unknown']);
    },
  );

  test('Jetpack: its frame is the reply form, so a section with only the frame is empty', () => {
    const html = `<div id="comments"><div id="respond"><h3 id="reply-title">Kommentar verfassen <small><a href="#respond" style="display:none">Antwort abbrechen</a></small></h3>
      <div id="commentform" class="comment-form"><iframe id="jetpack_remote_comment" name="jetpack_remote_comment" src="https://jetpack.wordpress.com/jetpack-comment/?blogid=1&amp;postid=2"></iframe></div></div></div>`;
    expect(cut(html).map((c) => c.nodes[0]!.id)).toEqual(['comments']);
    expect(
      statesOf(
        html.replace(
          '<div id="respond">',
          `<ol class="commentlist">${COMMENT.replace('article', 'li').replace('/article', '/li')}</ol><div id="respond">`,
        ),
      ),
    ).toEqual(['real']);
  });

  test('Jetpack: its frame is known by its id too, before a script sets its address', () => {
    const html = `<div id="comments"><div id="respond"><div id="cancel-comment-reply-link" style="display:none"><a href="#">Cancel Reply</a></div>
      <iframe src="about:blank" name="jetpack_remote_comment" id="jetpack_remote_comment"></iframe></div></div>`;
    expect(cut(html).map((c) => c.nodes[0]!.id)).toEqual(['comments']);
  });

  test('Facebook: the XFBML tag is a root too', () => {
    expect(statesOf('<fb:comments href="https://news.example/a"></fb:comments>')).toEqual(['empty']);
  });

  test('Vuukle: a root numbered for its article is a root too', () => {
    expect(statesOf('<div class="comm"><div id="vuukle-comments-777916"></div></div>')).toEqual(['empty']);
  });

  test('a widget root that shows only a button loads on a click: not known to be empty', () => {
    const load = (control: string) =>
      `<footer id="comment-jump"><div id="disqus_thread"><div class="box">${control}</div></div></footer>`;
    for (const control of [
      '<a href="#article-comments" class="load-comments">Load Comments</a>',
      '<button>Kommentare anzeigen</button>',
    ]) {
      expect(statesOf(load(control), false)).toEqual(['unknown']);
      expect(statesOf(load(control), true)).toEqual(['unknown']);
    }
    // Inside a box another row finds first, with the system's credit line beside it.
    const livefyre =
      '<div id="comments" class="comments-container"><div id="livefyre"><div class="lf-loader"><button>Load Comments</button></div></div><div id="powered_by_livefyre_new"><a href="http://livefyre.com/">Powered by Livefyre</a></div></div>';
    expect(statesOf(livefyre, true)).toEqual(['unknown']);
    // Bare, it is the empty box it was once the page has settled.
    expect(statesOf(load(''), true)).toEqual(['empty']);
  });
});

/** TypePad's and Movable Type's trackback box: its caption is printed whatever the list holds. */
const trackbacks = (
  list: string,
) => `<div class="trackbacks"><a id="trackback"></a><h3 class="trackbacks-header">TrackBack</h3>
  <div class="trackbacks-info"><p>TrackBack URL for this entry:<br><span class="trackbacks-link">http://www.typepad.com/services/trackback/6a00d8</span></p>
  <p>Listed below are links to weblogs that reference <a href="https://blog.example/2012/11/lawsuits.html">Voting Issues Likely to Spark Lawsuits</a>:</p></div>
  <div class="trackbacks-content">${list}</div></div>`;
const TRACKBACK =
  '<div class="trackback"><p>Great analysis of the lawsuits ahead, as we wrote on Friday.</p><p class="trackback-footer">Tracked on Nov 7, 2012 at 10:14 AM by <a href="https://other.example/">Election Law Blog</a></p></div>';

describe('trackbacks: a captioned list of its own', () => {
  test('listing none, the box is empty whatever its caption says, and is cut', () => {
    expect(cut(trackbacks(' ')).map((s) => s.nodes.map((n) => n.className))).toEqual([['trackbacks']]);
  });

  test('listing one, it is real', () => {
    expect(statesOf(trackbacks(TRACKBACK))).toEqual(['real']);
  });

  test('beside a real thread, an empty trackback box is still cut: it is not the thread’s part', () => {
    const thread = `<a id="comments"></a><div class="comments" id="all-comments"><h3>Comments</h3>${COMMENT}</div>`;
    expect(statesOf(`${trackbacks(' ')}${thread}`)).toEqual(['empty', 'real']);
  });
});
