import { describe, expect, it } from 'vitest';
import { offlineNoteText, withOfflineNote, withVCardNote, zoneOf } from './offline-note';
import { offlinePageHtml } from './offline-page';
import { offlineLocaleOf } from './offline-words';

const MOSCOW = { zone: 'Europe/Moscow', place: 'Moscow' };

describe('the note on a kept copy', () => {
  it("says the time the copy was fetched on the city's clock, with the date once it is not today there", () => {
    const fetched = new Date('2026-03-29T11:05:00Z');
    expect(offlineNoteText(fetched, MOSCOW, new Date('2026-03-29T15:00:00Z'))).toBe(
      'Offline — details as of 14:05 (Moscow)',
    );
    // 23:30 UTC is already the next day in Moscow: "today" is the city's, not the phone's.
    expect(offlineNoteText(fetched, MOSCOW, new Date('2026-03-29T23:30:00Z'))).toBe(
      'Offline — details as of 29 Mar 2026, 14:05 (Moscow)',
    );
    expect(offlineNoteText(fetched, null, fetched)).toBe('Offline — details as of 11:05 (UTC)');
    expect(offlineNoteText(fetched, { zone: 'Mars/Olympus', place: 'Mars' }, fetched)).toBe(
      'Offline — details as of 11:05 (UTC)',
    );
  });

  it("reads the page's zone as React wrote it, escapes included", () => {
    const html =
      '<span hidden="" data-offline-zone="Africa/Abidjan" data-offline-place="C&#x27;te d&amp;Ivoire"></span>';
    expect(zoneOf(html)).toEqual({ zone: 'Africa/Abidjan', place: "C'te d&Ivoire" });
    expect(zoneOf('<html><body></body></html>')).toBeNull();
  });

  it('puts the note first in the body, escaped, and leaves every script as it was', () => {
    const html =
      '<html><head><script>self.__next_f.push([1,"x"])</script></head><body class="a"><main></main></body></html>';
    const marked = withOfflineNote(html, 'Offline — details as of 14:05 (<Moscow>)');
    expect(marked).toBe(
      '<html><head><script>self.__next_f.push([1,"x"])</script></head><body class="a"><aside aria-label="Offline copy" class="offline-note"><p>Offline — details as of 14:05 (&lt;Moscow&gt;)</p></aside><main></main></body></html>',
    );
  });

  it('adds a NOTE to a vCard, escaped and folded at 75 octets without splitting a character', () => {
    const card = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Аюна Батоева\r\nEND:VCARD\r\n';
    expect(withVCardNote(card, 'Offline — details as of 14:05 (Moscow)')).toBe(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Аюна Батоева\r\nNOTE:Offline — details as of 14:05 (Moscow)\r\nEND:VCARD\r\n',
    );
    const long = withVCardNote(card, 'Offline — details as of 29 Mar 2026, 14:05 (Санкт-Петербург, Россия)');
    const note = long.slice(long.indexOf('NOTE:'), long.indexOf('\r\nEND:VCARD'));
    const lines = note.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(
      'NOTE:Offline — details as of 29 Mar 2026\\, 14:05 (Санкт-Петербург\\, Россия)',
    );
  });
});

describe('the offline words in the page’s language', () => {
  const fetched = new Date('2026-03-29T11:05:00Z');
  const later = new Date('2026-03-29T23:30:00Z');

  it('writes the note in Russian or French for /ru/… and /fr/… pages, with the date their way', () => {
    expect(offlineLocaleOf('https://x.org/ru/cities/moscow')).toBe('ru');
    expect(offlineLocaleOf('https://x.org/fr/contacts/ayuna-batoeva/vcard')).toBe('fr');
    expect(offlineLocaleOf('https://x.org/cities/moscow')).toBe('en');
    expect(offlineLocaleOf('https://x.org/russia')).toBe('en');
    const moscow = (place: string) => ({ zone: 'Europe/Moscow', place });
    expect(offlineNoteText(fetched, moscow('Москва'), fetched, 'ru')).toBe(
      'Нет сети — данные по состоянию на 14:05 (Москва)',
    );
    expect(offlineNoteText(fetched, moscow('Москва'), later, 'ru')).toBe(
      'Нет сети — данные по состоянию на 29 марта 2026 г., 14:05 (Москва)',
    );
    expect(offlineNoteText(fetched, moscow('Moscou'), fetched, 'fr')).toBe(
      'Hors ligne — informations à jour à 14:05 (Moscou)',
    );
    expect(offlineNoteText(fetched, moscow('Moscou'), later, 'fr')).toBe(
      'Hors ligne — informations à jour au 29 mars 2026 à 14:05 (Moscou)',
    );
  });

  it('names the note and the “not kept” page in that language', () => {
    expect(withOfflineNote('<body></body>', 'n', 'ru')).toBe(
      '<body><aside aria-label="Сохранённая копия" class="offline-note"><p>n</p></aside></body>',
    );
    const ru = offlinePageHtml([], 'ru');
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('<h1>Нет подключения к сети</h1>');
    const fr = offlinePageHtml([{ path: '/fr/cities/moscow', title: 'Moscou · Pressline' }], 'fr');
    expect(fr).toContain('<h1>Vous êtes hors ligne</h1>');
    expect(fr).toContain('<p>Enregistrées sur ce téléphone et lisibles dès maintenant\u00a0:</p>');
    expect(offlinePageHtml([])).toContain('<h1>You are offline</h1>');
  });
});
