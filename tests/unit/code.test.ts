// Code blocks keep their language and line breaks through the sanitizer, which drops classes.
import { describe, expect, test } from 'vitest';
import { keepCodeBlocks } from '../../src/core/extract/code';
import { extract } from '../../src/core/pipeline';
import { articlePage, page } from './helpers';

const kept = (inner: string) => {
  const doc = page(`<body><div id="a">${inner}</div></body>`);
  keepCodeBlocks(doc.getElementById('a')!);
  return doc.getElementById('a')!.innerHTML;
};

describe('the language, from each way pages name it (one per row of CODE_LANGUAGE_CLASSES, and attributes)', () => {
  test.each([
    ['Prism / highlight.js on <code>', '<pre><code class="language-TypeScript">x</code></pre>', 'typescript'],
    ['lang- on <pre>', '<pre class="prettyprint lang-py">x</pre>', 'py'],
    ['GitHub / Rouge', '<pre class="highlight highlight-source-rust">x</pre>', 'rust'],
    ['SyntaxHighlighter', '<pre class="brush: php; gutter: false">x</pre>', 'php'],
    ['data-lang', '<pre data-lang="Go">x</pre>', 'go'],
  ])('%s', (_, html, language) => {
    expect(kept(html)).toContain(`data-code-lang="${language}"`);
  });
  test.each([
    ['a human language', '<pre lang="en">x</pre>'],
    ['"nohighlight"', '<pre><code class="nohighlight">x</code></pre>'],
    ['"language-none"', '<pre><code class="language-none">x</code></pre>'],
    ['no mark at all', '<pre>x</pre>'],
  ])('none from %s', (_, html) => {
    expect(kept(html)).not.toContain('data-code-lang');
  });
});

test("lines a highlighter put in blocks of their own keep their line breaks; a <pre>'s own newlines stay", () => {
  expect(kept('<pre><div class="line">a = 1</div><div class="line">b = 2</div></pre>')).toBe(
    '<pre><div class="line">a = 1\n</div><div class="line">b = 2</div></pre>',
  );
  expect(kept('<pre><span>a\n</span><span>b</span></pre>')).toBe('<pre><span>a\n</span><span>b</span></pre>');
});

test('the whole path: the language survives the sanitizer, the class does not', () => {
  const result = extract(
    articlePage('<pre><code class="language-js">const total = 42;\nconsole.log(total);</code></pre>'),
  );
  expect(result.html).toContain('<pre data-code-lang="js"><code>const total = 42;\nconsole.log(total);</code></pre>');
});
