import { z } from 'zod';
import { isLocale, LOCALES, type Locale } from '../i18n/locales';
import { syncTranslatorFor, type SyncTranslator } from '../i18n/sync-translator';

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;

const positive = (t: SyncTranslator, name: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, t('ApiErrors.problem.wholeNumber', { name }))
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, t('ApiErrors.problem.atLeast', { name, min: '1' }))
        .max(max, t('ApiErrors.problem.atMost', { name, max: String(max) })),
    );

/** Query parameters of the list endpoints, with messages in `locale`. Unknown parameters are refused. */
function listQuerySchemaIn(locale: Locale) {
  const t = syncTranslatorFor(locale);
  return z.strictObject({
    page: positive(t, 'page', 1_000_000).default(1),
    per_page: positive(t, 'per_page', MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
    city: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/, t('ApiErrors.problem.citySlug'))
      .optional(),
  });
}
const schemas = new Map<Locale, ReturnType<typeof listQuerySchemaIn>>();
const schemaIn = (locale: Locale) => {
  let schema = schemas.get(locale);
  if (!schema) schemas.set(locale, (schema = listQuerySchemaIn(locale)));
  return schema;
};
export const listQuerySchema = schemaIn('en');
export type ListQuery = z.infer<typeof listQuerySchema>;

export type QueryProblem = { parameter: string; message: string };

/**
 * Reads ?page=&per_page=&city= for endpoints that take `allowed` parameters. A parameter given twice
 * or one the endpoint does not take is an error, never a guess. Every endpoint also takes `lang` (the
 * language of its error messages, lib/http/api-language.ts), which is not part of the query.
 */
export function parseListQuery(params: URLSearchParams, allowed: readonly (keyof ListQuery)[], locale: Locale = 'en') {
  const t = syncTranslatorFor(locale);
  const problems: QueryProblem[] = [];
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (key === 'lang') problems.push(...langProblems(values, t));
    else if (!(allowed as readonly string[]).includes(key))
      problems.push({
        parameter: key,
        message: t('ApiErrors.problem.unknownParameter', { allowed: allowed.join(', ') }),
      });
    else if (values.length > 1) problems.push({ parameter: key, message: t('ApiErrors.problem.repeated') });
    else raw[key] = values[0]!;
  }
  const parsed = schemaIn(locale).safeParse(raw);
  if (!parsed.success)
    problems.push(...parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ''), message: i.message })));
  return problems.length ? ({ ok: false, problems } as const) : ({ ok: true, query: parsed.data! } as const);
}

/** For an endpoint that takes no parameter but `lang`: one problem for each other parameter. */
export function parameterProblems(params: URLSearchParams, locale: Locale = 'en'): QueryProblem[] {
  const t = syncTranslatorFor(locale);
  return [...new Set(params.keys())].flatMap((parameter) =>
    parameter === 'lang'
      ? langProblems(params.getAll('lang'), t)
      : [{ parameter, message: t('ApiErrors.problem.noParameters') }],
  );
}

function langProblems(values: string[], t: SyncTranslator): QueryProblem[] {
  if (values.length > 1) return [{ parameter: 'lang', message: t('ApiErrors.problem.repeated') }];
  return isLocale(values[0])
    ? []
    : [{ parameter: 'lang', message: t('ApiErrors.problem.lang', { locales: LOCALES.join(', ') }) }];
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
