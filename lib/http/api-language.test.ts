import { describe, expect, it } from 'vitest';
import { apiLanguage, fromAcceptLanguage } from './api-language';
import { parameterProblems, parseListQuery } from './api-query';
import { apiErrorsFor, notAllowed } from './api-response';

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`https://press.example.org${path}`, { headers });

describe('the language of API errors', () => {
  it('takes the best language of Accept-Language that Pressline has, by q, else English', () => {
    expect(fromAcceptLanguage('ru-RU,ru;q=0.9,en-US;q=0.8')).toBe('ru');
    expect(fromAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7')).toBe('fr');
    expect(fromAcceptLanguage('de-DE, es;q=0.9')).toBe('en');
    expect(fromAcceptLanguage('de, en;q=0.2, fr;q=0.5')).toBe('fr');
    expect(fromAcceptLanguage('fr;q=0, ru;q=0.1')).toBe('ru');
    expect(fromAcceptLanguage('*')).toBe('en');
    expect(fromAcceptLanguage('')).toBe('en');
    expect(fromAcceptLanguage(null)).toBe('en');
    expect(fromAcceptLanguage('FR')).toBe('fr');
  });

  it('lets ?lang= win over the header, and then the answer does not vary by it', () => {
    expect(apiLanguage(get('/api/v1/cities?lang=ru', { 'accept-language': 'fr' }))).toEqual({
      locale: 'ru',
      fromHeader: false,
    });
    expect(apiLanguage(get('/api/v1/cities', { 'accept-language': 'fr' }))).toEqual({
      locale: 'fr',
      fromHeader: true,
    });
    expect(apiLanguage(get('/api/v1/cities?lang=de', { 'accept-language': 'ru' })).locale).toBe('ru');
  });

  it('words a 404 in Russian from the header, with Vary: Accept-Language', async () => {
    const response = apiErrorsFor(get('/api/v1/nothing', { 'accept-language': 'ru' })).notFound('noEndpoint');
    expect(response.status).toBe(404);
    expect(response.headers.get('vary')).toBe('Accept-Language');
    expect(response.headers.get('content-language')).toBe('ru');
    const body = await response.json();
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/^Такого адреса нет\. В API есть .*\/api\/v1\/contacts\/\{slug\}/);
  });

  it('keeps English errors exactly as they were', async () => {
    const english = apiErrorsFor(get('/api/v1/nothing')).notFound('noEndpoint');
    expect((await english.json()).error.message).toBe(
      'No such endpoint. The API has /api/v1/cities, /api/v1/contacts, /api/v1/contacts/{slug}, /api/v1/releases and /api/v1/releases/{slug}.',
    );
    const city = apiErrorsFor(get('/api/v1/contacts?city=atlantis')).notFound('noCity', { city: 'atlantis' });
    expect((await city.json()).error.message).toBe('There is no city "atlantis". GET /api/v1/cities lists them.');
  });

  it('words a 400 and each of its problems in French from ?lang=, without Vary', async () => {
    const request = get('/api/v1/contacts?per_page=101&lang=fr', { 'accept-language': 'ru' });
    const errors = apiErrorsFor(request);
    const parsed = parseListQuery(new URL(request.url).searchParams, ['city', 'page', 'per_page'], errors.locale);
    expect(parsed.ok).toBe(false);
    const response = errors.invalidQuery(parsed.ok ? [] : parsed.problems);
    expect(response.status).toBe(400);
    expect(response.headers.get('vary')).toBeNull();
    expect((await response.json()).error).toEqual({
      code: 'invalid_query',
      message: 'Les paramètres de la requête ne sont pas valides (per_page: per_page doit valoir au plus 100).',
      problems: [{ parameter: 'per_page', message: 'per_page doit valoir au plus 100' }],
    });
  });

  it('accepts lang on every endpoint and refuses a language it does not have', () => {
    expect(parseListQuery(new URLSearchParams('lang=ru&page=2'), ['page'])).toEqual({
      ok: true,
      query: { page: 2, per_page: 20 },
    });
    expect(parseListQuery(new URLSearchParams('lang=de'), ['page'])).toEqual({
      ok: false,
      problems: [{ parameter: 'lang', message: 'lang must be one of en, ru, fr' }],
    });
    expect(parameterProblems(new URLSearchParams('lang=fr'))).toEqual([]);
    expect(parameterProblems(new URLSearchParams('lang=fr&x=1'), 'ru')).toEqual([
      { parameter: 'x', message: 'неизвестный параметр; здесь параметров нет' },
    ]);
  });

  it('answers a write to the read-only API with a 405 in the caller’s language', async () => {
    const response = notAllowed(new Request('https://press.example.org/api/v1/cities?lang=ru', { method: 'POST' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await response.json()).error.message).toMatch(/^Этот адрес отвечает только на GET/);
  });
});
