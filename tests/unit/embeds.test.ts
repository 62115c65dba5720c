// Embeds as cards: one example per row of EMBED_SITES, the frames that are not cards, and the
// whole path (a card reaches the reader's markup, a frame never does).
import { describe, expect, test } from 'vitest';
import { embedCards, embedOf, markEmbeds } from '../../src/core/extract/embeds';
import { EMBED_SITES } from '../../src/core/rules/embeds';
import { extract } from '../../src/core/pipeline';
import { articlePage, page } from './helpers';

const frame = (attrs: string) => page(`<body><iframe ${attrs}></iframe></body>`).querySelector('iframe')!;

describe('each site is recognised, and opens on its own site', () => {
  const EXAMPLES: [string, string, string][] = [
    ['YouTube', 'https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['YouTube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['Vimeo', 'https://player.vimeo.com/video/76979871?h=8272103f6e', 'https://vimeo.com/76979871'],
    ['Dailymotion', 'https://www.dailymotion.com/embed/video/x8abc12', 'https://www.dailymotion.com/video/x8abc12'],
    [
      'Dailymotion',
      'https://geo.dailymotion.com/player.html?video=x8abc12',
      'https://www.dailymotion.com/video/x8abc12',
    ],
    [
      'Twitch',
      'https://player.twitch.tv/?video=123&parent=news.example',
      'https://player.twitch.tv/?video=123&parent=news.example',
    ],
    [
      'bilibili',
      'https://player.bilibili.com/player.html?bvid=BV1xx',
      'https://player.bilibili.com/player.html?bvid=BV1xx',
    ],
    ['Internet Archive', 'https://archive.org/embed/some-film', 'https://archive.org/details/some-film'],
    [
      'Wikimedia Commons',
      'https://commons.wikimedia.org/wiki/File:Launch.webm?embedplayer=yes',
      'https://commons.wikimedia.org/wiki/File:Launch.webm?embedplayer=yes',
    ],
    [
      'TikTok',
      'https://www.tiktok.com/embed/v2/7212345678901234567',
      'https://www.tiktok.com/embed/v2/7212345678901234567',
    ],
    [
      'Spotify',
      'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk?utm_source=x',
      'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk',
    ],
    [
      'SoundCloud',
      'https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/band/song&color=%23ff5500',
      'https://soundcloud.com/band/song',
    ],
    ['X', 'https://platform.twitter.com/embed/Tweet.html?id=1234567890', 'https://x.com/i/status/1234567890'],
    ['Instagram', 'https://www.instagram.com/p/C1abcDEF/embed/captioned/', 'https://www.instagram.com/p/C1abcDEF/'],
    [
      'Bluesky',
      'https://embed.bsky.app/embed/did:plc:abc123/app.bsky.feed.post/3kxyz',
      'https://bsky.app/profile/did:plc:abc123/post/3kxyz',
    ],
    [
      'Mastodon',
      'https://mastodon.social/@Gargron/111111111111111111/embed',
      'https://mastodon.social/@Gargron/111111111111111111',
    ],
    [
      'Threads',
      'https://www.threads.net/@someone/post/C1abc/embed',
      'https://www.threads.net/@someone/post/C1abc/embed',
    ],
    [
      'Facebook',
      'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fpage%2Fvideos%2F1%2F',
      'https://www.facebook.com/page/videos/1/',
    ],
  ];
  test('every row has an example here', () => {
    expect(new Set(EXAMPLES.map(([site]) => site))).toEqual(new Set(EMBED_SITES.map((r) => r.site)));
  });
  test.each(EXAMPLES)('%s: %s', (site, src, open) => {
    const embed = embedOf(frame(`src="${src}"`));
    expect(embed?.site).toBe(site);
    expect(embed?.kind).toBe(EMBED_SITES.find((r) => r.site === site)!.kind);
    expect(embed?.href).toBe(open);
  });
  test('a site of the table is a card whatever its title says', () => {
    expect(embedOf(frame('src="https://www.youtube.com/embed/abcdefgh" title="Reader comments, answered"'))?.site).toBe(
      'YouTube',
    );
  });
  test('a lazy frame is read from its data-src', () => {
    expect(embedOf(frame('src="about:blank" data-src="https://www.youtube.com/embed/abcdefgh"'))?.site).toBe('YouTube');
  });
});

describe('frames that are not cards', () => {
  test.each([
    ['an untitled frame on an unknown site', 'src="https://charts.example/x"'],
    ['an ad frame with a title', 'src="https://ads.example/slot" title="Advertisement"'],
    ['a titled ad server frame', 'src="https://securepubads.g.doubleclick.net/x" title="3rd party ad content"'],
    [
      "Facebook's comments plugin",
      'src="https://www.facebook.com/plugins/comments.php?href=x" title="Facebook comments"',
    ],
    ['a Disqus thread', 'src="https://disqus.com/embed/comments/?f=site" title="Disqus"'],
    ['a frame with no address', 'title="Empty"'],
    ['a javascript: frame', 'src="javascript:alert(1)" title="Chart"'],
    [
      'a comment widget named in Spanish',
      'class="comentarios-2018" title="Comentarios" src="https://registro.diario.example/no-cache/comentarios/index.php?node=1"',
    ],
    [
      'a WordPress post embed, hidden until its script runs (its quoted link stays)',
      'class="wp-embedded-content" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="Another story" src="https://blog.example/another-story/embed/"',
    ],
    ['a one-pixel frame', 'id="cleanv" title="cleanv" width="1" height="1" src="https://news.example/story/amp"'],
    ['a frame the page hides', 'style="display:none" title="Chart" src="https://charts.example/1"'],
  ])('%s', (_, attrs) => {
    expect(embedOf(frame(attrs))).toBeNull();
  });
  test('a titled frame on any other site is a generic embed, named by its host', () => {
    expect(embedOf(frame('src="https://www.datawrapper.de/_/AbC12/" title="Chart: turnout by district"'))).toEqual({
      kind: 'embed',
      site: 'datawrapper.de',
      href: 'https://www.datawrapper.de/_/AbC12/',
      title: 'Chart: turnout by district',
    });
  });
  test('markEmbeds marks the embeds only', () => {
    const doc = page(
      '<body><iframe src="https://www.youtube.com/embed/abcdefgh"></iframe><iframe src="https://ads.example/x"></iframe></body>',
    );
    expect(markEmbeds(doc.body)).toBe(1);
    expect(doc.querySelectorAll('iframe[data-tidy-embed]')).toHaveLength(1);
  });
});

describe('cards in the article', () => {
  const article = (inner: string) => {
    const doc = page(`<body><div id="a">${inner}</div></body>`, 'https://news.example/story');
    const root = doc.getElementById('a')!;
    embedCards(root);
    return root.innerHTML;
  };
  test('a frame alone in a figure makes that figure the card, caption kept', () => {
    expect(
      article(
        '<figure><iframe src="https://player.vimeo.com/video/1" title="Clip"></iframe><figcaption>The clip</figcaption></figure>',
      ),
    ).toBe(
      '<figure data-embed="video" data-embed-site="Vimeo"><a href="https://vimeo.com/1">Clip</a><figcaption>The clip</figcaption></figure>',
    );
  });
  test('a frame inside a paragraph goes after it; alone in one, it takes its place', () => {
    expect(article('<p>Watch: <iframe src="https://player.vimeo.com/video/1"></iframe></p>')).toBe(
      '<p>Watch: </p><figure data-embed="video" data-embed-site="Vimeo"><a href="https://vimeo.com/1">vimeo.com/1</a></figure>',
    );
    expect(article('<p> <iframe src="https://player.vimeo.com/video/1"></iframe> </p>')).toBe(
      '<figure data-embed="video" data-embed-site="Vimeo"><a href="https://vimeo.com/1">vimeo.com/1</a></figure>',
    );
  });
  test('a quoted post keeps its words in a card; a permalink it does not link gets a link', () => {
    expect(
      article(
        '<blockquote class="twitter-tweet"><p>Liftoff!</p><a href="https://twitter.com/a/status/1">May 1</a></blockquote>',
      ),
    ).toBe(
      '<figure data-embed="post" data-embed-site="X"><blockquote class="twitter-tweet"><p>Liftoff!</p><a href="https://twitter.com/a/status/1">May 1</a></blockquote></figure>',
    );
    expect(
      article(
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C1/"><p>A post</p></blockquote>',
      ),
    ).toContain('</blockquote><a href="https://www.instagram.com/p/C1/">instagram.com/p/C1/</a></figure>');
  });
});

describe('the whole path', () => {
  test('an embed in a wrapper reaches the reader as a card, with no frame; an ad frame leaves no trace', () => {
    const result = extract(
      articlePage(
        '<div class="video-wrapper"><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="The vote, live"></iframe></div>' +
          '<p>After the vote the council adjourned, and members left the chamber to speak to the press outside the building.</p>' +
          '<div><iframe src="https://ads.example/slot" title="Advertisement"></iframe></div>',
      ),
    );
    expect(result.html).toContain(
      '<figure data-embed="video" data-embed-site="YouTube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" target="_top" rel="noopener noreferrer">The vote, live</a></figure>',
    );
    expect(result.html).not.toContain('<iframe');
    expect(result.html).not.toContain('ads.example');
  });
});
