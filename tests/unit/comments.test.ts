import { describe, expect, test } from 'vitest';
import { findEmptyCommentSections } from '../../src/core/tidy/empty-comments';
import { findCommentSections, mayChangeSections } from '../../src/core/comments/sections';
import { shownText } from '../../src/core/page/dom';
import { hasCommentWord, mayHaveNoCommentLine, saysNoComments } from '../../src/core/comments/words';
import { COMMENT_LANGUAGES } from '../../src/core/rules/comments';
import { articlePage } from './helpers';

const found = (doc: Document) => findEmptyCommentSections(doc.body).map((c) => c.nodes[0]!);
const states = (doc: Document) =>
  findCommentSections(doc.body).map((s) => `${s.root.id || s.root.className || s.root.tagName}:${s.state}`);
const FORM = '<form action="/post"><textarea name="text"></textarea><input name="name"><button>OK</button></form>';
const STORY_SENTENCE =
  'The council said on Monday that the plan for the new tram line would go ahead after all, despite the cost, and';

describe('languages: one test per row', () => {
  test('the table covers at least 25 languages', () => {
    expect(new Set(COMMENT_LANGUAGES.map((l) => l.lang)).size).toBeGreaterThanOrEqual(25);
  });

  const phrases = COMMENT_LANGUAGES.flatMap(({ lang, empty }) => empty.map((text) => ({ lang, text })));
  test.each(phrases)('$lang: a box saying “$text” after the story is found', ({ text }) => {
    const doc = articlePage(`<div class="box"><span>${text}</span></div>`);
    expect(found(doc).map((n) => n.className)).toEqual(['box']);
  });

  test.each(COMMENT_LANGUAGES)('$lang: a heading naming comments above a plain reply form is found', ({ words }) => {
    const doc = articlePage(`<div class="x"><h3>${words[0]}</h3>${FORM}</div>`);
    expect(found(doc).map((n) => n.className)).toEqual(['x']);
  });

  test.each(COMMENT_LANGUAGES)('$lang: the words inside a sentence of the story are left', ({ words, empty }) => {
    const doc = articlePage('', { before: `<p>${STORY_SENTENCE} ${empty[0]} ${words[0]} ${STORY_SENTENCE}</p>` });
    expect(found(doc)).toEqual([]);
  });
});

describe('words', () => {
  test('comment words at a word start, in scripts with and without spaces', () => {
    expect(hasCommentWord('3 Kommentare')).toBe(true);
    expect(hasCommentWord('发表评论')).toBe(true);
    expect(hasCommentWord('recommended')).toBe(false);
  });
  test('zero counts and empty phrases', () => {
    expect(saysNoComments('0 Kommentare zu „Ein Titel“')).toBe(true);
    expect(saysNoComments('Comments (0)')).toBe(true);
    expect(saysNoComments('10 comments')).toBe(false);
    expect(saysNoComments('20:00 comments')).toBe(false);
    expect(saysNoComments('No comments yet')).toBe(true);
  });
  test('the page pre-test finds a phrase deep in a long text, across indentation', () => {
    const filler = 'The first reply to the council came from residents, who said the plan was too costly. '.repeat(40);
    expect(mayHaveNoCommentLine(`${filler}No\n          comments yet ${filler}`)).toBe(true);
    expect(mayHaveNoCommentLine('The council said the plan was too costly for the city. '.repeat(40))).toBe(false);
  });
});

