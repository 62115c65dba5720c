// What a page wraps around its story and Readability lets through, as rules over one short block
// of the extracted article (a paragraph, a heading, a list item). Used by ../extract/cleanup.ts; each row
// is one kind of line, with the step it is logged under. Short blocks only: a rule never reads a
// paragraph of prose (see MAX_LINE in cleanup.ts).

/** A regular expression's alternatives, one table row each. */
const oneOf = (rows: string[]) => rows.join('|');

/** Lines that are the site talking, never the story: ads, prompts, notices, share and follow calls. */
export const BOILERPLATE_LINES: [name: string, pattern: RegExp][] = [
  ['ad label', /^(advert(isement)?s?|sponsored( content)?|anzeige|publicité|publicidad|إعلان)$/i],
  ['skip link', /^skip to (main )?(content|navigation)$/i],
  ['script notice', /^(this|the) (slideshow|video|gallery|content|feature|page) requires javascript\b/i],
  ['cookie notice', /^(this|our) (web)?site uses cookies\b/i],
  [
    'newsletter prompt',
    /^([\w\s]{0,30}\?\s*)?(click here to )?(sign up|subscribe|register)\b.{0,100}\b(newsletter|updates|inbox|magazine|sister title|edition)\b/i,
  ],
  [
    'subscription offer',
    /\b(delivered (to|through) your (door|letterbox|inbox)|issues for [£$€]\d|subscriptions? service|for as little as|^subscribe to \S+ and\b)/i,
  ],
  ['share call', /^(like this (story|article)\?\s*)?(share (this|it|on|via)|follow us( on)?|like us on facebook)\b/i],
  ['follow call', /^follow [@\w]+( \w+)? on (instagram|facebook|twitter|x|youtube|tiktok|linkedin|threads|bluesky)\b/i],
  ['community prompt', /^join (our|the) .{0,40}\b(forums?|community|conversation|discussion)\b/i],
  [
    'affiliate disclosure',
    /\b(contains?|may contain|includes?) (affiliate|referral)( and\/or referral)? links\b|\bwe may (earn|receive) (a )?(small )?commission\b/i,
  ],
  [
    'comment prompt',
    /^(comments?|tell us what you think\W*|(leave|post) a comment|post comments?( \(\+\))?|join the (conversation|discussion))$/i,
  ],
  ['rights notice', /^(all rights reserved\b|the contents of this site are ©)/i],
  ['shortcode', /^\[\w+( [\w-]+=["”].*["”])*\].*\[\/\w+\]$/],
  ['account link', /^(subscribe( now)?|sign in|log in|register|my account)$/i],
  [
    'news alerts prompt',
    /^(breaking news (emails|alerts)|(get|sign up for|subscribe to)\b.{0,80}\b(alerts|newsletters?|emails)\b)|\b(meet|reach|hit)s? your inbox\b/i,
  ],
  ['ad break', /^continue reading( (below|after (the )?ad(vertisement)?))?$/i],
  [
    'click-here prompt',
    /\b(by )?click(ing)? here\W*$|^click here to (get|download|subscribe|sign up|read|follow|listen|watch)\b/i,
  ],
  ['section label', /^(breaking|latest|top|more) news$/i],
  ['contact footer', /\b(tel|fax|phone)\b.{0,40}\d{3}[-.\s]\d{3}[-.\s]?\d{2,4}/i],
];

