import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessField, guessMapping, mapCsvRows, mappingProblem, readCsv, regionFinder } from './csv-file';
import { readLanguages } from './languages';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/contact-lists/${name}`, import.meta.url), 'utf8');

describe('readCsv', () => {
  it('reads a French Outlook export: BOM, semicolons, a quoted semicolon and a quoted line break', () => {
    const read = readCsv(fixture('outlook-fr.csv'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.header[0]).toBe('Titre'); // the BOM is not part of the first header
    expect(read.table.header).toHaveLength(11);
    expect(read.table.rows[0]![3]).toBe('Croix-Rouge; délégation');
    expect(read.table.rows[1]![4]).toBe('Пресс-секретарь\nМосква');
  });

  it('refuses what is not a list, with the reason', () => {
    expect(readCsv('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(readCsv('Name,E-mail\n')).toMatchObject({ ok: false, error: expect.stringContaining('header row') });
    expect(readCsv(`Name\n${'x\n'.repeat(201)}`)).toMatchObject({ ok: false, error: expect.stringContaining('201') });
    expect(readCsv('Name,E-mail\n"Open quote,a@b.org\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('quotation'),
    });
  });
});

describe('guessing what a column holds', () => {
  it('reads headers as Outlook, Google and Apple write them in five languages', () => {
    const cases: [string, string][] = [
      ['E-mail Address', 'email'],
      ['E-mail 2 Address', 'ignore'],
      ['Mobile Phone', 'mobile'],
      ['Business Phone', 'phone'],
      ['Home Phone', 'ignore'],
      ['Business Fax', 'ignore'],
      ['Job Title', 'role'],
      ['Title', 'ignore'], // Outlook's Mr/Ms
      ['Company', 'organisation'],
      ['Given Name', 'firstName'],
      ['Family Name', 'lastName'],
      ['Phone 1 - Type', 'ignore'],
      ['Phone 1 - Value', 'phone'],
      ['Organization 1 - Title', 'role'],
      ['Adresse de messagerie', 'email'],
      ['Téléphone mobile', 'mobile'],
      ['Prénom', 'firstName'],
      ['Nom', 'lastName'],
      ['Ville (bureau)', 'city'],
      ['Mobiltelefon', 'mobile'],
      ['Telefon geschäftlich', 'phone'],
      ['E-Mail-Adresse', 'email'],
      ['Nachname', 'lastName'],
      ['Correo electrónico', 'email'],
      ['Teléfono móvil', 'mobile'],
      ['Organización', 'organisation'],
      ['Puesto', 'role'],
      ['Телефон', 'phone'],
      ['Мобильный телефон', 'mobile'],
      ['Адрес эл. почты', 'email'],
      ['Фамилия', 'lastName'],
      ['Должность', 'role'],
      ['Город', 'city'],
      ['WhatsApp', 'whatsapp'],
      ['Languages spoken', 'languages'],
      ['Notes', 'ignore'],
    ];
    expect(cases.map(([h]) => [h, guessField(h)])).toEqual(cases);
  });

  it('maps a field once, to its first column', () => {
    expect(guessMapping(['E-mail', 'Courriel', 'Name'])).toEqual(['email', 'ignore', 'name']);
  });

  it('asks for a name and a way to reach people', () => {
    expect(mappingProblem(['email', 'phone'])).toMatch(/name/);
    expect(mappingProblem(['name', 'city'])).toMatch(/e-mail address or a phone number/);
    expect(mappingProblem(['firstName', 'lastName', 'mobile'])).toBeNull();
  });
});

describe('mapCsvRows', () => {
  it('gives the people of the French export, numbers read in each row’s city, and explains the refused rows', () => {
    const read = readCsv(fixture('outlook-fr.csv'));
    if (!read.ok) throw new Error(read.error);
    const mapping = guessMapping(read.table.header);
    expect(mapping).toEqual([
      'ignore',
      'firstName',
      'lastName',
      'organisation',
      'role',
      'email',
      'mobile',
      'phone',
      'ignore',
      'city',
      'languages',
    ]);
    // Moscow as Pressline knows it (demo data); Paris from the gazetteer.
    const regionOf = regionFinder([{ name: 'Moscow', localName: 'Москва', country: 'RU' }]);
    const { people, refused } = mapCsvRows(read.table, mapping, regionOf);
    expect(people.map((p) => [p.card, p.fullName, p.organisation, p.email, p.city, p.languages])).toEqual([
      [2, 'Jean Dupont', 'Croix-Rouge; délégation', 'jean.dupont@example.org', 'Paris', ['fr', 'en']],
      [3, 'Аюна Батоева', 'IFRC', null, 'Москва', ['ru', 'en']],
    ]);
    // National numbers, read in France and in Russia (trunk 8); "poste 123" is an extension; the fax is ignored.
    expect(people[0]!.phones).toEqual([
      { e164: '+33612345678', kind: 'mobile', extension: null },
      { e164: '+33144556677', kind: 'office', extension: '123' },
    ]);
    expect(people[1]!.phones).toEqual([{ e164: '+79166676977', kind: 'mobile', extension: null }]);
    expect(people[1]!.role).toBe('Пресс-секретарь Москва');
    // Row 5 is empty but for "M.": not a person, not a refusal. Row 4 cannot be reached.
    expect(refused).toEqual([
      {
        card: 4,
        label: 'Sans Moyen',
        reason:
          'No e-mail address and no number to call (n/a: A phone number needs digits.): a journalist could not reach them.',
      },
      { card: 5, label: 'M.', reason: 'No name in this row.' },
    ]);
  });

  it('reads a Google export, types a plain "Phone" by the number, and notes an address that is not one', () => {
    const read = readCsv(fixture('google.csv'));
    if (!read.ok) throw new Error(read.error);
    const mapping = guessMapping(read.table.header);
    expect(mapping).toEqual([
      'name',
      'firstName',
      'lastName',
      'ignore',
      'email',
      'ignore',
      'phone',
      'ignore',
      'ignore',
      'organisation',
      'role',
    ]);
    const { people, refused } = mapCsvRows(read.table, mapping, regionFinder([]));
    expect(refused).toEqual([]);
    expect(people.map((p) => [p.fullName, p.role, p.email, p.phones])).toEqual([
      [
        'Wanjiru Kamau',
        'Spokesperson',
        'wanjiru.kamau@example.org',
        [{ e164: '+254722000111', kind: 'mobile', extension: null }],
      ],
      ['Otieno, Baraka', '', null, [{ e164: '+442079460190', kind: 'office', extension: null }]],
    ]);
    expect(people[1]!.problems).toEqual(['not-an-address: not an e-mail address']);
  });

  it('keeps a number twice when it is both the mobile and the WhatsApp, as the directory lists it', () => {
    const table = {
      header: ['Name', 'Mobile', 'WhatsApp', 'Phone'],
      rows: [['A B', '+7 916 667 69 77', '+79166676977', '+79166676977']],
    };
    const { people } = mapCsvRows(table, ['name', 'mobile', 'whatsapp', 'phone'], () => undefined);
    expect(people[0]!.phones.map((p) => p.kind)).toEqual(['mobile', 'whatsapp']);
  });
});

describe('readLanguages', () => {
  it('reads names in five languages and tags, once each, and sets apart what it does not know', () => {
    expect(readLanguages('English, français; Deutsch / español и русский')).toEqual({
      tags: ['en', 'fr', 'de', 'es', 'ru'],
      unknown: [],
    });
    expect(readLanguages('en, fr-CH, EN, Klingonese, yes')).toEqual({
      tags: ['en', 'fr-CH'],
      unknown: ['Klingonese', 'yes'],
    });
  });
});

describe('regionFinder', () => {
  it('reads a row’s city by Pressline’s names, then the gazetteer, then the file’s city', () => {
    const regionOf = regionFinder([{ name: 'Geneva', localName: 'Genève', country: 'CH' }], 'KE');
    expect([regionOf('genève'), regionOf('Lima'), regionOf(null), regionOf('Nowhere-on-earth')]).toEqual([
      'CH',
      'PE',
      'KE',
      'KE',
    ]);
  });
});
