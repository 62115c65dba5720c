// How pages name the language of a code block, on the <pre> or on the <code> inside it: classes
// written by highlighters and Markdown renderers, and data attributes. The first group is the name.
export const CODE_LANGUAGE_CLASSES: RegExp[] = [
  /^(?:language|lang)-([\w+#.-]+)$/i, // Prism, highlight.js, CommonMark renderers
  /^highlight-(?:source-)?([\w+#.-]+)$/i, // GitHub, Rouge
  /^brush:([\w+#.-]+);?$/i, // SyntaxHighlighter ("brush: js; gutter: false", read with its space removed)
];
export const CODE_LANGUAGE_ATTRIBUTES = ['data-lang', 'data-language', 'lang'];
/** Class names that name no language. */
export const NOT_A_LANGUAGE = /^(?:none|text|plain|plaintext|nohighlight|code|source)$/i;
