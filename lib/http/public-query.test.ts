import { describe, expect, it } from 'vitest';
import { pageIdentity } from './public-query';

describe('pageIdentity', () => {
  it('drops the query strings a public page does not use', () => {
    expect(pageIdentity('/?x=1')).toBe('/');
    expect(pageIdentity('/cities/geneva?utm_source=mail&x=')).toBe('/cities/geneva');
    expect(pageIdentity('/contacts/anna-keller/vcard?')).toBe('/contacts/anna-keller/vcard');
  });

  it('keeps the release list’s city and page, in one order, only when the rewrite would use them', () => {
    expect(pageIdentity('/releases?page=2&x=1&city=geneva')).toBe('/releases?city=geneva&page=2');
    expect(pageIdentity('/releases?city=Geneva&page=two')).toBe('/releases');
    expect(pageIdentity(`/releases?city=${'a'.repeat(81)}`)).toBe('/releases');
    expect(pageIdentity('/releases?city=a&city=b')).toBeNull();
  });

  it('leaves searches alone: they render per query', () => {
    expect(pageIdentity('/search?q=geneva')).toBeNull();
  });
});
