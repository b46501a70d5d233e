import type { ContactCard } from '@/db/queries/contact-card';
import { buildVCard } from './vcard';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A contact's vCard: the download (contacts/[slug]/vcard) and the contact sheet's QR codes, byte for byte. */
export function contactVCard(c: ContactCard, baseUrl: string): string {
  return buildVCard({
    fullName: c.fullName,
    localName: c.localName,
    role: c.role,
    organisation: c.organisation,
    email: c.email,
    city: c.city.name,
    country: countryNames.of(c.city.country) ?? c.city.country,
    phones: c.phones,
    languages: c.languages,
    url: `${baseUrl}/contacts/${c.slug}`,
  });
}
