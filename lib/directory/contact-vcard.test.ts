import VCard from 'vcf';
import { describe, expect, it } from 'vitest';
import type { ContactCard } from '@/db/queries/contact-card';
import { contactVCard } from './contact-vcard';

const card: ContactCard = {
  id: 1,
  slug: 'ayuna-batoeva',
  fullName: 'Ayuna Batoeva',
  localName: 'Аюна Батоева',
  role: 'Контакт для СМИ',
  organisation: 'IFRC',
  email: null,
  bio: '',
  textLang: { role: 'ru', bio: 'en' },
  confirmedAt: null,
  city: {
    slug: 'moscow',
    name: 'Москва',
    country: 'RU',
    timeZone: 'Europe/Moscow',
    deskEmail: 'moscow@example.org',
    dutyPhone: '+442079460101',
  },
  languages: ['ru', 'en'],
  phones: [
    { kind: 'mobile', e164: '+79166676977', extension: null },
    { kind: 'duty', e164: '+442079460101', extension: '7' },
  ],
  hours: [],
  leave: { onLeave: false, returnsOn: null },
  delegate: null,
};

const read = async (locale: 'en' | 'ru' | 'fr', c = card) => {
  const parsed = new VCard().parse(await contactVCard(c, 'https://pressline.example.org', locale));
  const json = parsed.toJSON()[1];
  const prop = (name: RegExp) => json.filter((p) => name.test(p[0])).map((p) => p[3]);
  // vcf leaves text escaped as written (RFC 2426 §4): "\\," is a comma.
  const text = (values: unknown[]) => values.map((v) => String(v).replace(/\\,/g, ','));
  return {
    label: text(prop(/^x-?ab-?label$/i)),
    note: text(prop(/^note$/)),
    adr: prop(/^adr$/),
    url: prop(/^url$/),
    title: prop(/^title$/),
  };
};

describe('a contact’s vCard in the reader’s language', () => {
  it('labels the duty line, names the languages and the country in Russian, and links the Russian page', async () => {
    expect(await read('ru')).toEqual({
      label: ['Дежурная линия, доб. 7'],
      note: ['Языки: русский, английский'],
      adr: [['', '', '', 'Москва', '', '', 'Россия']],
      url: ['https://pressline.example.org/ru/contacts/ayuna-batoeva'],
      title: ['Контакт для СМИ'],
    });
  });

  it('in French', async () => {
    const fr = await read('fr', { ...card, city: { ...card.city, name: 'Moscou' }, role: 'Contact presse' });
    expect(fr.label).toEqual(['Permanence poste 7']);
    expect(fr.note).toEqual(['Langues\u00a0: russe, anglais']);
    expect(fr.adr).toEqual([['', '', '', 'Moscou', '', '', 'Russie']]);
    expect(fr.url).toEqual(['https://pressline.example.org/fr/contacts/ayuna-batoeva']);
  });

  it('in English at today’s URL', async () => {
    const en = await read('en', { ...card, city: { ...card.city, name: 'Moscow' } });
    expect(en.label).toEqual(['Duty line ext. 7']);
    expect(en.note).toEqual(['Languages: Russian, English']);
    expect(en.adr).toEqual([['', '', '', 'Moscow', '', '', 'Russia']]);
    expect(en.url).toEqual(['https://pressline.example.org/contacts/ayuna-batoeva']);
  });
});