describe('structure decides, whatever the words', () => {
  test('German WordPress: only "Schreibe einen Kommentar … Antworten abbrechen" and the form', () => {
    const doc = articlePage(`<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
      <h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar <small><a id="cancel-comment-reply-link" href="#respond" style="display:none">Antworten abbrechen</a></small></h3>
      <form action="https://blog.example/wp-comments-post.php" id="commentform"><p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht.</p>
      <textarea id="comment" name="comment"></textarea><input id="author" name="author"><input type="submit" value="Kommentar abschicken"></form></div></div>`);
    expect(found(doc).map((n) => n.id)).toEqual(['comments']);
  });

  test('"0 Kommentare zu …" heading with a form, no telling classes', () => {
    const doc = articlePage(
      `<div><h2>0 Kommentare zu „Council backs tram plan“</h2></div><div><h3>Kommentar schreiben</h3>${FORM}</div>`,
    );
    const [section, ...rest] = findEmptyCommentSections(doc.body);
    expect(rest).toEqual([]);
    // No wrapper holds both: the heading's block and the form's block are cut together.
    expect(section!.nodes.map((n) => n.textContent!.trim().slice(0, 12))).toEqual(['0 Kommentare', 'Kommentar sc']);
  });

  test('Enfold: "0 replies … Want to join the discussion?" above a form', () => {
    const doc =
      articlePage(`<div class="comment-entry post-entry"><div class="comment_meta_container"><div class="side-container-comment">
      <div class="side-container-comment-inner"><span class="comment-count">0</span><span class="comment-text">replies</span></div></div></div>
      <div class="comment_container"><h3 class="miniheading">Leave a Reply</h3><span class="minitext">Want to join the discussion?<br>Feel free to contribute!</span>
      <div id="respond" class="comment-respond">${FORM}</div></div></div>`);
    expect(found(doc).map((n) => n.className)).toEqual(['comment-entry post-entry']);
  });

  test('a heading in a language no table lists, above a reply form whose action names comments', () => {
    const doc = articlePage(
      `<section class="feedback"><h3>Fág trácht</h3><form action="/comments/new"><textarea></textarea><button>Seol</button></form></section>`,
    );
    expect(found(doc).map((n) => n.className)).toEqual(['feedback']);
  });

  test('a real thread keeps its reply form: the section is real, nothing is cut', () => {
    const doc =
      articlePage(`<div id="comments"><h3>2 Responses to “Council backs tram plan”</h3><ol class="commentlist">
      <li class="comment" id="comment-1"><div class="comment-author vcard"><cite class="fn">Ana</cite></div><p>Finally some progress for the east side.</p></li>
      <li class="comment" id="comment-2"><div class="comment-author vcard"><cite class="fn">Bo</cite></div><p>Too expensive.</p></li></ol>
      <div id="respond"><h3>Leave a Reply</h3><form id="commentform" action="/wp-comments-post.php"><textarea name="comment"></textarea></form></div></div>`);
    expect(states(doc)).toEqual(['comments:real']);
    expect(found(doc)).toEqual([]);
  });

  test('a short comment in unknown markup (an author and a time beside its words) is real', () => {
    const doc = articlePage(
      `<div class="talk"><h3>Comments</h3><div class="x1"><b class="who-author">Kim</b> <time datetime="2024-01-02">2 Jan</time><div>Great!</div></div>${FORM}</div>`,
    );
    expect(found(doc)).toEqual([]);
  });

  test('the thread printed apart from its form: the form stays', () => {
    const doc =
      articlePage(`<div class="thread-list"><div class="comment-body"><p>I was at the meeting and the vote was close.</p></div></div>
      <p>${STORY_SENTENCE.repeat(3)}</p><div id="respond"><h3>Leave a Reply</h3>${FORM}</div>`);
    expect(found(doc)).toEqual([]);
  });

  test('a meta line after the story that links to its comments among other words is the byline, not a section', () => {
    const doc = articlePage(
      '<div class="entrymeta">Ed Brill | Highland Park, IL USA Category: <a href="/cat/ibm">IBM</a> <a href="/post/42#comments">Add/View Comments (0)</a></div>',
    );
    expect(found(doc)).toEqual([]);
    // A zero count that says so in its own words still is.
    expect(
      found(articlePage('<div class="c-box">There are no comments yet. <a href="#respond">Add yours</a></div>')),
    ).toHaveLength(1);
  });

  test('a comment-count link in a byline, and a counter before the story, are not sections', () => {
    const doc = articlePage('', {
      before: `<div class="meta"><span>By Ana Díaz</span> · <a href="#comments">0 comments</a></div><p class="byline">No comments yet</p>`,
    });
    expect(found(doc)).toEqual([]);
  });

  test('"No comments," said between two paragraphs of the story stays', () => {
    const doc = articlePage('', {
      before: `<p>${'Asked about the plan, the minister paused for a long time before answering the question. '.repeat(2)}</p><p>No comments.</p><p>${'Her office later said the minister had nothing to add to the statement issued that morning. '.repeat(2)}</p>`,
    });
    expect(found(doc)).toEqual([]);
  });

  test('a comment box with prose in it is unknown and left', () => {
    const doc = articlePage(
      `<div class="comments"><p>${'Comments are moderated. Read our community guidelines before posting, and be kind to each other. '.repeat(6)}</p></div>`,
    );
    expect(states(doc)).toEqual(['comments:unknown']);
  });

  test('a contact form is not a reply form', () => {
    expect(
      found(
        articlePage(
          `<div><h3>Write to us</h3><form action="/contact"><textarea name="message"></textarea></form></div>`,
        ),
      ),
    ).toEqual([]);
  });

  test('textless comment-ish elements are icons or anchors, not sections', () => {
    const doc = articlePage(`<ul class="share"><li class="comments"><a href="#c"><i class="icon"></i></a></li></ul>
      <svg><symbol id="comments" viewBox="0 0 1 1"><path d="M0 0"></path></symbol></svg><a id="comments-top"></a><div class="comments"></div>`);
    expect(found(doc)).toEqual([]);
  });

  test('a prompt in words no table lists, beside a button that opens the comments, is an empty section', () => {
    const doc = articlePage(
      `<div id="respond"><p>Let us know what you think!<br></p><div id="fb-comments-container"><a href="/story/#respond" class="view-comments-button">View Comments</a></div></div>`,
    );
    expect(found(doc).map((n) => n.id)).toEqual(['respond']);
  });

  test('a log-in prompt with sign-up links and a display toggle, no comment: empty', () => {
    const doc =
      articlePage(`<div class="comments inside"><h3>Comments</h3><div class="comment-display"><form action="/story"><p>Display: <select><option>Expanded</option></select></p></form></div>
      <div class="comment_master_list"></div><div class="sign_up"><h2>Something to say? Choose one of these options to log in.</h2>
      <ul><li><a href="https://site.example/account/facebook_oauth_initiate"><img alt="Connect" src="/fb.png"></a></li><li><a href="https://site.example/account/setup">» Create a new account</a></li><li><a href="https://site.example/login">» Already registered? Log in!</a></li></ul></div></div>`);
    expect(found(doc).map((n) => n.className)).toEqual(['comments inside']);
  });

  test('a comment counter in a share bar stays, even when a link address holds a word like "Registrierung"', () => {
    const doc = articlePage(
      '<div class="social"><a class="pdf" href="https://pdf.news.example/139377/Ohne-Registrierung-oder-Werbung.pdf"></a><a class="pocket" href="https://getpocket.com/save"></a><span title="Kommentare" class="comments" onclick="openComments()"><i></i>16</span></div>',
    );
    expect(found(doc)).toEqual([]);
  });

  test('a prompt is not a comment: with a time, an author, or beside no control it stays', () => {
    // Words that carry a time are a comment in markup we do not know.
    const timed = articlePage(
      `<div id="respond"><p>Kim, 12:40: exactly what the east side needed</p><a href="#respond">Reply</a></div>`,
    );
    // A sentence in a part of its own beside the section may be the story's last: never a prompt.
    const apart = articlePage(`<div><p id="comments">The council will vote again in the spring, the mayor said.</p>
      <div class="comments"><h3>Comments</h3><p>No comments yet.</p><a href="#respond">Add yours</a></div></div>`);
    expect(found(timed)).toEqual([]);
    expect(apart.body.textContent).toContain('the mayor said');
    expect(found(apart).every((n) => !n.textContent!.includes('the mayor said'))).toBe(true);
  });

  test("a section's rules go with it: a box its markup names as guidelines, or folded in a closed <details>", () => {
    const rules =
      '<div class="commenting-guidelines"><p><strong>Guidelines:</strong> Feedback should follow <a href="/help/community-rules">the community rules</a>. These guidelines will be used to identify comments to remove.</p><p>Comments may be no longer than 2000 characters and will post shortly after submission.</p></div>';
    const boxed = articlePage(
      `<p class="postmeta">Posted in: <a href="/category/news">News</a> | <a href="#comments">comments</a></p>${rules}<br><div id="comments" class="comments"><div id="fb-root"></div><div class="fb-comments" data-href="https://news.example/story"></div></div>`,
    );
    expect(found(boxed).map((n) => n.className)).toEqual(['commenting-guidelines']);
    expect(findEmptyCommentSections(boxed.body)[0]!.nodes.map((n) => n.className)).toEqual([
      'commenting-guidelines',
      '',
      'comments',
    ]);
    const folded =
      articlePage(`<div class="talk"><div><div>Schreib den ersten Kommentar!</div><details><summary>Bitte beachte unsere Richtlinien</summary>
      <p>Wir freuen uns über kontroverse Diskussionen, die gerne auch mal hitzig geführt werden dürfen, solange sie sachlich bleiben und niemand beleidigt wird.</p>
      <p>Trotz all dieser notwendigen Regeln: Diskutiere kontrovers, sage anderen deine Meinung, trage mit weiteren Informationen zum Wissen aller bei.</p></details></div>
      <div id="respond" class="comment-respond"><form action="/wp-comments-post.php"><textarea name="comment"></textarea><input name="author"><button>Kommentar absenden</button></form></div></div>`);
    expect(found(folded).map((n) => n.className)).toEqual(['talk']);
  });

  test("the writer's avatar in the reply box is no comment's byline, and no content", () => {
    const box = (avatar: string) =>
      articlePage(`<div id="comments" class="section-comments"><div class="media-area"><h3 class="title"></h3></div>
      <div id="respond" class="comment-respond"><h3>Schreibe einen Kommentar <small><a href="#respond" style="display:none">Antworten abbrechen</a></small></h3>
      ${avatar}${FORM}</div></div>`);
    const placeholder =
      '<span class="pull-left author"><div class="avatar"><img src="/img/placeholder.jpg" width="64" height="64"></div></span>';
    expect(found(box(placeholder)).map((n) => n.id)).toEqual(['comments']);
    // The same avatar and words outside the reply box are a comment: nothing is cut.
    const outside =
      articlePage(`<div id="comments"><div class="entry"><span class="author"><img src="/a.jpg" width="64" height="64"> Kim</span>
      <p>Exactly what the east side needed, and about time too.</p></div><div id="respond" class="comment-respond">${FORM}</div></div>`);
    expect(states(outside)).toEqual(['comments:real']);
  });

  test("a post's topic classes and a correspondents' box are no thread elsewhere", () => {
    const widget =
      '<div id="comments"><div id="disqus_thread"></div><a href="https://disqus.com" class="dsq-brlink">blog comments powered by Disqus</a></div>';
    // WordPress classes a post by its category ("for-discussion"): the story is no thread, and the empty widget goes.
    const topic = articlePage(
      `<div class="post category-for-discussion tag-comment"><p>${STORY_SENTENCE} the minister declined to say when.</p></div>${widget}`,
      { before: '' },
    );
    expect(states(topic)).toEqual(['comments:empty']);
    const desk = articlePage(
      `${widget}<div id="correspondentsMenu"><p>${STORY_SENTENCE} our correspondent in Berlin wrote on the vote.</p></div>`,
    );
    expect(states(desk)).toEqual(['comments:empty']);
  });

  test('fine print that links the same terms twice is still a notice: pages count, not links', () => {
    const terms =
      '<a href="https://news.example/privacy">Privacy Policy</a> and agree to the <a href="https://news.example/terms">Terms of Use</a>';
    const notice = (more: string) =>
      articlePage(`<div id="comments"><p class="comment-disclaimer">By submitting a comment I acknowledge the ${terms}. I understand that my comments are also governed by Facebook, Yahoo, AOL or Hotmail's Terms of Use and Privacy Policies as applicable, which can be found ${more}.</p>
      <div id="fb-root"><div class="fb-comments" data-href="https://news.example/story"></div></div></div>`);
    expect(states(notice('<a href="https://news.example/terms">here</a>'))).toEqual(['comments:empty']);
    // A third page linked is more than a section's fine print.
    expect(states(notice('<a href="https://news.example/other-networks">here</a>'))).toEqual(['comments:unknown']);
  });

  test('a counter elsewhere that links to a section and counts comments keeps it: they load later', () => {
    const page = (counter: string) =>
      articlePage(`<section id="comments" class="c-comments"><div><h4>Loading comments...</h4></div></section>`, {
        before: `<p class="byline">By Kim Lee ${counter}</p>`,
      });
    expect(states(page('<a href="#comments"><span>74</span> comments</a>'))).toEqual(['comments:unknown']);
    // The page's own address with the fragment is the same link.
    expect(states(page(`<a href="${articlePage('').URL}#comments">74 comments</a>`))).toEqual(['comments:unknown']);
    // No count, a zero, or a counter of another page's comments says nothing of this section.
    expect(states(page('<a href="#comments">0 comments</a>'))).toEqual(['comments:empty']);
    expect(states(page('<a href="https://other.example/story#comments">74 comments</a>'))).toEqual(['comments:empty']);
  });

  test("a widget's own config script beside it is never read as a line", () => {
    const doc =
      articlePage(`<div id="disqus_thread"></div><script>var disqus_shortname = "blog"; var disqus_url = "https://blog.example/story";</script>
      <noscript><a href="https://blog.disqus.com/?url=ref">View the discussion thread.</a></noscript><a href="https://disqus.com" class="dsq-brlink">blog comments powered by <span>Disqus</span></a>`);
    expect(findCommentSections(doc.body).map((s) => s.state)).toEqual(['empty']);
  });

  test('a box named as rules is no notice when it says nothing of comments, is long, or holds a thread', () => {
    const widget =
      '<div id="comments" class="comments"><div class="fb-comments" data-href="https://news.example/story"></div></div>';
    // A story classed by its topic ("policy") beside an empty widget stays, whatever its length.
    const topic = articlePage(
      `<div class="category-policy"><p>${STORY_SENTENCE} the minister declined to say when.</p></div>${widget}`,
      { before: '' },
    );
    expect(found(topic).some((n) => n.textContent!.includes('the minister declined'))).toBe(false);
    const long = articlePage(
      `<div class="comment-policy"><p>Comments are moderated. ${STORY_SENTENCE.repeat(12)}</p></div>${widget}`,
    );
    expect(found(long).some((n) => n.textContent!.includes('Comments are moderated'))).toBe(false);
    // Rules above a real thread stay with it: the section is real and nothing is cut.
    const thread = articlePage(`<div class="comment-guidelines">Comments are moderated before they appear.</div>
      <ol class="commentlist"><li class="comment"><cite class="fn">Kim</cite> <time>12:40</time><p>Exactly what the east side needed.</p></li></ol>${FORM}`);
    expect(found(thread)).toEqual([]);
  });

  test("a post's meta line beside a section stays: it links elsewhere; a trackback link is the section's own", () => {
    const doc =
      articlePage(`<p class="postmeta">Posted in: <a href="/category/news">News</a> | <a href="#comments">comments</a></p>
      <div id="comments" class="comments"><h3>Leave a Reply</h3>${FORM}</div>`);
    expect(found(doc).map((n) => n.className)).toEqual(['comments']);
    const trackback =
      articlePage(`<div class="comments"><h3>0 Responses to “The story”</h3><ul><li><a href="/story/feed/">Feed for this Entry</a></li>
      <li><a href="https://news.example/story/trackback/">Trackback Address</a></li></ul><p>No Comments</p></div>`);
    expect(found(trackback).map((n) => n.className)).toEqual(['comments']);
  });

  test('a button picture and an avatar icon are controls, not content; a photo is content', () => {
    const box = (img: string) =>
      articlePage(
        `<div class="all_comments"><b>Comments</b>${FORM}<span class="comment_login"><a href="/sso/login.php">${img}</a></span></div>`,
      );
    expect(found(box('<img src="/btn_comment.gif" width="113" height="16" alt="Login to Comment">'))).toHaveLength(1);
    const form = '<form action="/comments/new"><textarea></textarea><button>Post</button></form>';
    const icon = articlePage(
      `<div class="box-comments"><h2>Comments</h2><img class="avatar" src="/empty.png" style="height: 37px">${form}</div>`,
    );
    expect(found(icon)).toHaveLength(1);
    const photo = articlePage(
      `<div class="box-comments"><h2>Comments</h2><img src="/crowd.jpg" width="640" height="400">${form}</div>`,
    );
    const img = photo.querySelector('img[src="/crowd.jpg"]')!;
    expect(found(photo).some((n) => n.contains(img))).toBe(false);
  });

  test('a container marked itemprop="comment" around its heading and an empty widget is not a comment', () => {
    const doc =
      articlePage(`<aside><div id="article-comments" itemprop="comment"><a name="comments"><span>Leave Comments</span></a><div class="fb-comments" data-href="https://news.example/a"></div></div>
      <div class="ad"><script>var SLOT = 'bottombanner';</script></div></aside>`);
    // The ad slot beside it (a box that mounts a script) is not the section's.
    expect(found(doc).map((n) => n.id)).toEqual(['article-comments']);
  });

  test('code in a comment-classed wrapper is what it says: the section does not grow over it', () => {
    const doc = articlePage(`<div><div class="comments-area"><pre>make build\nmake test</pre></div>
      <div id="comments" class="comments"><h3>Comments</h3><p>No comments yet.</p><a href="#respond">Add yours</a></div></div>`);
    expect(doc.querySelector('pre')).not.toBeNull();
    expect(found(doc).some((n) => n.contains(doc.querySelector('pre')))).toBe(false);
  });

  test("a credit line linking to the comment system's site goes with its section; one linking elsewhere stays", () => {
    const box =
      '<div class="widget"><h3 id="comments">Comments</h3><div class="live-fyre"><p>Loading Comments...</p></div></div>';
    const credit = (href: string) =>
      articlePage(`${box}<div id="credit"><a href="${href}">Powered by Livefyre</a></div>`);
    expect(
      findCommentSections(credit('http://livefyre.com').body).map((s) => [
        s.state,
        s.nodes.map((n) => n.id || n.className),
      ]),
    ).toEqual([['empty', ['widget', 'credit']]]);
    expect(
      findCommentSections(credit('http://news.example/about').body).map((s) => s.nodes.map((n) => n.id || n.className)),
    ).toEqual([['widget']]);
  });

  test("what the page hides in a section (a widget's copy of the post) is no prose; a hidden thread is still a thread", () => {
    const copy = `<div style="display:none" id="copy"><p>${STORY_SENTENCE} a photo:</p><img src="/a.jpg" width="800"></div>`;
    const doc = articlePage(
      `<h3 class="comments-header">Comments</h3><div class="comments-content"><div id="tpc_thread"></div>${copy}</div>`,
    );
    expect(states(doc)).toEqual(['comments-content:empty']);
    const folded = articlePage(
      `<div id="comments"><h3>Comments</h3><ol hidden><li class="comment"><cite>Ana</cite> <p>I rode the old line for years and will miss it.</p></li></ol>${FORM}</div>`,
    );
    expect(states(folded)).toEqual(['comments:real']);
    // Shown, the same copy is prose: the section is left alone.
    expect(
      states(
        articlePage(
          `<h3 class="comments-header">Comments</h3><div class="comments-content"><div id="tpc_thread"></div>${copy.replace('display:none', '')}</div>`,
        ),
      ),
    ).toEqual(['comments-content:unknown']);
  });

  test("a picture hidden by its own style (a log-in tab's sprite) shows nothing: the section stays empty", () => {
    const tabs = (style: string) =>
      articlePage(
        `<div id="comments"><div>Click on a tab to select how you'd like to leave your comment</div><div class="provider"><img src="/fb-login.png" ${style}><a href="#"><span>Login</span></a></div><div id="respond"><h3>Leave a Reply</h3>${FORM}</div></div>`,
      );
    expect(states(tabs('style="position:absolute;display:none"'))).toEqual(['comments:empty']);
    expect(states(tabs('width="600" height="400"'))).toEqual(['comments:unknown']);
  });

  test('boxes a script shows later (hidden by their class) and a preview template hold no comment', () => {
    const preview = (words: string, hide: string) =>
      `<div id="comment-preview" class="${hide}"><div class="comment"><div class="comment-content">${words}</div><p class="comment-footer">Posted by: <span class="comment-author"></span> | <span></span></p></div></div>`;
    const captcha =
      '<div id="comment-captcha" class="hiddenBox"><p>As a final step before posting your comment, enter the letters you see below.</p><p>Having trouble reading this image? View an alternate.</p></div>';
    const typepad = (words: string, hide: string) =>
      articlePage(
        `<div id="all-comments" class="comments"><h3>Comments</h3><div class="list"></div></div><div id="atp-comments">${preview(words, hide)}${captcha}<div id="primary-comment-form">${FORM}</div></div>`,
      );
    expect(findCommentSections(typepad(' ', 'hiddenBox').body).map((s) => [s.state, s.nodes.map((n) => n.id)])).toEqual(
      [['empty', ['all-comments', 'atp-comments']]],
    );
    // The same box with a comment's words in its slot is a comment, shown or folded away.
    expect(states(typepad('I rode the old line for years and will miss it.', 'hiddenBox'))).toEqual([
      'all-comments:real',
    ]);
  });

  test("links to log in, register or reset a password are the section's own, not links away", () => {
    const login = (reset: string) =>
      articlePage(
        `<div id="comments_container"><div class="comment-box"><h3><a href="https://sso.example/cas/login">Log in to comment</a></h3><a href="${reset}">Forgot it?</a><p>To comment on the news you must log in with the name you chose.</p><p>Not registered yet? <a href="${reset}?new">Reset it here</a></p></div></div>`,
      );
    expect(states(login('https://accounts.example/SendPassword.asp'))).toEqual(['comments_container:empty']);
    expect(states(login('https://accounts.example/profile.asp'))).toEqual([]);
  });

  test("a paragraph of the comment markup that links to the rules is the section's notice, not a comment", () => {
    const rules = (href: string, words = 'nétiquette') =>
      articlePage(
        `<div class="comment-grid"><h2>Vos commentaires</h2><p class="comment-text">Veuillez noter que le journal ne cautionne pas les opinions exprimées. Vos commentaires seront modérés, et publiés s’ils respectent la <a href="${href}">${words}</a>. Bonne discussion !</p><button type="button">Afficher les commentaires</button><div class="vf-comments" data-widget="comments"></div></div>`,
      );
    expect(states(rules('/conditions-utilisation/netiquette'))).toEqual(['comment-grid:empty']);
    // Named by the link's words when its address says nothing ("Submission Guidelines" → /submissions.html).
    const byWords = articlePage(
      `<div class="comments" id="c1"><h2>Comments</h2><p class="commentIntro">By submitting a comment, you accept that we may publish it. Comments are moderated according to our <a href="/about/submissions.html">Submission Guidelines</a>.</p><div id="disqus_thread"></div></div>`,
    );
    expect(states(byWords)).toEqual(['c1:empty']);
    // Linking elsewhere, the same paragraph may be a comment: the section stays.
    expect(states(rules('/sport/article-123', 'ligne éditoriale'))).not.toContain('comment-grid:empty');
    // A story paragraph linking to a policy, outside comment markup, is never a notice.
    const story = articlePage('<div id="comments"><h3>Comments</h3><div id="disqus_thread"></div></div>', {
      before: `<p>${STORY_SENTENCE} comments on its new <a href="/privacy-policy">privacy policy</a> were mixed.</p>`,
    });
    expect(findEmptyCommentSections(story.body).flatMap((s) => s.nodes.map((n) => n.id))).toEqual(['comments']);
  });

  test('the rules printed beside a section, linking to the terms, go with it; a story paragraph beside it stays', () => {
    const rules = (href: string) =>
      `<p>As you comment, please be respectful of other commenters and other viewpoints. We reserve the right to remove any comment we deem rude or off-topic. See our full terms of use <a href="${href}">here</a>.</p>`;
    const widget =
      '<div class="button-center-wrapper"><a class="js-comment-toggle" href="#">View Comments</a></div><div id="disqus_thread"></div>';
    const nodes = (doc: Document) =>
      findEmptyCommentSections(doc.body).map((s) => s.nodes.map((n) => n.id || n.tagName));
    const tags = '<div class="tags">Tags: <a href="/t/a">transport</a> <a href="/t/b">city</a></div>';
    expect(
      nodes(articlePage(`<footer>${tags}${rules('/2014/05/06/commenting-terms-of-use/')}${widget}</footer>`)),
    ).toEqual([['P', 'DIV', 'disqus_thread']]);
    // The same words linking to a story are not the rules: the paragraph stays.
    expect(nodes(articlePage(`<footer>${tags}${rules('/2014/05/06/city-council-vote/')}${widget}</footer>`))).toEqual([
      ['DIV', 'disqus_thread'],
    ]);
  });

  test('a prompt naming comments may run to fine-print length beside the form, unless it links away', () => {
    const prompt = (link: string) =>
      articlePage(
        `<div id="comments"><h3>Kommentare</h3><div><h3>Sagen Sie uns Ihre Meinung</h3><p>Die Meinung unserer Leser zu allen Themen ist ausdrücklich erwünscht. Bitte achten Sie bei Ihren Kommentaren auf die Netiquette${link}, um allen Teilnehmern eine angenehme Kommunikation zu ermöglichen. Vielen Dank!</p></div>${FORM}</div>`,
      );
    expect(states(prompt(''))).toEqual(['comments:empty']);
    expect(states(prompt(' (<a href="https://other.example/">mehr</a>)'))).toEqual(['comments:unknown']);
  });

  test("a widget's loading spinner is a control, not a picture; a photo in the box is content", () => {
    const box = (img: string) =>
      articlePage(
        `<div class="comments"><div><img src="${img}" alt="Loading comments..."><span>Loading comments...</span></div></div>`,
      );
    expect(states(box('http://cdn.example/images/spinner.gif'))).toEqual(['comments:empty']);
    expect(states(box('http://cdn.example/images/harbour.jpg'))).toEqual(['comments:unknown']);
  });

  test('a button that shows the comments, beside an empty box, is an empty section; with the comments in it, real', () => {
    const show =
      '<div class="comments-button"><button type="button">Show Comments</button></div><a name="comments"></a>';
    const empty = articlePage(`${show}<section id="comments"></section>`);
    expect(findCommentSections(empty.body).map((s) => [s.state, s.nodes.length])).toEqual([['empty', 3]]);
    const folded = articlePage(
      `${show}<section id="comments"><ol style="display:none"><li class="comment"><cite>Ana</cite> <p>I rode the old line for years and will miss it.</p></li></ol></section>`,
    );
    expect(findCommentSections(folded.body).map((s) => s.state)).toEqual(['real']);
    // A comment button in a byline box with the story after it is a control of the story, not a section.
    const byline = articlePage(
      `<div class="comments"><button type="button">Comments</button></div><p>${STORY_SENTENCE} the minister declined to say when the work would start.</p>`,
      { before: '' },
    );
    expect(findEmptyCommentSections(byline.body)).toEqual([]);
  });

  test('the section never grows over the story: siblings with other words stop it', () => {
    const doc =
      articlePage(`<div class="post-footer"><div class="tags">Tags: <a href="/t/a">transport</a> <a href="/t/b">city</a></div>
      <div class="c-wrap"><h3>No comments yet</h3>${FORM}</div></div>`);
    expect(found(doc).map((n) => n.className)).toEqual(['c-wrap']);
  });
});

