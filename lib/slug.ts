/** The longest slug `slugify` makes. */
export const SLUG_MAX = 80;
/**
 * No real slug is longer: `slugify` stops at SLUG_MAX and `uniqueSlug` adds at most a short "-n".
 * Public URLs with a longer slug are refused before any page renders (proxy.ts).
 */
export const LONGEST_SLUG = SLUG_MAX + 8;

/** "Genève: IFRC's appeal!" → "geneve-ifrc-s-appeal"; empty input gives "item". */
export function slugify(text: string, max = SLUG_MAX): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || 'item';
}

/** The first of slug, slug-2, slug-3 … that `taken` does not hold. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** For matching people across sources: case, accents and spacing do not count. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
