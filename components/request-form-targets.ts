import type { getCityPage, getContactPage, getReleasePage } from '@/db/queries/directory';
import type { ContactCard } from '@/db/queries/contact-card';
import { routeRequest, type RoutablePerson } from '@/lib/requests/route-request';
import type { FormAddressee, InterviewRequestSectionProps, RoutedName } from './interview-request-section';

type Routable = RoutablePerson & { delegate: Routable | null; successor: Routable | null };
const NO_LEAVE = { onLeave: false, returnsOn: null };

function routable(card: ContactCard, active = true, successor: Routable | null = null): Routable {
  const d = card.delegate;
  const delegate = d
    ? { fullName: d.fullName, active: d.active, leave: d.leave, timeZone: d.timeZone, delegate: null, successor: null }
    : null;
  return { fullName: card.fullName, active, leave: card.leave, timeZone: card.city.timeZone, delegate, successor };
}

/** Tommaso Della Longa covering for Ayuna Batoeva: whom a request really reaches (lib/requests/route-request.ts). */
function routedTo(person: Routable, now = new Date()): RoutedName | null {
  const route = routeRequest(person, { delegateOf: (p) => p.delegate, successorOf: (p) => p.successor }, now);
  return route && { name: route.to.fullName, why: route.why, other: route.for?.fullName ?? null };
}

type Page<F extends (...args: never[]) => unknown> = NonNullable<Awaited<ReturnType<F>>>;
/**
 * `back`: the page the form is on (a path without language prefix), named by a person's or release's name or a
 * city's.
 */
export type RequestFormTarget = {
  section: InterviewRequestSectionProps;
  back: { href: string; name: string; kind: 'city' | 'page' };
};

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
      addressee: to
        ? { kind: 'person', person: to, city: contact.city.name }
        : { kind: 'desk', city: contact.city.name },
      fixedRelease: null,
      releaseOptions: releases.map((r) => ({ id: r.id, title: r.title })),
      preferredLanguages: contact.languages,
      defaultTimeZone: contact.city.timeZone,
    },
    back: { href: `/contacts/${contact.slug}`, name: contact.fullName, kind: 'page' },
  };
}

export function cityRequestForm({ city, contacts, latestReleases }: Page<typeof getCityPage>): RequestFormTarget {
  return {
    section: {
      target: 'city',
      targetId: city.id,
      addressee: { kind: 'desk', city: city.name },
      heading: { kind: 'city', city: city.name },
      fixedRelease: null,
      releaseOptions: latestReleases.map((r) => ({ id: r.id, title: r.title })),
      preferredLanguages: [...new Set(contacts.flatMap((c) => c.languages))],
      defaultTimeZone: city.timeZone,
    },
    back: { href: `/cities/${city.slug}`, name: city.name, kind: 'city' },
  };
}

export function releaseRequestForm(release: Page<typeof getReleasePage>): RequestFormTarget {
  return {
    section: {
      target: 'release',
      targetId: release.id,
      addressee: releaseAddressees(release),
      heading: { kind: 'release' },
      fixedRelease: { id: release.id, title: release.title },
      releaseOptions: [],
      preferredLanguages: [...new Set(release.groups.flatMap((g) => g.contacts.flatMap((c) => c.card.languages)))],
      defaultTimeZone: release.groups[0]?.contacts[0]?.card.city.timeZone ?? 'UTC',
    },
    back: { href: `/releases/${release.slug}`, name: release.title, kind: 'page' },
  };
}

/** Each person listed, as the request reaches them; the press office when nobody is listed. */
function releaseAddressees(release: Page<typeof getReleasePage>): FormAddressee {
  const seen = new Set<string>();
  const people = release.groups
    .flatMap((g) => g.contacts.map((c) => routedTo(routable(c.card))))
    .filter((n): n is RoutedName => n !== null && !seen.has(JSON.stringify(n)) && !!seen.add(JSON.stringify(n)));
  return { kind: 'people', people };
}