test('shown text leaves out scripts, and stops past its limit yet still reads as longer than it', () => {
  const doc = articlePage(
    `<div id="x">${'<p>   word   </p>\n\n      '.repeat(400)}<script>var hidden = 1;</script></div><div id="y">Short <script>x()</script>line</div>`,
  );
  expect(shownText(doc.getElementById('y')!)).toBe('Short line');
  const cut = shownText(doc.getElementById('x')!, 50);
  expect(cut.length).toBeGreaterThan(50);
  expect(cut.length).toBeLessThan(shownText(doc.getElementById('x')!).length);
});

test('forms that register, subscribe, report an error or mail the story to a friend are not reply forms', () => {
  for (const form of [
    '<form action="/registration"><textarea name="about"></textarea></form>',
    '<form class="error-report"><h3>Comment on an error</h3><textarea></textarea></form>',
    '<form name="email" action="https://news.example/api/story/email/4909/"><label>Your friend\'s email</label><input type="email"><textarea name="comments"></textarea></form>',
    '<div id="follow_share_form"><form action="/share"><p>Share this story to Facebook</p><textarea name="comment"></textarea><span>140</span></form></div>',
    '<form id="tipForm" action="/tips"><label>Name:</label><input name="name"><label>Tip:</label><textarea name="comments"></textarea></form>',
    '<form id="tipUsForm"><label>Your name</label><input name="AuthorName"><label>Give us the goods</label><textarea name="Comments"></textarea></form>',
  ]) {
    expect(found(articlePage(`<div>${form}</div>`))).toEqual([]);
  }
});

