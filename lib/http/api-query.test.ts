import { describe, expect, it } from 'vitest';
import { paginationLinks, parseListQuery } from './api-query';

const parse = (qs: string, allowed: ('page' | 'per_page' | 'city')[] = ['page', 'per_page', 'city']) =>
  parseListQuery(new URLSearchParams(qs), allowed);

describe('parseListQuery', () => {
  it('defaults to page 1 of 20 and reads what is given', () => {
    expect(parse('')).toEqual({ ok: true, query: { page: 1, per_page: 20 } });
    expect(parse('page=3&per_page=100&city=panama-city')).toEqual({
      ok: true,
      query: { page: 3, per_page: 100, city: 'panama-city' },
    });
  });

  it('refuses bad values, each with the parameter it concerns', () => {
    expect(parse('per_page=101')).toEqual({
      ok: false,
      problems: [{ parameter: 'per_page', message: 'per_page must be at most 100' }],
    });
    expect(parse('page=0')).toEqual({
      ok: false,
      problems: [{ parameter: 'page', message: 'page must be at least 1' }],
    });
    expect(parse('page=-1&per_page=1.5')).toMatchObject({
      ok: false,
      problems: [{ parameter: 'page' }, { parameter: 'per_page' }],
    });
    expect(parse('page=1e3')).toMatchObject({
      ok: false,
      problems: [{ parameter: 'page', message: 'page must be a whole number' }],
    });
    expect(parse("city=Gen%C3%A8ve'--")).toMatchObject({ ok: false, problems: [{ parameter: 'city' }] });
  });

  it('refuses unknown and repeated parameters rather than ignoring them', () => {
    expect(parse('citty=geneva')).toMatchObject({
      ok: false,
      problems: [{ parameter: 'citty', message: expect.stringContaining('unknown parameter') }],
    });
    expect(parse('city=geneva', ['page', 'per_page'])).toMatchObject({ ok: false, problems: [{ parameter: 'city' }] });
    expect(parse('page=1&page=2')).toEqual({
      ok: false,
      problems: [{ parameter: 'page', message: 'given more than once' }],
    });
  });
});

describe('paginationLinks', () => {
  const url = new URL('https://press.example.org/api/v1/releases?city=geneva');
  it('links first, previous, next and last pages, keeping the filter', () => {
    expect(paginationLinks(url, { page: 2, per_page: 10 }, 35)).toBe(
      [
        '<https://press.example.org/api/v1/releases?city=geneva&page=1&per_page=10>; rel="first"',
        '<https://press.example.org/api/v1/releases?city=geneva&page=1&per_page=10>; rel="prev"',
        '<https://press.example.org/api/v1/releases?city=geneva&page=3&per_page=10>; rel="next"',
        '<https://press.example.org/api/v1/releases?city=geneva&page=4&per_page=10>; rel="last"',
      ].join(', '),
    );
  });

  it('has no prev on the first page, no next on the last, and one page when empty', () => {
    expect(paginationLinks(url, { page: 1, per_page: 20 }, 0)).toBe(
      '<https://press.example.org/api/v1/releases?city=geneva&page=1&per_page=20>; rel="first", <https://press.example.org/api/v1/releases?city=geneva&page=1&per_page=20>; rel="last"',
    );
  });
});
