import type { getCityPage, getContactPage, getReleasePage } from '@/db/queries/directory';
import type { InterviewRequestSectionProps } from './interview-request-section';

type Page<F extends (...args: never[]) => unknown> = NonNullable<Awaited<ReturnType<F>>>;
export type RequestFormTarget = { section: InterviewRequestSectionProps; back: { href: string; label: string } };

/**
 * The interview request form as each public page shows it. The page that shows a refused request
 * again (without JavaScript) builds the same form from the same data.
 */
export function contactRequestForm({ contact, releases }: Page<typeof getContactPage>): RequestFormTarget {
  return {
    section: {
      target: 'contact',
      targetId: contact.id,
      addressedTo: `${contact.fullName} (${contact.city.name})`,
      fixedRelease: null,
      releaseOptions: releases.map((r) => ({ id: r.id, title: r.title })),
      preferredLanguages: contact.languages,
      defaultTimeZone: contact.city.timeZone,
    },
    back: { href: `/contacts/${contact.slug}`, label: contact.fullName },
  };
}

export function cityRequestForm({ city, contacts, latestReleases }: Page<typeof getCityPage>): RequestFormTarget {
  return {
    section: {
      target: 'city',
      targetId: city.id,
      addressedTo: `the ${city.name} press office`,
      heading: `Request an interview in ${city.name}`,
      fixedRelease: null,
      releaseOptions: latestReleases.map((r) => ({ id: r.id, title: r.title })),
      preferredLanguages: [...new Set(contacts.flatMap((c) => c.languages))],
      defaultTimeZone: city.timeZone,
    },
    back: { href: `/cities/${city.slug}`, label: `Spokespeople in ${city.name}` },
  };
}

export function releaseRequestForm(release: Page<typeof getReleasePage>): RequestFormTarget {
  return {
    section: {
      target: 'release',
      targetId: release.id,
      addressedTo: release.groups.length ? 'the spokespeople listed above' : 'the press office',
      heading: 'Request an interview about this release',
      fixedRelease: { id: release.id, title: release.title },
      releaseOptions: [],
      preferredLanguages: [...new Set(release.groups.flatMap((g) => g.contacts.flatMap((c) => c.card.languages)))],
      defaultTimeZone: release.groups[0]?.contacts[0]?.card.city.timeZone ?? 'UTC',
    },
    back: { href: `/releases/${release.slug}`, label: release.title },
  };
}
