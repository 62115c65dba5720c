// Embeds the reader shows as cards: a video, audio or social post the page loads from another
// site. Each row names the site, the kind of content, how to recognise its embed, and where the
// content opens on its own site. The reader loads none of them: a card links out instead.

export type EmbedKind = 'video' | 'audio' | 'post' | 'embed';

export interface EmbedSite {
  site: string;
  kind: EmbedKind;
  /** Hosts of the embed's frame, matched by dot-suffix (www.youtube.com is youtube.com). */
  hosts?: string[];
  /** A frame's address on any host, by its path (Mastodon runs on many servers). */
  path?: RegExp;
  /** Where the content opens on its site, from the frame's address; the frame's address when null. */
  open?: (url: URL) => string | null;
  /** The site's embed as a quote of the post (with a script that turns it into a frame): its class. */
  quoteClass?: string;
}

const idAfter = (url: URL, marker: RegExp): string | null => marker.exec(url.pathname)?.[1] ?? null;
const withId = (template: string, id: string | null) => (id ? template.replace('{}', id) : null);

export const EMBED_SITES: EmbedSite[] = [
  {
    site: 'YouTube',
    kind: 'video',
    hosts: ['youtube.com', 'youtube-nocookie.com'],
    open: (u) => withId('https://www.youtube.com/watch?v={}', idAfter(u, /\/embed\/([\w-]{6,})/)),
  },
  {
    site: 'Vimeo',
    kind: 'video',
    hosts: ['player.vimeo.com'],
    open: (u) => withId('https://vimeo.com/{}', idAfter(u, /\/video\/(\d+)/)),
  },
  {
    site: 'Dailymotion',
    kind: 'video',
    hosts: ['dailymotion.com'],
    open: (u) =>
      withId('https://www.dailymotion.com/video/{}', idAfter(u, /\/video\/(\w+)/) ?? u.searchParams.get('video')),
  },
  { site: 'Twitch', kind: 'video', hosts: ['player.twitch.tv'] },
  { site: 'bilibili', kind: 'video', hosts: ['player.bilibili.com'] },
  {
    site: 'Internet Archive',
    kind: 'video',
    hosts: ['archive.org'],
    open: (u) => u.href.replace('/embed/', '/details/'),
  },
  { site: 'Wikimedia Commons', kind: 'video', hosts: ['commons.wikimedia.org', 'upload.wikimedia.org'] },
  {
    site: 'TikTok',
    kind: 'video',
    hosts: ['tiktok.com'],
    open: (u) => withId('https://www.tiktok.com/embed/v2/{}', idAfter(u, /\/embed\/(?:v2\/)?(\d+)/)),
    quoteClass: 'tiktok-embed',
  },
  {
    site: 'Spotify',
    kind: 'audio',
    hosts: ['open.spotify.com'],
    open: (u) => u.origin + u.pathname.replace(/^\/embed(?:-podcast)?\//, '/'),
  },
  { site: 'SoundCloud', kind: 'audio', hosts: ['w.soundcloud.com'], open: (u) => u.searchParams.get('url') },
  {
    site: 'X',
    kind: 'post',
    hosts: ['platform.twitter.com', 'platform.x.com'],
    open: (u) => withId('https://x.com/i/status/{}', u.searchParams.get('id')),
    quoteClass: 'twitter-tweet',
  },
  {
    site: 'Instagram',
    kind: 'post',
    hosts: ['instagram.com'],
    open: (u) => u.href.replace(/\/embed\/?(?:captioned\/?)?(?:\?.*)?$/, '/'),
    quoteClass: 'instagram-media',
  },
  {
    site: 'Bluesky',
    kind: 'post',
    hosts: ['embed.bsky.app'],
    open: (u) => {
      const m = /\/embed\/(did:[^/]+)\/app\.bsky\.feed\.post\/(\w+)/.exec(u.pathname);
      return m ? `https://bsky.app/profile/${m[1]}/post/${m[2]}` : null;
    },
    quoteClass: 'bluesky-embed',
  },
  {
    site: 'Mastodon',
    kind: 'post',
    path: /^\/@[\w.-]+\/\d+\/embed$/,
    open: (u) => u.href.replace(/\/embed$/, ''),
    quoteClass: 'mastodon-embed',
  },
  { site: 'Threads', kind: 'post', hosts: ['threads.net', 'threads.com'], quoteClass: 'text-post-media' },
  {
    site: 'Facebook',
    kind: 'post',
    hosts: ['facebook.com'],
    // Only its post and video plugins: the comments plugin is a comment section (../comments).
    path: /^\/plugins\/(?:post|video)\.php$/,
    open: (u) => u.searchParams.get('href'),
  },
];

/**
 * A frame with a title and none of these words in its address or name is a generic embed (a chart,
 * a map, a document): ads, trackers and forms are not cards. (Comment widgets are told by the
 * comment model's own tables, in any language: ../extract/embeds.ts commentFrame.)
 */
export const NOT_CARDS =
  /\b(?:ads?|adserver|doubleclick|googlesyndication|prebid|sponsor\w*|track\w*|pixel|analytics|recaptcha|captcha|consent|cookie|login|sign-?in|newsletter|subscribe|widget-?sync)\b/i;
