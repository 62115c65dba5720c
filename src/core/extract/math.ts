// Math: the stage that turns an equation the page rendered into something the reader can show.
// A renderer's box is glyphs placed by style sheets the reader does not load (and MathJax 2 keeps
// its source in a <script>, which the site's code is cut with), so an equation would read as
// nonsense or as nothing. Each box becomes the MathML it carries, or the TeX it was written in.
import { MATH_RENDERERS, TEX_TYPE, type MathRenderer } from '../rules/math';

/** The mark on the <code> that holds a TeX script's source (the sanitizer drops it with every data-* of ours but a few). */
const TEX_MARK = 'data-tidy-tex';

const isTexScript = (el: Element | null | undefined): boolean =>
  el?.localName === 'script' && TEX_TYPE.test(el.getAttribute('type') ?? '');
/** The <code> keepTexSource made of a TeX script (it has run on the page before keepMath runs on the article). */
const isTexSource = (el: Element | null | undefined): boolean => !!el?.hasAttribute(TEX_MARK);

/** MathJax 2 writes a preview, then the box, then the script: the source is at most two siblings on. */
const besideTex = (box: Element): boolean =>
  isTexSource(box.nextElementSibling) || isTexSource(box.nextElementSibling?.nextElementSibling);

const boxesOf = (root: Element, renderer: MathRenderer): Element[] => [
  ...(renderer.boxClasses ?? []).flatMap((c) => Array.from(root.getElementsByClassName(c))),
  ...(renderer.boxTag ? Array.from(root.getElementsByTagName(renderer.boxTag)) : []),
];

/** Whether `el` is inside another box of the same renderer (handled with it). */
const inOuterBox = (el: Element, boxes: Set<Element>): boolean => {
  for (let a = el.parentElement; a; a = a.parentElement) if (boxes.has(a)) return true;
  return false;
};

/**
 * MathJax 2's TeX scripts become <code> (marked TEX_MARK, so their boxes are known to have their
 * source beside them). Run on the page, before the boilerplate pass cuts every script: scripts
 * are few, and found by tag name at once.
 */
export function keepTexSource(root: Element): number {
  let kept = 0;
  for (const script of Array.from(root.getElementsByTagName('script'))) {
    if (!isTexScript(script)) continue;
    // TeX as code, in a line of its own: a block element could not stand in the <p> that may hold it.
    const code = script.ownerDocument.createElement('code');
    code.textContent = (script.textContent ?? '').trim();
    code.setAttribute(TEX_MARK, '');
    script.replaceWith(code);
    kept++;
  }
  return kept;
}

/**
 * Replaces the rendered boxes in `article` with their MathML, or drops a box whose TeX stands
 * beside it. Run on the article Readability chose, not the page: looking for boxes costs a walk
 * per class name, and the article is a fraction of the page. Returns how many equations it kept.
 */
export function keepMath(article: Element): number {
  let kept = 0;
  for (const renderer of MATH_RENDERERS) {
    const boxes = boxesOf(article, renderer);
    if (!boxes.length) continue;
    const all = new Set(boxes);
    for (const box of boxes) {
      // (The article is detached from its page: `contains`, not isConnected, says a box is still in it.)
      if (!article.contains(box) || inOuterBox(box, all)) continue;
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
  return kept;
}
