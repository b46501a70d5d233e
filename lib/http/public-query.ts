import { splitLocale } from '@/lib/i18n/locales';

/**
 * The query strings public pages use. Pages are force-static, so they never read their query string
 * while rendering; only proxy.ts rewrites `/releases?city=&page=` into a path. Everything else
 * (`/?x=1`, `/cities/geneva?utm_source=…`) is the same page. `/search?q=` renders per query and is
 * never cached (lib/server/page-cache.ts).
 */
export const RELEASE_LIST_CITY = '[a-z0-9-]{1,80}';
export const RELEASE_LIST_PAGE = '\\d{1,6}';

const USED: Record<string, Record<string, RegExp>> = {
  '/releases': { city: new RegExp(`^${RELEASE_LIST_CITY}$`), page: new RegExp(`^${RELEASE_LIST_PAGE}$`) },
};

/** Public pages that render per query string: never cached by the server's page cache. */
const RENDERED_PER_QUERY = new Set(['/search']);

/**
 * The URL as far as the page it shows depends on it: the path plus only the query parameters that
 * page uses, in a fixed order, each only when proxy.ts would use it. Null for a page that
 * renders per query, or when a used parameter is repeated (Next's choice between them is not ours).
 */
export function pageIdentity(url: string): string | null {
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  // The same page in every language (/ru/search, /fr/releases?city=…).
  const bare = splitLocale(path).path;
  if (RENDERED_PER_QUERY.has(bare)) return null;
  const used = USED[bare];
  if (!used || at === -1) return path;
  const query = new URLSearchParams(url.slice(at + 1));
  const kept: string[] = [];
  for (const [name, pattern] of Object.entries(used)) {
    const values = query.getAll(name);
    if (values.length > 1) return null;
    if (values.length === 1 && pattern.test(values[0]!)) kept.push(`${name}=${values[0]}`);
  }
  return kept.length ? `${path}?${kept.join('&')}` : path;
}
