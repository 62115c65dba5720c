// Build-time patches to third-party code, one table. Most replace an `innerHTML` assignment
// that Firefox's add-on linter flags (UNSAFE_VAR_ASSIGNMENT) with the DOM equivalent; one
// removes a quadratic read (see its `why`). The innerHTML ones all wrote into inert documents
// (DOMParser or clones), so none was a hole; they keep the shipped code lint-clean without
// hiding a warning.
//
// Each patch is pinned to the package version it was written against and must match exactly
// once: an upgrade that moves the code fails the build instead of shipping unpatched.
// The same table is applied by esbuild (build.mjs) and by vitest (vitest.config.ts), so the
// tests run the code that ships.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const LIBRARY_PATCHES = [
  {
    pkg: '@mozilla/readability',
    version: '0.6.0',
    file: 'Readability.js',
    why:
      'The retry loop caches the page as markup and writes it back with innerHTML (flagged by the add-on linter). ' +
      'The cache stays markup, which costs a quarter of a deep clone and is only parsed again on a retry (rare); ' +
      'the write-back parses it with a DOMParser instead. With no DOMParser at hand (a Node document without a window) it caches a clone. ' +
      'The cache is also left on the instance (_pageCacheHtml, _pageCache): extract.ts retries from it when the result is poor.',
    replace: [
      [
        'var pageCacheHtml = page.innerHTML;',
        'var PageParser = (this._doc.defaultView || globalThis).DOMParser; var pageCacheHtml = PageParser ? page.innerHTML : null; var pageCache = PageParser ? null : page.cloneNode(true); this._pageCacheHtml = pageCacheHtml; this._pageCache = pageCache;',
      ],
      [
        'page.innerHTML = pageCacheHtml;',
        'page.replaceChildren(...(pageCache ? pageCache.cloneNode(true).childNodes : Array.from(new PageParser().parseFromString("<body>" + pageCacheHtml, "text/html").body.childNodes, (n) => page.ownerDocument.importNode(n, true))));',
      ],
    ],
  },
  {
    pkg: '@mozilla/readability',
    version: '0.6.0',
    file: 'Readability.js',
    why: 'A <noscript> holding a single image: in a document without scripting (ours) its content is already elements, so cloning them equals re-parsing its markup.',
    replace: [
      [
        'tmp.innerHTML = noscript.innerHTML;',
        'for (var child of noscript.childNodes) tmp.appendChild(child.cloneNode(true));',
      ],
    ],
  },
  {
    pkg: '@mozilla/readability',
    version: '0.6.0',
    file: 'Readability.js',
    why: 'Array.from over a live HTMLCollection reads its length at every step, and jsdom answers each read with a scan of the collection: 6,000 images took 3.4 s. slice() reads it once.',
    replace: [
      [
        'var imgs = Array.from(doc.getElementsByTagName("img"));',
        'var imgs = Array.prototype.slice.call(doc.getElementsByTagName("img"));',
      ],
      [
        'var noscripts = Array.from(doc.getElementsByTagName("noscript"));',
        'var noscripts = Array.prototype.slice.call(doc.getElementsByTagName("noscript"));',
      ],
    ],
  },
  {
    pkg: '@mozilla/readability',
    version: '0.6.0',
    file: 'Readability.js',
    why:
      'Readability asks for the elements of a tag or two a few hundred times a page (each <p> and <div> it weighs, for images, lists and embeds) through querySelectorAll. ' +
      'In jsdom (the CLI, the Node module) a selector costs 17 µs a call against 5 µs for getElementsByTagName. Each tag is now read that way and copied out as a static list; ' +
      'lists of several tags, when more than one has elements, are sorted into document order: the same elements in the same order as the selector gave.',
    replace: [
      [
        '    if (node.querySelectorAll) {\n      return node.querySelectorAll(tagNames.join(","));',
        '    if (node.getElementsByTagName) {\n' +
          '      var lists = tagNames.map(function (tag) { return Array.prototype.slice.call(node.getElementsByTagName(tag)); }).filter(function (list) { return list.length; });\n' +
          '      if (lists.length < 2) return lists[0] || [];\n' +
          '      return [].concat.apply([], lists).sort(function (a, b) { return a.compareDocumentPosition(b) & 2 ? 1 : -1; });\n' +
          '    }\n' +
          '    if (node.querySelectorAll) {\n      return node.querySelectorAll(tagNames.join(","));',
      ],
    ],
  },
  {
    pkg: '@mozilla/readability',
    version: '0.6.0',
    file: 'Readability.js',
    why:
      'Readability reads node.style of every element it walks to see whether it is hidden; jsdom builds a CSS declaration object for each. ' +
      'An element without a style attribute has an empty declaration (neither display:none nor visibility:hidden), so the object is built only for those that have one.',
    replace: [
      [
        '      (!node.style || node.style.display != "none") &&\n      (!node.style || node.style.visibility != "hidden") &&',
        '      (!node.hasAttribute("style") ||\n        ((!node.style || node.style.display != "none") &&\n          (!node.style || node.style.visibility != "hidden"))) &&',
      ],
    ],
  },
  {
    pkg: 'dompurify',
    version: '3.4.18',
    file: 'dist/purify.es.mjs',
    why: 'Fallback parser for non-HTML namespaces, which our configuration never uses (HTML namespace, DOMParser). It now fails closed: an empty result.',
    replace: [
      [
        'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
        "throw new Error('fallback parser disabled');",
      ],
    ],
  },
];

const norm = (p) => p.split(path.sep).join('/');

/** The patched source of `file`, or null when no patch applies to it. Throws when a patch no longer fits. */
export function patchSource(file, source) {
  const f = norm(file);
  const patches = LIBRARY_PATCHES.filter((p) => f.endsWith(`/node_modules/${p.pkg}/${p.file}`));
  if (!patches.length) return null;
  let out = source;
  for (const p of patches) {
    const pkgJson = f.slice(0, f.length - p.file.length) + 'package.json';
    const { version } = JSON.parse(readFileSync(pkgJson, 'utf8'));
    if (version !== p.version)
      throw new Error(
        `library patch: ${p.pkg} is ${version}, the patch was written for ${p.version}; re-check scripts/library-patches.mjs`,
      );
    for (const [find, repl] of p.replace) {
      const n = out.split(find).length - 1;
      if (n !== 1) throw new Error(`library patch: expected one "${find}" in ${p.pkg}/${p.file}, found ${n}`);
      out = out.replace(find, () => repl);
    }
  }
  return out;
}

const FILTER = /[\\/]node_modules[\\/](@mozilla[\\/]readability|dompurify)[\\/]/;

export const esbuildLibraryPatches = {
  name: 'library-patches',
  setup(build) {
    build.onLoad({ filter: FILTER }, (args) => {
      const patched = patchSource(args.path, readFileSync(args.path, 'utf8'));
      return patched === null ? undefined : { contents: patched, loader: 'js' };
    });
  },
};

export const viteLibraryPatches = {
  name: 'library-patches',
  enforce: 'pre',
  transform(code, id) {
    const file = id.split('?')[0];
    if (!FILTER.test(file)) return null;
    const patched = patchSource(file, code);
    return patched === null ? null : { code: patched, map: null };
  },
};
