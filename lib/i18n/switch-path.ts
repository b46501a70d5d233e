import { LOCALES } from './locales';

// Internal paths of pages that public URLs reach through a rewrite (next.config.ts): the list of releases.
const RELEASE_LIST = /^\/release-list\/([a-z0-9-]{1,80})\/(\d{1,6})$/;
/** Query parameters a page is made of; any other (utm_source…) is the same page and is dropped. */
const KEPT_QUERY: Record<string, string[]> = { '/releases': ['city', 'page'], '/search': ['q'] };

/**
 * The public path, without language prefix, of the page at `pathname` (as the browser shows it, or as
 * the server rendered it: "/ru/cities/moscow", "/en/release-list/geneva/2"), with the query parameters
 * that choose what the page shows. The language switch links to this path in each language.
 */
export function switchPath(pathname: string, search = ''): string {
  let path = pathname.replace(/\/+$/, '') || '/';
  const prefix = LOCALES.find((l) => path === `/${l}` || path.startsWith(`/${l}/`));
  if (prefix) path = path.slice(prefix.length + 1) || '/';
  const query = new URLSearchParams(search);
  const list = RELEASE_LIST.exec(path);
  if (list) {
    path = '/releases';
    if (list[1] !== 'all') query.set('city', list[1]!);
    if (list[2] !== '1') query.set('page', list[2]!);
  }
  const kept = new URLSearchParams();
  for (const name of KEPT_QUERY[path] ?? []) {
    const value = query.get(name);
    if (value) kept.set(name, value);
  }
  const q = kept.toString();
  return q ? `${path}?${q}` : path;
}
