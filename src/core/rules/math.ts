// How the math renderers leave an equation in a page: the box the reader sees (glyphs placed by
// CSS, or SVG), and where the equation's own source sits beside it. The reader shows the source:
// MathML when the renderer kept it for screen readers, else the TeX it was written in.
// Boxes are named by class or tag, not by selector: a page is searched for them by class and tag
// name, which costs a fraction of a selector query over the whole page (most pages have no math).

export interface MathRenderer {
  name: string;
  /** The rendered box's classes or tag (its glyphs read as nonsense once the page's style sheets are gone). */
  boxClasses?: string[];
  boxTag?: string;
  /** The MathML inside the box, kept for assistive technology. */
  mathml: string;
  /** A box inside this holds display (block) math. */
  display?: string;
}

export const MATH_RENDERERS: MathRenderer[] = [
  { name: 'KaTeX', boxClasses: ['katex'], mathml: '.katex-mathml math', display: '.katex-display' },
  { name: 'MathJax 3', boxTag: 'mjx-container', mathml: 'mjx-assistive-mml math' },
  {
    name: 'MathJax 2',
    boxClasses: [
      'MathJax',
      'MathJax_Display',
      'MathJax_SVG',
      'MathJax_SVG_Display',
      'MathJax_CHTML',
      'MathJax_Preview',
    ],
    mathml: '.MJX_Assistive_MathML math',
  },
];

/** MathJax 2's source: the TeX it was written in, left in the page as a script it reads ("math/tex; mode=display"). */
export const TEX_TYPE = /^\s*math\/tex/i;
