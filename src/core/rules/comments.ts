// The words of comment sections, by language. Extra evidence only: a section is found by its
// structure (../comments/), and these words tell its heading, its counter and its prompts from
// other short lines. A new language is one row here, with a test in tests/unit/comments.test.ts.

export interface CommentLanguage {
  lang: string;
  /**
   * Word stems that name comments, replies or the discussion ("kommentar" also reads
   * "Kommentare", "Kommentar verfassen"). Matched at the start of a word, case-insensitively.
   */
  words: string[];
  /** Phrases that alone say nobody has commented yet, or that commenting is closed. */
  empty: string[];
}

export const COMMENT_LANGUAGES: CommentLanguage[] = [
  {
    lang: 'en',
    words: ['comment', 'repl', 'respon', 'discussion', 'conversation'],
    empty: ['no comments', 'no responses', 'no replies', 'be the first to', 'comments are closed', 'zero comments'],
  },
  {
    lang: 'de',
    words: ['kommentar', 'kommentier', 'antwort', 'diskussion', 'diskutier'],
    empty: [
      'keine kommentare',
      'sei der erste',
      'seien sie der erste',
      'den ersten kommentar',
      'kommentare sind geschlossen',
      'kommentarfunktion ist',
    ],
  },
  {
    lang: 'fr',
    words: ['commentaire', 'commenter', 'répon', 'repon', 'réagi', 'réaction', 'discussion'],
    empty: ['aucun commentaire', 'pas encore de commentaire', 'soyez le premier', 'les commentaires sont fermés'],
  },
  {
    lang: 'es',
    words: ['comentario', 'comentar', 'respuesta', 'responder', 'discusión'],
    empty: ['no hay comentarios', 'sin comentarios', 'sé el primero', 'los comentarios están cerrados'],
  },
  {
    lang: 'it',
    words: ['comment', 'rispost', 'rispond', 'discussione'],
    empty: ['nessun commento', 'commenta per primo', 'sii il primo', 'i commenti sono chiusi'],
  },
  {
    lang: 'pt',
    words: ['comentário', 'comentar', 'respost', 'responder', 'discussão'],
    empty: [
      'nenhum comentário',
      'sem comentários',
      'ainda não há comentários',
      'seja o primeiro',
      'comentários encerrados',
    ],
  },
  {
    lang: 'nl',
    words: ['reactie', 'reageer', 'reageren', 'commentaar', 'discussie'],
    empty: ['geen reacties', 'wees de eerste', 'reacties zijn gesloten'],
  },
  {
    lang: 'pl',
    words: ['komentarz', 'skomentuj', 'odpowie', 'odpowiedz', 'dyskusj'],
    empty: ['brak komentarzy', 'bądź pierwszy', 'komentarze są wyłączone'],
  },
  { lang: 'cs', words: ['komentář', 'komentova', 'odpově', 'diskuse'], empty: ['žádné komentáře', 'buďte první'] },
  { lang: 'sk', words: ['komentár', 'komentova', 'odpoveď', 'diskusi'], empty: ['žiadne komentáre', 'buďte prvý'] },
  {
    lang: 'sv',
    words: ['kommentar', 'kommentera', 'svar', 'diskussion'],
    empty: ['inga kommentarer', 'bli den första'],
  },
  {
    lang: 'no',
    words: ['kommentar', 'kommenter', 'svar', 'diskusjon'],
    empty: ['ingen kommentarer', 'bli den første'],
  },
  {
    lang: 'da',
    words: ['kommentar', 'kommenter', 'svar', 'diskussion'],
    empty: ['ingen kommentarer', 'vær den første'],
  },
  {
    lang: 'fi',
    words: ['kommentti', 'kommentit', 'kommentoi', 'vastaa', 'keskustelu'],
    empty: ['ei kommentteja', 'ole ensimmäinen'],
  },
  { lang: 'hu', words: ['hozzászól', 'megjegyzés', 'válasz'], empty: ['nincs hozzászólás', 'légy az első'] },
  {
    lang: 'ro',
    words: ['comentari', 'răspun', 'raspun'],
    empty: ['niciun comentariu', 'nu există comentarii', 'fii primul'],
  },
  { lang: 'ca', words: ['comentari', 'respon'], empty: ['cap comentari', 'sigues el primer'] },
  { lang: 'hr', words: ['komentar', 'odgovor'], empty: ['nema komentara', 'budite prvi'] },
  {
    lang: 'tr',
    words: ['yorum', 'yanıt', 'cevap', 'tartışma'],
    empty: ['yorum yok', 'ilk yorumu sen yap', 'ilk yorum yapan siz olun'],
  },
  {
    lang: 'ru',
    words: ['комментар', 'ответ', 'обсужд', 'отзыв'],
    empty: ['нет комментариев', 'комментариев пока нет', 'будьте первым', 'комментарии закрыты'],
  },
  {
    lang: 'uk',
    words: ['коментар', 'відпов', 'обговор'],
    empty: ['немає коментарів', 'коментарів поки немає', 'будьте першим'],
  },
  { lang: 'el', words: ['σχόλι', 'απάντ'], empty: ['δεν υπάρχουν σχόλια', 'κανένα σχόλιο'] },
  {
    lang: 'ar',
    words: ['تعليق', 'التعليق', 'الردود', 'رد'],
    empty: ['لا توجد تعليقات', 'لا تعليقات', 'كن أول من يعلق'],
  },
  { lang: 'he', words: ['תגוב', 'להגיב'], empty: ['אין תגובות', 'היה הראשון להגיב'] },
  { lang: 'fa', words: ['دیدگاه', 'نظرات'], empty: ['بدون دیدگاه', 'هیچ دیدگاهی'] },
  { lang: 'hi', words: ['टिप्पणी', 'जवाब'], empty: ['कोई टिप्पणी नहीं'] },
  { lang: 'ja', words: ['コメント', '返信'], empty: ['コメントはまだありません', 'コメントはありません'] },
  {
    lang: 'zh',
    words: ['评论', '評論', '留言', '回复', '回覆'],
    empty: ['暂无评论', '还没有评论', '暂无留言', '沒有留言', '抢沙发'],
  },
  { lang: 'ko', words: ['댓글', '답글', '코멘트'], empty: ['댓글이 없습니다', '첫 댓글을'] },
  { lang: 'vi', words: ['bình luận', 'trả lời'], empty: ['chưa có bình luận', 'không có bình luận'] },
  {
    lang: 'id',
    words: ['komentar', 'komen', 'balas', 'tanggapan'],
    empty: ['belum ada komentar', 'tidak ada komentar', 'jadilah yang pertama'],
  },
];

/** Where a comment's own words stand inside its item: an empty one is a template a script fills. */
export const COMMENT_TEXT_CLASSES = ['comment-body', 'comment-content', 'comment-text'];

/**
 * Classes that mark one comment, whatever system printed it (WordPress `li.comment`, Drupal
 * `.js-comment`, wpDiscuz `.wpd-comment`, microformats `.h-cite`…). schema.org's Comment and
 * WordPress's numbered ids (`comment-123`) mark one too (../comments/marks.ts).
 */
export const COMMENT_ITEM_CLASSES = [
  'comment',
  'pingback',
  'trackback',
  ...COMMENT_TEXT_CLASSES,
  'h-cite',
  'p-comment',
  'post-comment',
  'reply-body',
  'wpd-comment',
  'idc-c',
  'isso-comment',
  'commento-card',
  'js-comment',
  'comment-item',
  'commentlist-item',
];

/** A comment's byline: its author, avatar or time. One of these beside a few words of text is a comment. */
export const COMMENT_BYLINE_TAGS = ['TIME', 'CITE'];
export const COMMENT_BYLINE_CLASS = /(?:^|\s)(?:fn|vcard|avatar)(?:\s|$)|author|commenter|user-?name/i;
