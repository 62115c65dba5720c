// Math: each renderer's box becomes the source it carries, and the sanitizer keeps MathML.
import { describe, expect, test } from 'vitest';
import { keepMath, keepTexSource } from '../../src/core/extract/math';
import { extract } from '../../src/core/pipeline';
import { articlePage, page, sanitizedMarkup, unsafeParts } from './helpers';

const kept = (inner: string) => {
  const doc = page(`<body><p id="p">${inner}</p></body>`);
  // As the pipeline runs them: TeX scripts on the page, then the boxes in the article.
  keepTexSource(doc.body);
  keepMath(doc.body);
  return doc.getElementById('p')!.innerHTML;
};
const MATHML = '<math><mi>x</mi><mo>=</mo><mn>2</mn></math>';

describe('keepTexSource and keepMath: each renderer', () => {
  test('KaTeX: the box becomes its MathML (display math is marked so)', () => {
    expect(
      kept(
        `<span class="katex"><span class="katex-mathml">${MATHML}</span><span class="katex-html" aria-hidden="true">x=2</span></span>`,
      ),
    ).toBe(MATHML);
    expect(
      kept(`<span class="katex-display"><span class="katex"><span class="katex-mathml">${MATHML}</span></span></span>`),
    ).toBe(`<span class="katex-display">${MATHML.replace('<math>', '<math display="block">')}</span>`);
  });
  test('MathJax 3: the container becomes its assistive MathML', () => {
    expect(
      kept(
        `<mjx-container class="MathJax"><mjx-math>x</mjx-math><mjx-assistive-mml>${MATHML}</mjx-assistive-mml></mjx-container>`,
      ),
    ).toBe(MATHML);
  });
  test('MathJax 2: the rendered box goes, its TeX script becomes code', () => {
    expect(
      kept(
        '<span class="MathJax_Preview"></span><span class="MathJax" role="presentation"><span>π r 2</span></span><script type="math/tex">\\pi r^2</script>',
      ),
    ).toBe('<code data-tidy-tex="">\\pi r^2</code>');
    expect(kept('<script type="math/tex; mode=display">E = mc^2</script>')).toBe(
      '<code data-tidy-tex="">E = mc^2</code>',
    );
  });
  test('MathJax 2 with assistive MathML: the MathML', () => {
    expect(
      kept(
        `<span class="MathJax"><span class="MJX_Assistive_MathML">${MATHML}</span></span><script type="math/tex">x=2</script>`,
      ),
    ).toBe(`${MATHML}<code data-tidy-tex="">x=2</code>`);
  });
  test('a box with no source beside it is left as it is', () => {
    expect(kept('<span class="MathJax">x</span>')).toBe('<span class="MathJax">x</span>');
  });
});

describe('the sanitizer keeps MathML, and only its presentation', () => {
  test('presentation elements and attributes stay', () => {
    const out = sanitizedMarkup(
      '<math display="block"><mfrac><mi mathvariant="bold">a</mi><msqrt><mn>2</mn></msqrt></mfrac><semantics><mi>y</mi><annotation encoding="application/x-tex">y</annotation></semantics></math>',
    );
    expect(out).toBe(
      '<math display="block"><mfrac><mi mathvariant="bold">a</mi><msqrt><mn>2</mn></msqrt></mfrac><semantics><mi>y</mi><annotation encoding="application/x-tex">y</annotation></semantics></math>',
    );
  });
  test('what could act, load or hold HTML goes', () => {
    const out = sanitizedMarkup(
      '<math><maction actiontype="toggle"><mi>a</mi></maction><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml><mi href="javascript:alert(1)">b</mi><mglyph src="https://t.example/x"></mglyph></math>',
    );
    expect(out).not.toMatch(/maction|annotation-xml|onerror|javascript|mglyph|t\.example/);
    expect(unsafeParts(out)).toEqual([]);
  });
});

test('boxes are replaced in a detached article too (as Readability hands it over)', () => {
  const doc = page('<body></body>');
  const article = doc.createElement('div');
  article.append(
    doc
      .createRange()
      .createContextualFragment(`<p><span class="katex"><span class="katex-mathml">${MATHML}</span></span></p>`),
  );
  expect(keepMath(article)).toBe(1);
  expect(article.innerHTML).toBe(`<p>${MATHML}</p>`);
});

describe('the whole path', () => {
  test('MathML, KaTeX and MathJax reach the article, and their numbers are not key figures', () => {
    const result = extract(
      articlePage(
        `<p>Energy is <math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math> as known, and the area of the 40 plots is <script type="math/tex">\\pi r^2</script> each.</p>`,
      ),
    );
    expect(result.html).toContain('<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>');
    expect(result.html).toContain('<code>\\pi r^2</code>');
    expect(result.figures.map((f) => f.text)).not.toContain('2');
    expect(result.text).toContain('Energy is E=mc2 as known');
  });
  test('KaTeX through the whole path: its MathML, without its box', () => {
    const result = extract(
      articlePage(
        `<p>The sum <span class="katex"><span class="katex-mathml">${MATHML}</span><span class="katex-html" aria-hidden="true">x=2</span></span> holds for the 40 plots.</p>`,
      ),
    );
    expect(result.html).toContain(`<p>The sum ${MATHML} holds`);
  });
});
