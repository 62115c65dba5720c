// Comment systems: how each marks up its section, one row each (a test per row in
// tests/unit/comment-systems.test.ts). A row names the system's root, and its iframe where
// it has one: a frame of the system's own host is its widget, loaded.

export interface CommentSystem {
  name: string;
  /** The section's root: ids, classes, attributes or a custom element. */
  root: string;
  /** The system's iframe, by its address. */
  frame?: RegExp;
  /** The frame is only the reply form (Jetpack, Blogger): the comments themselves are the page's markup. */
  frameIsForm?: boolean;
  /** A root left bare by its script is an empty box once the page has settled (it may still be loading before). */
  emptyWhenBare?: boolean;
  /** A class sites also give a byline's comment counter: its short lines count only after the story. */
  weak?: boolean;
  /** The system's own site: a link there is the section's credit line ("Powered by Livefyre"), not a link away. */
  home?: RegExp;
  /**
   * The system captions its own list whatever it holds (a trackback address, "Listed below are
   * links to weblogs that reference …"): the box is a section of its own, empty while it lists
   * no item, and stays one beside a thread.
   */
  captioned?: boolean;
}

export const COMMENT_SYSTEMS: CommentSystem[] = [
  { name: 'WordPress comments', root: '#comments, .comments-area, #respond, .comment-respond, #commentform' },
  {
    name: 'Jetpack comments',
    root: '#jetpack_remote_comment, .jetpack_remote_comment, #comment-form__verbum',
    frame: /jetpack\.wordpress\.com\/jetpack-comment/,
    frameIsForm: true,
  },
  {
    name: 'wpDiscuz',
    root: '#wpdcom, #wpd-threads, .wpdiscuz_top_clearing',
    emptyWhenBare: true,
    home: /wpdiscuz\.com/,
  },
  {
    name: 'Disqus',
    root: '#disqus_thread',
    frame: /disqus\.com\/embed/,
    emptyWhenBare: true,
    home: /\/\/(?:www\.)?disqus\.com/,
  },
  {
    name: 'Facebook comments',
    root: '.fb-comments, fb\\:comments',
    frame: /facebook\.com\/[\w.]*\/?plugins\/comments/,
    emptyWhenBare: true,
  },
  {
    name: 'Blogger comments',
    root: '#comment-holder, .comments-content, #comment-editor, .comment-footer',
    frame: /blogger\.com\/comment/,
    frameIsForm: true,
  },
  { name: 'Ghost comments', root: '.gh-comments, [data-ghost-comments], #ghost-comments-root', emptyWhenBare: true },
  { name: 'Substack comments', root: '.comments-section, .post-footer-comments, .comments-page' },
  { name: 'Medium responses', root: '[data-testid="responses"], .responses' },
  {
    name: 'Drupal comments',
    root: 'section.comments, .comment-wrapper, #comment-form, .comment-form, .field--name-comment',
  },
  { name: 'Discourse embed', root: '#discourse-comments', frame: /\/embed\/comments\?/, emptyWhenBare: true },
  { name: 'giscus', root: '.giscus, giscus-widget', frame: /giscus\.app/, emptyWhenBare: true, home: /giscus\.app/ },
  { name: 'utterances', root: '.utterances', frame: /utteranc\.es/, emptyWhenBare: true, home: /utteranc\.es/ },
  { name: 'Commento', root: '#commento', frame: /commento\.io/, emptyWhenBare: true, home: /commento\.io/ },
  {
    name: 'Hyvor Talk',
    root: '#hyvor-talk-view, hyvor-talk-comments',
    frame: /talk\.hyvor\.com/,
    emptyWhenBare: true,
    home: /talk\.hyvor\.com/,
  },
  {
    name: 'Coral',
    root: '#coral_thread, #coral-comments, [data-coral-embed]',
    frame: /coral/,
    emptyWhenBare: true,
    home: /coralproject\.net/,
  },
  {
    name: 'OpenWeb (Spot.IM)',
    root: '[data-spotim-module], [data-spot-im-module-default-area], .spot-im-frame-inpage, #spot-im-root',
    frame: /spot\.im|openweb/,
    emptyWhenBare: true,
    home: /openweb\.com|spot\.im/,
  },
  // `.viafoura` wraps every Viafoura widget (a counter in a comment button, a share bar): only the conversation is the section.
  {
    name: 'Viafoura',
    root: 'vf-conversations, .vf-comments, [data-widget="comments"]',
    frame: /viafoura/,
    emptyWhenBare: true,
    home: /viafoura\.com/,
  },
  {
    name: 'Livefyre',
    root: '#livefyre-comments, #livefyre, .fyre',
    frame: /livefyre/,
    emptyWhenBare: true,
    home: /livefyre\.com/,
  },
  { name: 'Remark42', root: '#remark42', frame: /remark42/, emptyWhenBare: true, home: /remark42\.com/ },
  { name: 'Isso', root: '#isso-thread', emptyWhenBare: true, home: /isso-comments\.de/ },
  { name: 'Cusdis', root: '#cusdis_thread', frame: /cusdis\.com/, emptyWhenBare: true, home: /cusdis\.com/ },
  {
    name: 'Vuukle',
    root: '#vuukle-comments, .vuukle-comments, [id^="vuukle-comments-"]',
    frame: /vuukle/,
    emptyWhenBare: true,
    home: /vuukle\.com/,
  },
  {
    name: 'IntenseDebate',
    root: '#idc-container, #idc-container-parent',
    frame: /intensedebate/,
    emptyWhenBare: true,
    home: /intensedebate\.com/,
  },
  {
    name: 'GraphComment',
    root: '#graphcomment',
    frame: /graphcomment/,
    emptyWhenBare: true,
    home: /graphcomment\.com/,
  },
  // Movable Type and TypePad: the blogs that linked to the post, under its trackback address.
  { name: 'Trackbacks', root: 'div.trackbacks, ol#trackbacks, ul.pings, ol.pings', captioned: true },
  { name: 'TypePad Connect', root: '#tpc_thread', emptyWhenBare: true, home: /typepad\.com\/services\/connect/ },
  {
    name: 'Generic comment box',
    root: '.comments, .comment-section, .comment-box, .article-comments, .post-comments, [id^="comments-"], [data-comments]',
    weak: true,
  },
];
