import { describe, expect, it } from 'vitest';
import type { ContactCard } from './contact-card';
import { publicCity, publicContact, publicReleaseSummary } from './public-api';

// Rows stored before the forms normalised text (issue #13 item 7) still reach the API.
const card: ContactCard = {
  id: 1,
  slug: 'ayuna-batoeva',
  fullName: 'Ayuna\r\nBatoeva',
  localName: 'Аюна\u202E Батоева',
  role: 'Head of\nmedia',
  organisation: 'IFRC\r',
  email: null,
  bio: 'Line one\nLine two',
  textLang: { role: 'en', bio: 'en' },
  confirmedAt: null,
  city: {
    slug: 'moscow',
    name: 'Moscow\r\n',
    country: 'RU',
    timeZone: 'Europe/Moscow',
    deskEmail: 'moscow@example.org',
    dutyPhone: '+74950000000',
  },
  languages: ['ru'],
  phones: [],
  hours: [],
  leave: { onLeave: false, returnsOn: null },
  delegate: {
    slug: 'x',
    fullName: 'X\r\nY',
    phones: [],
    timeZone: 'Europe/Moscow',
    citySlug: 'moscow',
    cityName: 'Moscow',
    hours: [],
    leave: { onLeave: false, returnsOn: null },
    active: true,
  },
};

describe('the public API', () => {
  it('never returns CR, LF or a bidi override in a one-line field', () => {
    const contact = publicContact(card);
    expect([
      contact.fullName,
      contact.localName,
      contact.role,
      contact.organisation,
      contact.city.name,
      contact.delegate?.fullName,
    ]).toEqual(['Ayuna Batoeva', 'Аюна Батоева', 'Head of media', 'IFRC', 'Moscow', 'X Y']);
    // A biography may have lines.
    expect(contact.bio).toBe('Line one\nLine two');
    const city = publicCity({
      slug: 'moscow',
      name: 'Mos\ncow',
      localName: null,
      country: 'RU',
      timeZone: 'Europe/Moscow',
      deskEmail: 'd@example.org',
      dutyPhone: '+7',
    });
    expect(city.name).toBe('Mos cow');
    const release = publicReleaseSummary({
      slug: 'r',
      title: 'A\r\nB',
      publishedOn: '2026-01-01',
      summary: '',
      dateline: ['Mos\r\ncow'],
    } as never);
    expect([release.title, release.dateline]).toEqual(['A B', ['Mos cow']]);
  });
});
