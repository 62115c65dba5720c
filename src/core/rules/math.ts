// How the math renderers leave an equation in a page: the box the reader sees (glyphs placed by
// CSS, or SVG), and where the equation's own source sits beside it. The reader shows the source:
// MathML when the renderer kept it for screen readers, else the TeX it was written in.

export interface MathRenderer {
  name: string;
  /** The rendered box (its glyphs read as nonsense once the page's style sheets are gone). */
  box: string;
  /** The MathML inside the box, kept for assistive technology. */
  mathml: string;
  /** A box inside this holds display (block) math. */
  display?: string;
}

export const MATH_RENDERERS: MathRenderer[] = [
  { name: 'KaTeX', box: '.katex', mathml: '.katex-mathml math', display: '.katex-display' },
  { name: 'MathJax 3', box: 'mjx-container', mathml: 'mjx-assistive-mml math' },
  {
    name: 'MathJax 2',
    box: '.MathJax, .MathJax_Display, .MathJax_SVG, .MathJax_SVG_Display, .MathJax_CHTML, .MathJax_Preview',
    mathml: '.MJX_Assistive_MathML math',
  },
];

/** MathJax 2's source: the TeX it was written in, left in the page as a script it reads. */
export const TEX_SCRIPT = 'script[type^="math/tex" i]';
