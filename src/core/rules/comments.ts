// What an empty comment section says and how comment systems mark theirs up.
// One rule, one entry: a new language or widget is a row here (each row has a test in
// tests/unit/comments.test.ts), never a new branch in detect.ts.

/**
 * Phrases that say "nobody has commented" or invite the first comment, by language.
 * Matched case-insensitively on whitespace-folded text. A section is empty when its text
 * (outside its reply form) is made of these phrases and punctuation only.
 * `signal: true` marks phrases that alone prove the section is about comments and empty;
 * the others ("Leave a reply", "Add yours") only count alongside a signal or inside a known container.
 */
export interface CommentPhrase {
  lang: string;
  text: string;
  signal: boolean;
}

const rows = (lang: string, signal: boolean, texts: string[]): CommentPhrase[] =>
  texts.map((text) => ({ lang, text, signal }));

export const EMPTY_COMMENT_PHRASES: CommentPhrase[] = [
  ...rows('en', true, [
    'there are no comments', 'there are no comments yet', 'no comments yet', 'no comments', 'no responses yet',
    'be the first to comment', 'be the first to leave a comment', 'be the first to respond', 'comments (0)', '0 comments',
    'zero comments', 'responses (0)', 'show comments (0)', 'comments are closed', 'no replies yet', 'be the first to reply',
  ]),
  ...rows('en', false, [
    'leave a reply', 'leave a comment', 'add yours', 'add your comment', 'add a comment', 'post a comment', 'write a comment',
    'join the conversation', 'join the discussion', 'start the conversation', 'comments', 'comment', 'responses', 'reply',
    'cancel reply', 'show comments', 'view comments', 'loading comments', 'discussion',
  ]),
  ...rows('fr', true, ['aucun commentaire', 'pas encore de commentaire', 'soyez le premier à commenter', 'soyez le premier à réagir', 'commentaires (0)', '0 commentaire']),
  ...rows('fr', false, ['laisser un commentaire', 'ajouter un commentaire', 'réagir', 'commentaires', 'répondre']),
  ...rows('de', true, ['keine kommentare', 'noch keine kommentare', 'sei der erste, der kommentiert', 'schreiben sie den ersten kommentar', 'kommentare (0)', '0 kommentare']),
  ...rows('de', false, ['kommentar schreiben', 'schreibe einen kommentar', 'hinterlasse einen kommentar', 'kommentare', 'antworten']),
  ...rows('es', true, ['no hay comentarios', 'sin comentarios', 'aún no hay comentarios', 'sé el primero en comentar', 'comentarios (0)', '0 comentarios']),
  ...rows('es', false, ['deja un comentario', 'dejar un comentario', 'añadir comentario', 'comentarios', 'responder']),
  ...rows('it', true, ['nessun commento', 'ancora nessun commento', 'commenta per primo', 'sii il primo a commentare', 'commenti (0)', '0 commenti']),
  ...rows('it', false, ['lascia un commento', 'aggiungi un commento', 'commenti']),
  ...rows('pt', true, ['nenhum comentário', 'sem comentários', 'ainda não há comentários', 'seja o primeiro a comentar', 'comentários (0)', '0 comentários']),
  ...rows('pt', false, ['deixe um comentário', 'deixe uma resposta', 'comentários']),
  ...rows('nl', true, ['geen reacties', 'nog geen reacties', 'wees de eerste die reageert', 'reacties (0)', '0 reacties']),
  ...rows('nl', false, ['laat een reactie achter', 'plaats een reactie', 'reageer', 'reacties']),
  ...rows('ar', true, ['لا توجد تعليقات', 'لا تعليقات', 'لا توجد تعليقات بعد', 'كن أول من يعلق', 'التعليقات (0)', '0 تعليقات']),
  ...rows('ar', false, ['أضف تعليقاً', 'أضف تعليقا', 'اترك تعليقاً', 'التعليقات', 'تعليقات']),
  ...rows('ru', true, ['нет комментариев', 'комментариев пока нет', 'будьте первым, кто оставит комментарий', 'комментарии (0)', '0 комментариев']),
  ...rows('ru', false, ['оставить комментарий', 'добавить комментарий', 'комментарии']),
  ...rows('tr', true, ['henüz yorum yok', 'yorum yok', 'ilk yorumu sen yap', 'ilk yorum yapan siz olun', 'yorumlar (0)', '0 yorum']),
  ...rows('tr', false, ['yorum yap', 'yorum ekle', 'yorumlar']),
  ...rows('pl', true, ['brak komentarzy', 'bądź pierwszy', 'komentarze (0)', '0 komentarzy']),
  ...rows('pl', false, ['dodaj komentarz', 'komentarze']),
  ...rows('ja', true, ['コメントはまだありません', 'コメントはありません']),
  ...rows('ja', false, ['コメントする', 'コメント']),
];

/** Marks of a comment system's section: widget roots and CMS areas. */
export interface CommentContainer {
  name: string;
  selector: string;
  /** A widget root left empty by its script (Disqus, Facebook) is empty even with no phrase in it. */
  emptyWhenBare: boolean;
}

export const COMMENT_CONTAINERS: CommentContainer[] = [
  { name: 'WordPress comments area', selector: '#comments, .comments-area, #respond, .comment-respond', emptyWhenBare: false },
  { name: 'Drupal comment section', selector: 'section.comments, .comment-wrapper, #comment-form, .comment-form', emptyWhenBare: false },
  { name: 'Disqus thread', selector: '#disqus_thread', emptyWhenBare: true },
  { name: 'Facebook comments plugin', selector: '.fb-comments', emptyWhenBare: true },
  { name: 'Blogger comments', selector: '#comment-holder, .comments#comments, .comment-footer', emptyWhenBare: false },
  { name: 'Ghost comments', selector: '.gh-comments, [data-ghost-comments], #ghost-comments-root', emptyWhenBare: true },
  { name: 'Substack comments', selector: '.comments-section, .post-footer-comments', emptyWhenBare: false },
  { name: 'Medium responses', selector: '[data-testid="responses"], .responses', emptyWhenBare: false },
  { name: 'Generic comment box', selector: '.comments, .comment-section, .comments-section, .comment-box, .article-comments, [id^="comments-"], [data-comments]', emptyWhenBare: false },
];

/** Marks of a real comment: any one of these inside a section keeps it. */
export const COMMENT_ITEM_SELECTOR = [
  'li.comment', 'article.comment', 'div.comment', '.comment-body', '.comment-content', '.comment-text',
  '[itemtype*="schema.org/Comment"]', '[itemprop="comment"]', '.post-comment', '.reply-body', 'iframe',
].join(', ');
