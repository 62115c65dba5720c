// In-article links: footnote references, their back links and a contents' links to headings. In
// the reader they must move within the article, not to the site: a link to a place the article
// holds becomes "#id" (the sanitizer keeps ids under a prefix, and points such links at it), and
// one to a place it lost (the comments, a cut section) opens the original page there.

/** The ids (and old-style <a name>s) of the places `article` holds. */
export function placesIn(article: Element): Set<string> {
  const places = new Set<string>();
  for (const el of Array.from(article.querySelectorAll('[id], a[name]'))) {
    for (const attr of ['id', 'name']) {
      const v = el.getAttribute(attr);
      if (v) places.add(v);
    }
  }
  return places;
}

function parseUrl(url: string | null): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

const withoutHash = (url: URL) => url.href.slice(0, url.href.length - url.hash.length);

function fragmentOf(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * Points the article's links to its own places at them ("#fn1"), whether the page wrote them so or
 * as the page's address with a fragment; a "#" link to a place the article does not hold opens the
 * page there instead. Returns how many links now point within the article.
 */
export function pointLinksWithin(article: Element, pageUrl: string | null): number {
  const places = placesIn(article);
  let within = 0;
  const page = parseUrl(pageUrl);
  for (const link of Array.from(article.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href')!.trim();
    let url: URL;
    try {
      url = new URL(href, page ?? undefined);
    } catch {
      continue; // a relative link with no page to resolve it against
    }
    if (!url.hash || url.hash === '#' || (page && withoutHash(url) !== withoutHash(page))) continue;
    const id = fragmentOf(url.hash);
    if (places.has(id)) {
      link.setAttribute('href', `#${id}`);
      within++;
    } else if (href.startsWith('#') && page) {
      link.setAttribute('href', url.href);
    }
  }
  return within;
}

/** The places in `article` that its own links point at ("#id"): its notes, its headings. */
export function pointedAt(article: Element): Set<string> {
  const places = placesIn(article);
  const ids = new Set<string>();
  for (const link of Array.from(article.querySelectorAll('a[href^="#"]'))) {
    const id = fragmentOf(link.getAttribute('href')!);
    if (places.has(id)) ids.add(id);
  }
  return ids;
}
