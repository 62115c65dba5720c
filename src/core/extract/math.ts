// Math: the stage that turns an equation the page rendered into something the reader can show.
// A renderer's box is glyphs placed by style sheets the reader does not load (and MathJax 2 keeps
// its source in a <script>, which the site's code is cut with), so an equation would read as
// nonsense or as nothing. Each box becomes the MathML it carries, or the TeX it was written in.
import { MATH_RENDERERS, TEX_SCRIPT } from '../rules/math';

/** MathJax 2 writes a preview, then the box, then the script: the source is at most two siblings on. */
const besideTex = (box: Element): boolean =>
  [box.nextElementSibling, box.nextElementSibling?.nextElementSibling].some((el) => !!el?.matches(TEX_SCRIPT));

/** Replaces the rendered boxes in `root` with their MathML or TeX source. Returns how many equations it kept. */
export function keepMath(root: Element): number {
  let kept = 0;
  for (const renderer of MATH_RENDERERS) {
    for (const box of Array.from(root.querySelectorAll(renderer.box))) {
      if (!box.isConnected || box.parentElement?.closest(renderer.box)) continue; // inside a box already handled
      const math = box.querySelector(renderer.mathml);
      if (math) {
        if (renderer.display && box.closest(renderer.display)) math.setAttribute('display', 'block');
        box.replaceWith(math);
        kept++;
      } else if (besideTex(box)) {
        box.remove(); // its source stands beside it
      }
    }
  }
  for (const script of Array.from(root.querySelectorAll(TEX_SCRIPT))) {
    // TeX as code, in a line of its own: a block element could not stand in the <p> that may hold it.
    const code = script.ownerDocument.createElement('code');
    code.textContent = (script.textContent ?? '').trim();
    script.replaceWith(code);
    kept++;
  }
  return kept;
}
