import { describe, expect, it } from 'vitest';
import { localizedPath } from './locales';
import { switchPath } from './switch-path';

describe('switchPath', () => {
  it('takes the language prefix off, whether the browser shows it or the server rendered it', () => {
    expect(switchPath('/ru/cities/moscow')).toBe('/cities/moscow');
    expect(switchPath('/en/cities/moscow')).toBe('/cities/moscow');
    expect(switchPath('/cities/moscow')).toBe('/cities/moscow');
    expect(switchPath('/fr')).toBe('/');
    expect(switchPath('/en')).toBe('/');
    expect(switchPath('/')).toBe('/');
    // A city whose slug starts like a language is not a language.
    expect(switchPath('/russia')).toBe('/russia');
    expect(switchPath('/fr/contacts/ayuna-batoeva/')).toBe('/contacts/ayuna-batoeva');
  });

  it('gives the list of releases its public address, with the city and page that choose it', () => {
    expect(switchPath('/ru/release-list/geneva/2')).toBe('/releases?city=geneva&page=2');
    expect(switchPath('/en/release-list/all/1')).toBe('/releases');
    expect(switchPath('/release-list/moscow/1')).toBe('/releases?city=moscow');
    expect(switchPath('/releases', '?page=3&city=geneva&utm_source=x')).toBe('/releases?city=geneva&page=3');
    expect(localizedPath('fr', switchPath('/ru/releases', 'city=geneva'))).toBe('/fr/releases?city=geneva');
  });

  it('keeps what was searched for, and drops parameters that do not change the page', () => {
    expect(switchPath('/ru/search', 'q=%D0%96%D0%B5%D0%BD%D0%B5%D0%B2%D0%B0')).toBe(
      '/search?q=%D0%96%D0%B5%D0%BD%D0%B5%D0%B2%D0%B0',
    );
    expect(switchPath('/search', '')).toBe('/search');
    expect(switchPath('/cities/geneva', '?utm_source=mail')).toBe('/cities/geneva');
  });
});
