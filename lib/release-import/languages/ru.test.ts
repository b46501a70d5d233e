import { describe, expect, it } from 'vitest';
import { lookupCity } from '../gazetteer';
import { parseRelease } from '../parse-release';
import { ru } from './ru';

describe('the Russian language module', () => {
  it('reads a Cyrillic name, тел./моб. labels, "или" and Moscow numbers with the trunk 8', () => {
    const text = [
      'Москва, 6 декабря 2021 г. – Заголовок',
      'Контакты для СМИ:',
      'Ирина Смирнова, тел. 8 (495) 555-01-23 или моб. +7 916 555-01-24, irina@example.ru',
    ].join('\n');
    const r = parseRelease(text);
    expect(r.date).toBe('2021-12-06');
    expect(r.dateline).toEqual(['Москва']);
    expect(r.contacts.map((c) => [c.name, c.phones.map((p) => [p.e164, p.kind]), c.emails])).toEqual([
      [
        'Ирина Смирнова',
        [
          ['+74955550123', null],
          ['+79165550124', 'mobile'],
        ],
        ['irina@example.ru'],
      ],
    ]);
  });

  it('reads Женева as Geneva and a факс as a fax', () => {
    const [c] = parseRelease(
      'Контакты:\nИван Петров, МККК Женева, тел. +41 79 555 01 23, факс +41 22 555 01 99',
    ).contacts;
    expect([c!.name, c!.city, c!.phones.map((p) => p.kind)]).toEqual(['Иван Петров', 'Женева', [null, 'fax']]);
    expect(lookupCity(c!.city!)?.name).toBe('Geneva');
  });

  it('reads a Russian block with no city, code or domain in the country of its language, with a warning', () => {
    const r = parseRelease('Аккредитация для СМИ по телефону: 8 (495) 555-01-23');
    expect(r.contacts[0]!.phones).toEqual([{ raw: '8 (495) 555-01-23', e164: '+74955550123', kind: null }]);
    expect(r.warnings).toEqual([
      '"8 (495) 555-01-23" (a contact with no name) has no country code: read as a number of RU, check it',
    ]);
  });

  it('points every city name at a city the gazetteer knows', () => {
    for (const [local, name] of Object.entries(ru.cityNames)) expect(lookupCity(local)?.name, local).toBe(name);
  });
});
