import { z } from 'zod';

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;

const positive = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${name} must be at least 1`).max(max, `${name} must be at most ${max}`));

/** Query parameters of the list endpoints. Unknown parameters are refused, so a typo is not silently ignored. */
export const listQuerySchema = z.strictObject({
  page: positive('page', 1_000_000).default(1),
  per_page: positive('per_page', MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  city: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, 'city must be a city slug such as "geneva"')
    .optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export type QueryProblem = { parameter: string; message: string };

/**
 * Reads ?page=&per_page=&city= for endpoints that take `allowed` parameters. A parameter given twice
 * or one the endpoint does not take is an error, never a guess.
 */
export function parseListQuery(params: URLSearchParams, allowed: readonly (keyof ListQuery)[]) {
  const problems: QueryProblem[] = [];
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (!(allowed as readonly string[]).includes(key))
      problems.push({ parameter: key, message: `unknown parameter; this endpoint takes ${allowed.join(', ')}` });
    else if (values.length > 1) problems.push({ parameter: key, message: 'given more than once' });
    else raw[key] = values[0]!;
  }
  const parsed = listQuerySchema.safeParse(raw);
  if (!parsed.success)
    problems.push(...parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ''), message: i.message })));
  return problems.length ? ({ ok: false, problems } as const) : ({ ok: true, query: parsed.data! } as const);
}

/** RFC 8288 Link header for a page of results: first, prev, next, last. */
export function paginationLinks(url: URL, { page, per_page }: ListQuery, total: number): string {
  const last = Math.max(1, Math.ceil(total / per_page));
  const at = (p: number) => {
    const u = new URL(url);
    u.searchParams.set('page', String(p));
    u.searchParams.set('per_page', String(per_page));
    return `<${u.toString()}>`;
  };
  const links = [`${at(1)}; rel="first"`];
  if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${at(page + 1)}; rel="next"`);
  links.push(`${at(last)}; rel="last"`);
  return links.join(', ');
}
