import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator';
import { contactsIn } from '../sharing/contacts-in';
import { releaseContactsIn } from './contacts-in';

describe('releaseContactsIn', () => {
  it('says where the spokespeople are in the reader’s language, English as before', async () => {
    const places = ['Moscow', 'Moscow', 'Geneva', 'Nairobi'];
    for (const locale of ['en', 'ru', 'fr'] as const) {
      const t = await translatorFor(locale);
      const say = (list: string) => t('ReleasePage.contactsIn', { places: list });
      if (locale === 'en') expect(releaseContactsIn(places, locale, say)).toBe(contactsIn(places));
      if (locale === 'ru')
        expect(releaseContactsIn(['Москва', 'Женева'], locale, say)).toBe('Контакты: Москва и Женева');
      if (locale === 'fr')
        expect(releaseContactsIn(places, locale, say)).toBe('Contacts\u00a0: Moscow, Geneva et Nairobi');
      expect(releaseContactsIn([' '], locale, say)).toBe('');
    }
  });
});
