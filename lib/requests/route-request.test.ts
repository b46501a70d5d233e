import { describe, expect, it } from 'vitest';
import { routeRequest, type Links, type RoutablePerson } from './route-request';

type P = RoutablePerson & { delegate?: string; successor?: string };
const people: Record<string, P> = {
  ayuna: {
    fullName: 'Ayuna Batoeva',
    active: true,
    timeZone: 'Europe/Moscow',
    leave: { onLeave: true, returnsOn: '2026-12-21' },
    delegate: 'tommaso',
  },
  tommaso: {
    fullName: 'Tommaso Della Longa',
    active: true,
    timeZone: 'Europe/Moscow',
    leave: { onLeave: false, returnsOn: null },
  },
  peter: {
    fullName: 'Peter Otieno',
    active: false,
    timeZone: 'Africa/Nairobi',
    leave: { onLeave: false, returnsOn: null },
    successor: 'amara',
  },
  amara: {
    fullName: 'Amara Okafor',
    active: true,
    timeZone: 'Europe/Zurich',
    leave: { onLeave: false, returnsOn: null },
  },
  gone: {
    fullName: 'Gone',
    active: false,
    timeZone: 'Europe/Zurich',
    leave: { onLeave: false, returnsOn: null },
    successor: 'ayuna',
  },
  lost: { fullName: 'Lost', active: false, timeZone: 'Europe/Zurich', leave: { onLeave: false, returnsOn: null } },
  jonas: {
    fullName: 'Jonas Weber',
    active: true,
    timeZone: 'Europe/Zurich',
    leave: { onLeave: true, returnsOn: null },
    delegate: 'marie',
  },
  marie: {
    fullName: 'Marie Claudet',
    active: true,
    timeZone: 'Europe/Zurich',
    leave: { onLeave: true, returnsOn: null },
  },
};
const links: Links<P> = {
  delegateOf: (p) => (p.delegate ? people[p.delegate] : null),
  successorOf: (p) => (p.successor ? people[p.successor] : null),
};
const now = new Date('2026-12-07T07:30:00Z');

describe('routeRequest', () => {
  it('sends a request for someone on leave to their delegate, and says so', () => {
    const route = routeRequest(people.ayuna!, links, now);
    expect(route).toMatchObject({
      to: people.tommaso,
      why: 'delegate',
      for: people.ayuna,
      label: 'Tommaso Della Longa, covering for Ayuna Batoeva',
    });
  });

  it('sends it to the person again from the morning of their return date, in their city', () => {
    // 21 December 00:30 in Moscow is still 20 December in UTC.
    expect(routeRequest(people.ayuna!, links, new Date('2026-12-20T21:30:00Z'))).toMatchObject({
      to: people.ayuna,
      why: 'self',
    });
    expect(routeRequest(people.ayuna!, links, new Date('2026-12-20T20:30:00Z'))).toMatchObject({
      to: people.tommaso,
      why: 'delegate',
    });
  });

  it('sends a departed person’s request to their successor', () => {
    expect(routeRequest(people.peter!, links, now)).toMatchObject({
      to: people.amara,
      why: 'successor',
      label: 'Amara Okafor, who took over from Peter Otieno',
    });
  });

  it('follows a successor who is on leave on to their delegate', () => {
    expect(routeRequest(people.gone!, links, now)).toMatchObject({
      to: people.tommaso,
      why: 'delegate',
      for: people.ayuna,
    });
  });

  it('keeps it with the person when their delegate is away too', () => {
    expect(routeRequest(people.jonas!, links, now)).toMatchObject({
      to: people.jonas,
      why: 'self',
      label: 'Jonas Weber',
    });
  });

  it('finds nobody for a departed person without successor (the desk takes it)', () => {
    expect(routeRequest(people.lost!, links, now)).toBeNull();
  });
});