describe('what a page adds after load: does it ask for a new search?', () => {
  /** The records a MutationObserver sees while `change` runs on an article page. */
  async function added(change: (doc: Document) => void): Promise<boolean> {
    const doc = articlePage(
      '<aside><div id="ad-slot"></div><ul id="ticker"></ul></aside><div id="disqus_thread"></div>',
    );
    const records: MutationRecord[] = [];
    const observer = new doc.defaultView!.MutationObserver((r) => records.push(...r));
    observer.observe(doc.body, { childList: true, subtree: true });
    change(doc);
    await new Promise((resolve) => setTimeout(resolve, 0));
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records.some((r) => mayChangeSections(r.target, r.addedNodes));
  }

  test('an ad, a ticker line or a clock does not', async () => {
    expect(
      await added((doc) => {
        doc.getElementById('ad-slot')!.innerHTML =
          '<a href="/ad"><img src="ad.png"></a><iframe src="https://ads.example/x"></iframe>';
        doc.getElementById('ticker')!.append(Object.assign(doc.createElement('li'), { textContent: 'Update 3' }));
        doc
          .getElementById('ad-slot')!
          .append(Object.assign(doc.createElement('form'), { innerHTML: '<input name="email">' }));
      }),
    ).toBe(false);
  });

  test('a comment box, a reply form or a widget filling its root does', async () => {
    const cases: ((doc: Document) => void)[] = [
      (doc) =>
        doc.body.append(
          Object.assign(doc.createElement('section'), { className: 'comments', innerHTML: '<h3>Comments (0)</h3>' }),
        ),
      (doc) =>
        doc.body.append(Object.assign(doc.createElement('div'), { innerHTML: '<form><textarea></textarea></form>' })),
      (doc) => doc.getElementById('disqus_thread')!.append(doc.createElement('iframe')),
    ];
    for (const change of cases) expect(await added(change)).toBe(true);
  });
});
