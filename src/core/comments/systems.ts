// Which comment system an element or a frame belongs to, by the rows of ../rules/comment-systems.ts.
import { COMMENT_SYSTEMS, type CommentSystem } from '../rules/comment-systems';

/**
 * What an element must carry to possibly match a row: one of its ids, id prefixes, classes,
 * attributes or its custom tag, read from the row's selector itself. A cheap test on every
 * element, then matches() on the few candidates and only for the rows they could match, instead
 * of one querySelectorAll over every row's selector, which slow engines run in seconds on a
 * 100,000-element page.
 */
interface Hints {
  ids: Set<string>;
  idPrefixes: string[];
  /** One regex over the class attribute: splitting it would allocate an array per element. */
  classes: RegExp | null;
  attributes: string[];
  tags: Set<string>;
}

function hintsOf(selector: string): Hints {
  const classNames = [...new Set([...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!))];
  return {
    ids: new Set([...selector.matchAll(/#([\w-]+)/g)].map((m) => m[1]!)),
    idPrefixes: [...selector.matchAll(/\[id\^="([^"]+)"\]/g)].map((m) => m[1]!),
    classes: classNames.length ? new RegExp(`(?:^|\\s)(?:${classNames.join('|')})(?:\\s|$)`) : null,
    attributes: [
      ...new Set([...selector.matchAll(/\[([\w-]+)(?=[\]=^*$~|])/g)].map((m) => m[1]!).filter((a) => a !== 'id')),
    ],
    // Custom elements (<giscus-widget>) and XFBML (<fb:comments>) are known by their tag alone.
    tags: new Set(
      [...selector.matchAll(/(?:^|,\s*)([a-z]+(?:-|\\:)[\w-]+)/g)].map((m) => m[1]!.replace('\\', '').toUpperCase()),
    ),
  };
}

const ROWS = COMMENT_SYSTEMS.map((row) => ({ row, hints: hintsOf(row.root) }));
const ANY = hintsOf(COMMENT_SYSTEMS.map((c) => c.root).join(', '));

function carries(tag: string, id: string | null, cls: string | null, names: string[], hints: Hints): boolean {
  if (hints.tags.has(tag)) return true;
  if (id && (hints.ids.has(id) || hints.idPrefixes.some((p) => id.startsWith(p)))) return true;
  if (cls && hints.classes?.test(cls)) return true;
  return hints.attributes.some((a) => names.includes(a));
}

/** The system whose root `el` is, trying only the rows whose marks it carries. */
export function systemOf(el: Element, tag = el.tagName): CommentSystem | null {
  if (!el.hasAttributes() && !tag.includes('-') && !tag.includes(':')) return null; // most elements: one cheap call
  // One read of the names, then only the attributes it has: each read crosses the DOM's wrapper.
  const names = el.getAttributeNames();
  const id = names.includes('id') ? el.getAttribute('id') : null;
  const cls = names.includes('class') ? el.getAttribute('class') : null;
  if (!carries(tag, id, cls, names, ANY)) return null;
  // A custom tag is the root by itself; selectors with an escaped colon are not read alike by every engine.
  return (
    ROWS.find(({ row, hints }) => hints.tags.has(tag) || (carries(tag, id, cls, names, hints) && matches(el, row.root)))
      ?.row ?? null
  );
}

/** A selector an engine refuses (`fb\:comments`) matches nothing, rather than throwing. */
function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The system an iframe belongs to, by its address, or else by its own id or class (Jetpack names its
 * frame `#jetpack_remote_comment` and may set the address by script, after the page is read).
 */
export const systemOfFrame = (frame: Element): CommentSystem | null => {
  const src = frame.getAttribute('src') ?? frame.getAttribute('data-src') ?? '';
  const bySrc = src ? COMMENT_SYSTEMS.find((s) => s.frame?.test(src)) : undefined;
  if (bySrc) return bySrc;
  const byName = systemOf(frame);
  return byName?.frame ? byName : null;
};

const HOMES = COMMENT_SYSTEMS.flatMap((s) => (s.home ? [s.home] : []));
/** Does this link go to a comment system's own site: the section's credit line ("Powered by Livefyre")? */
export const isSystemHome = (href: string): boolean => HOMES.some((home) => home.test(href));
