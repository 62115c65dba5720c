// The regions a page wraps around its story: navigation, site header and footer, sidebars,
// share bars, newsletter boxes, related lists, author bios, ad slots, cookie notices. One row per
// kind; the boilerplate finder (../extract/boilerplate.ts) removes them before Readability scores
// the page, so it has less to read and less to mistake for the story. Each row has a test in
// tests/unit/boilerplate.test.ts.

export interface ContainerRule {
  name: string;
  /** Elements of these tags (upper case). */
  tags?: string[];
  /** Elements with one of these ARIA roles. */
  roles?: string[];
  /** Elements with one of these attributes, with this value (or any value: true). */
  attributes?: Record<string, string | true>;
  /** Elements whose inline style hides them (`display: none`, `visibility: hidden`). */
  hiddenByStyle?: true;
  /** An alternation matched against each whole class name and the id (case-insensitive). */
  names?: string;
  /** Class names that keep an element this row would take. */
  except?: string;
  /**
   * Prose blocks (../page/prose.ts) the region may hold and still go: a page region none; a bio or a
   * newsletter pitch may run to a paragraph. More means the story is in it (a page-wide <form>).
   */
  maxProse: number;
  /** Only outside the story's own <article> or <main>: inside them a <header> is the headline's. */
  outsideStory?: boolean;
}

export const CONTAINER_RULES: ContainerRule[] = [
  { name: 'navigation', tags: ['NAV'], roles: ['navigation', 'menu', 'menubar'], maxProse: 0 },
  { name: 'site header', tags: ['HEADER'], roles: ['banner'], maxProse: 0, outsideStory: true },
  { name: 'site footer', tags: ['FOOTER'], roles: ['contentinfo'], maxProse: 0, outsideStory: true },
  // Inside the story an <aside> is a pull quote or the author's box, which Readability reads for the byline.
  { name: 'sidebar', tags: ['ASIDE'], roles: ['complementary'], maxProse: 0, outsideStory: true },
  { name: 'form', tags: ['FORM'], roles: ['search'], maxProse: 0 },
  { name: 'dialog', tags: ['DIALOG'], roles: ['dialog', 'alertdialog'], maxProse: 0 },
  // Readability drops these too (_isProbablyVisible), one node at a time, and keeps the same exception:
  // the image a formula stands in for.
  {
    name: 'hidden',
    attributes: { hidden: true, 'aria-hidden': 'true' },
    hiddenByStyle: true,
    except: 'mwe-math-fallback-image-inline|fallback-image',
    maxProse: 0,
  },
  {
    name: 'share bar',
    names:
      'share|shares|sharing|share-?(bar|buttons?|tools|links|icons)|social-?(share|links|icons|media|buttons?|bar)|addthis\\w*|sharethis\\w*|a2a_kit',
    maxProse: 0,
  },
  {
    name: 'newsletter box',
    names: 'newsletter(-?(signup|box|form|promo|cta|widget))?|subscribe-?(box|form|cta|widget)|email-?signup',
    maxProse: 1,
  },
  {
    name: 'related list',
    names:
      'related-?(posts?|articles?|stories|content|links)|most-?(read|popular|viewed)|popular-posts|recommended-?(posts|articles|stories)|read-?next|more-stories|outbrain\\w*|taboola\\w*',
    maxProse: 1,
  },
  { name: 'author bio', names: 'author-?(bio|box|card|profile)|about-(the-)?author|bio-?box', maxProse: 1 },
  {
    name: 'ad slot',
    names: 'ad|ads|advert|adverts|advertisement|ad-?(slot|container|wrapper|unit|banner)|adsbygoogle|div-gpt-ad[\\w-]*',
    maxProse: 0,
  },
  {
    name: 'cookie notice',
    names: 'cookie-?(banner|notice|consent|bar)|gdpr-?\\w*|consent-?banner|onetrust\\w*',
    maxProse: 0,
  },
];
