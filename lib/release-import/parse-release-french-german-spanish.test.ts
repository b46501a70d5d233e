import { describe, expect, it } from 'vitest';
import { parseRelease } from './parse-release';
import { blockOnly, phone } from './test-helpers';

// Fictional people; ARCEP's fiction range (01 99 00 xx xx), the BNetzA drama range (030 23125 xxx).
describe('parseRelease on French contact blocks', () => {
  it('reads "À Genève :" groups, Portable and Tél. labels and a spoken-languages note', () => {
    const block = [
      'Contacts médias',
      '',
      'À Genève :',
      'Marie Dupont, porte-parole, Portable : +41 79 555 01 23, marie.dupont@example.org',
      'Pierre Martin, chargé de communication, Tél. : 022 555 01 24 (parle français et anglais)',
      '',
      'À Paris :',
      'Sophie Bernard, 01 99 00 12 34, Courriel : sophie.bernard@example.org',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: 'Genève',
          name: 'Marie Dupont',
          role: 'porte-parole',
          phones: [phone('+41 79 555 01 23', '+41795550123', 'mobile')],
          emails: ['marie.dupont@example.org'],
          notes: [],
        },
        {
          city: 'Genève',
          name: 'Pierre Martin',
          role: 'chargé de communication',
          phones: [phone('022 555 01 24', '+41225550124')],
          emails: [],
          notes: ['parle français et anglais'],
        },
        {
          city: 'Paris',
          name: 'Sophie Bernard',
          role: null,
          phones: [phone('01 99 00 12 34', '+33199001234')],
          emails: ['sophie.bernard@example.org'],
          notes: [],
        },
      ]),
    );
  });

  it('reads people named in a sentence, with a fax that stays a fax', () => {
    const block =
      "Pour plus d'informations, veuillez contacter M. Luc Lefèvre (Tél. +33 1 99 00 12 35, Fax +33 1 99 00 12 99, luc.lefevre@example.org) ou Mme Claire Petit, attachée de presse (+41 22 555 01 40).";
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: null,
          name: 'Luc Lefèvre',
          role: null,
          phones: [phone('+33 1 99 00 12 35', '+33199001235'), phone('+33 1 99 00 12 99', '+33199001299', 'fax')],
          emails: ['luc.lefevre@example.org'],
          notes: [],
        },
        {
          city: null,
          name: 'Claire Petit',
          role: 'attachée de presse',
          phones: [phone('+41 22 555 01 40', '+41225550140')],
          emails: [],
          notes: [],
        },
      ]),
    );
  });
});

describe('parseRelease on German contact blocks', () => {
  it('reads "Rückfragen & Kontakt", Austrian slashes, Handy and a spelt-out address', () => {
    const block = [
      'Rückfragen & Kontakt:',
      'In Wien: Anna Huber, Pressesprecherin, Mobil: 0664/123 45 67, anna.huber@example.org',
      'In Berlin: Max Müller, Leiter Kommunikation, Tel.: 030 23125 456, Handy: 0151 23456789, presse(at)example.org',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: 'Wien',
          name: 'Anna Huber',
          role: 'Pressesprecherin',
          phones: [phone('0664/123 45 67', '+436641234567', 'mobile')],
          emails: ['anna.huber@example.org'],
          notes: [],
        },
        {
          city: 'Berlin',
          name: 'Max Müller',
          role: 'Leiter Kommunikation',
          phones: [phone('030 23125 456', '+493023125456'), phone('0151 23456789', '+4915123456789', 'mobile')],
          emails: ['presse@example.org'],
          notes: [],
        },
      ]),
    );
  });

  it('reads a "Pressekontakt" spread over lines, and a press office named after its city, with a fax', () => {
    const block = [
      'Pressekontakt',
      'Genf:',
      'Dr. Eva Schmid',
      'Medienreferentin',
      'Telefon: +41 22 555 01 50',
      'E-Mail: eva.schmid@example.org',
      'spricht Deutsch, Englisch',
      '',
      'Pressestelle Berlin',
      'Tel. +49 30 23125 400, Fax +49 30 23125 499',
      'presse@example.org',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: 'Genf',
          name: 'Dr. Eva Schmid',
          role: 'Medienreferentin',
          phones: [phone('+41 22 555 01 50', '+41225550150')],
          emails: ['eva.schmid@example.org'],
          notes: ['spricht Deutsch, Englisch'],
        },
        {
          city: 'Berlin',
          name: null,
          role: 'Pressestelle Berlin',
          phones: [phone('+49 30 23125 400', '+493023125400'), phone('+49 30 23125 499', '+493023125499', 'fax')],
          emails: ['presse@example.org'],
          notes: [],
        },
      ]),
    );
  });
});

describe('parseRelease on Spanish contact blocks', () => {
  it('reads "Para más información", Móvil and Teléfono, and a languages note', () => {
    const block = [
      'Para más información, contacte con:',
      'En Madrid: Lucía García, portavoz, Móvil: +34 600 123 456, lucia.garcia@example.org',
      'Carlos Pérez, jefe de prensa, Teléfono: 91 123 45 67 (habla inglés y francés)',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly([
        {
          city: 'Madrid',
          name: 'Lucía García',
          role: 'portavoz',
          phones: [phone('+34 600 123 456', '+34600123456', 'mobile')],
          emails: ['lucia.garcia@example.org'],
          notes: [],
        },
        {
          city: 'Madrid',
          name: 'Carlos Pérez',
          role: 'jefe de prensa',
          phones: [phone('91 123 45 67', '+34911234567')],
          emails: [],
          notes: ['habla inglés y francés'],
        },
      ]),
    );
  });

  it('reads a bulleted "Contacto de prensa" with a hidden address and a press office', () => {
    const block = [
      'Contacto de prensa',
      '• Ginebra: Ana López, oficial de comunicación, +41 79 555 01 60, [email\u00a0protected]',
      '• Oficina de prensa: +34 91 123 45 00, prensa@example.org',
    ].join('\n');
    expect(parseRelease(block)).toEqual(
      blockOnly(
        [
          {
            city: 'Ginebra',
            name: 'Ana López',
            role: 'oficial de comunicación',
            phones: [phone('+41 79 555 01 60', '+41795550160')],
            emails: [],
            notes: [],
          },
          {
            city: 'Ginebra',
            name: null,
            role: 'Oficina de prensa',
            phones: [phone('+34 91 123 45 00', '+34911234500')],
            emails: ['prensa@example.org'],
            notes: [],
          },
        ],
        ['E-mail hidden for Ana López ("[email protected]"): ask the press office'],
      ),
    );
  });
});
