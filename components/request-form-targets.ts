import type { getCityPage, getContactPage, getReleasePage } from '@/db/queries/directory';
import type { ContactCard } from '@/db/queries/contact-card';
import { routeRequest, type RoutablePerson } from '@/lib/requests/route-request';
import type { InterviewRequestSectionProps } from './interview-request-section';

type Routable = RoutablePerson & { delegate: Routable | null; successor: Routable | null };
const NO_LEAVE = { onLeave: false, returnsOn: null };

function routable(card: ContactCard, active = true, successor: Routable | null = null): Routable {
  const d = card.delegate;
  const delegate = d
    ? { fullName: d.fullName, active: d.active, leave: d.leave, timeZone: d.timeZone, delegate: null, successor: null }
    : null;
  return { fullName: card.fullName, active, leave: card.leave, timeZone: card.city.timeZone, delegate, successor };
}

/** "Tommaso Della Longa, covering for Ayuna Batoeva": whom a request really reaches (lib/requests/route-request.ts). */
function routedTo(person: Routable, now = new Date()): string | null {
  return routeRequest(person, { delegateOf: (p) => p.delegate, successorOf: (p) => p.successor }, now)?.label ?? null;
}

type Page<F extends (...args: never[]) => unknown> = NonNullable<Awaited<ReturnType<F>>>;
export type RequestFormTarget = { section: InterviewRequestSectionProps; back: { href: string; label: string } };

/**
 * The interview request form as each public page shows it. The page that shows a refused request
 * again (without JavaScript) builds the same form from the same data.
 */
export function contactRequestForm({
  contact,
  releases,
  active,
  successor,
}: Page<typeof getContactPage>): RequestFormTarget {
  const next = successor
    ? {
        fullName: successor.fullName,
        active: true,
        leave: NO_LEAVE,
        timeZone: contact.city.timeZone,
        delegate: null,
        successor: null,
      }
    : null;
  const to = routedTo(routable(contact, active, next));
  return {
    section: {
      target: 'contact',
      targetId: contact.id,
      addressedTo: to ? `${to} (${contact.city.name})` : `the ${contact.city.name} press office`,
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
      addressedTo: releaseAddressees(release),
      heading: 'Request an interview about this release',
      fixedRelease: { id: release.id, title: release.title },
      releaseOptions: [],
      preferredLanguages: [...new Set(release.groups.flatMap((g) => g.contacts.flatMap((c) => c.card.languages)))],
      defaultTimeZone: release.groups[0]?.contacts[0]?.card.city.timeZone ?? 'UTC',
    },
    back: { href: `/releases/${release.slug}`, label: release.title },
  };
}

/** Each person listed, as the request reaches them; the press office when nobody is listed. */
function releaseAddressees(release: Page<typeof getReleasePage>): string {
  const names = [
    ...new Set(
      release.groups
        .flatMap((g) => g.contacts.map((c) => routedTo(routable(c.card))))
        .filter((n): n is string => n !== null),
    ),
  ];
  if (names.length === 0) return 'the press office';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join('; ')} and ${names[names.length - 1]}`;
}
