import type { ContactCard } from '@/db/queries/contact-card';
import { localizedPath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { countryName, languageName } from './languages';
import { buildVCard, type VCardLabels } from './vcard';

/** The vCard's words in `locale`, from the catalogue (namespace "VCard"; phone kinds from "Phones"). */
export async function vCardLabels(locale: Locale): Promise<VCardLabels> {
  const t = await translatorFor(locale);
  return {
    extension: (kind, extension) => t('VCard.extension', { kind: t(`Phones.kind.${kind}`), extension }),
    languages: (list) => t('VCard.languages', { list }),
  };
}

/**
 * A contact's vCard: the download (contacts/[slug]/vcard) and the contact sheet's QR codes, byte for byte.
 * In the reader's language: the card's role and city as the page shows them (localizeCards), the country
 * and the languages spoken by name, the labels; the link is to the page in that language.
 */
export async function contactVCard(c: ContactCard, baseUrl: string, locale: Locale = 'en'): Promise<string> {
  return buildVCard(
    {
      fullName: c.fullName,
      localName: c.localName,
      role: c.role,
      organisation: c.organisation,
      email: c.email,
      city: c.city.name,
      country: countryName(c.city.country, locale),
      phones: c.phones,
      languages: c.languages.map((tag) => languageName(tag, locale)),
      url: `${baseUrl}${localizedPath(locale, `/contacts/${c.slug}`)}`,
    },
    await vCardLabels(locale),
  );
}
