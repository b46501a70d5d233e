import type { ContactCard } from '@/db/queries/contact-card';
import { buildVCard } from './vcard';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The vCard a contact's page offers for download, from the card a page already holds. */
export function contactVCard(c: ContactCard, baseUrl: string): string {
  return buildVCard({
    fullName: c.fullName,
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