/** The author's bio line at the end of a story ("Phil Helsel is a reporter for NBC News."). */
export const AUTHOR_BIO =
  /^(\p{Lu}[\p{L}.'’-]+\s){1,3}(is|was) (an? |the )?([\p{L}-]+\s){0,3}(reporter|writer|correspondent|editor|journalist|contributor|columnist|producer|author)\b/u;

/** Headings that open a list of other stories ("You may also like…", "Related", "Don't miss"). */
const RELATED_HEADING_ROWS = [
  String.raw`more( [\p{L}\d]+){0,3} (stories|articles|news|coverage|reads)`,
  'more',
  'you (may|might) (also )?(like|enjoy)',
  'related( (articles?|stories|posts|coverage|content|news|reading))?',
  'more (stories|from|on|like this)',
  'see (more|also)',
  "don['’]?t miss",
  'most (read|popular|viewed|shared)',
  'recommended( for you)?',
  'read (more|next|also)',
  'trending( now)?',
  'further reading',
  'also read',
  'lire aussi',
  'à lire aussi',
  'mehr zum thema',
  'lesen sie auch',
  'te puede interesar',
  'más información',
  'اقرأ أيضا',
  'اقرأ أيضًا',
];
export const RELATED_HEADINGS = new RegExp(String.raw`^(${oneOf(RELATED_HEADING_ROWS)})\b[\s\W]*$`, 'iu');

/** A one-line teaser for another story: "SEE MORE: …", "READ MORE: …", "RELATED: …". */
export const TEASER_PREFIX =
  /^((see more|read more|related( posts?| stories| articles?)?|read also|more|also|watch|also read|lire aussi|mehr)\s*:|also on [\w.-]+\.[a-z]{2,}\b)/i;

/** A byline, which the reader's header already shows (first few blocks only). */
export const BYLINE_LINE =
  /^[Bb][Yy](\s+((and|&)\s+)?\p{Lu}[\p{L}.'’-]+){1,6}(\s*[-–—|,·]\s*.{0,60}|,?\s+\d{1,2},?\s+\d{4}.{0,40}|\s+\p{Lu}\p{Ll}+day,.{0,60})?$|^[Bb]y$/u;
/** A dateline: when the story was published or updated, alone on its line (anywhere). */
const PUBLISHED_WORDS = [
  ...['published', 'updated', 'posted', 'last (updated|modified)', 'publié', 'mis à jour', 'veröffentlicht'],
  ...['aktualisiert', 'publicado', 'actualizado'],
];
export const DATELINE = new RegExp(
  String.raw`^(\|?\s*(first )?(${oneOf(PUBLISHED_WORDS)})\b.{0,60}|` +
    String.raw`\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}((\s*[/|·]\s*[^/|·]{1,30}){1,3}|,? \d{1,2}:\d{2}( ?[ap]\.?m\.?)?( [A-Z]{2,4})?))$`,
  'iu',
);

/** Who reported and edited, after the story ("Reporting by …; Editing by …"). */
export const CONTRIBUTOR_LINE = /^\(?((additional )?reporting|writing|editing|compiled|translated) by\b/i;

/** Credit lines: a photo or copyright credit standing alone. */
const PICTURE_AGENCIES = [
  'getty images',
  'reuters',
  'afp',
  'ap',
  'bloomberg',
  'shutterstock',
  'epa',
  'alamy',
  'zuma( press)?',
];
export const CREDIT_LINES = new RegExp(
  [
    String.raw`^\(?(©|\(c\)\s|copyright\b|(photo|image|picture|credit|source|foto)s?\s*:|getty images$|reuters$|ap photo\b|image copyright$)`,
    String.raw`^[^.]{0,60}[|/]\s*(${oneOf(PICTURE_AGENCIES)})\s*$`,
    String.raw`^\p{Lu}[\p{L}.-]+ \p{Lu}[\p{L}.-]+\s*\/\s*\p{Lu}[\p{L}.]+$`,
  ].join('|'),
  'iu',
);

/** Links to other stories tagged in brackets, several to a line ("… [INSIGHT] | … [VIDEO]"). */
export const BRACKET_TAG = /\[\s*[\p{Lu}\s]{3,20}\]/gu;

/**
 * A press release's boilerplate about the issuer, at its end: the "About Acme" heading, or the
 * description itself ("Acme is a global provider of …"), whose first words name the company.
 */
export const ABOUT_HEADING =
  /^(about|About|ABOUT) (the company|us|(\p{Lu}[\p{L}\d&.'’-]*)(\s+[\p{Lu}\d&][\p{L}\d&.'’-]*){0,4})\s*:?$/u;
const COMPANY_NOUNS = [
  ...['provider', 'company', 'maker', 'manufacturer', 'developer', 'firm', 'organi[sz]ation', 'group', 'leader'],
  ...['supplier', 'specialist', 'publisher', 'operator', 'bank', 'insurer'],
];
export const ABOUT_COMPANY = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\d&.'’-]*(\s+[\p{Lu}\d&][\p{L}\d&.'’-]*){0,3}),?( \([A-Z]+: ?[A-Z.]+\))? ` +
    String.raw`(is|are) (a|an|the) ([\p{L}-]+\s){0,5}(${oneOf(COMPANY_NOUNS)})\b`,
  'u',
);
