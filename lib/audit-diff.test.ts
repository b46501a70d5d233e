import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './audit-diff';
import { contactSnapshot, type ContactDetails } from './directory/contact-snapshot';

const names = {
  city: (id: number) => ({ 1: 'Moscow', 2: 'Geneva' })[id] ?? `city ${id}`,
  contact: (id: number) => ({ 3: 'Marie Claudet' })[id] ?? `contact ${id}`,
};

const ayuna: ContactDetails = {
  fullName: 'Ayuna Batoeva',
  localName: 'Аюна Батоева',
  role: 'Media contact',
  cityId: 1,
  email: null,
  languages: ['ru', 'en'],
  phones: [{ kind: 'mobile', e164: '+79166676977', extension: null }],
  hours: [{ weekday: 1, startMinute: 540, endMinute: 1140 }],
  onLeave: false,
  leaveReturnsOn: null,
  delegateId: null,
};

describe('diffSnapshots', () => {
  it('finds nothing when nothing changed, even when empty and missing differ', () => {
    expect(diffSnapshots({ a: '', b: 'x' }, { a: null, b: 'x' })).toEqual([]);
    expect(diffSnapshots(contactSnapshot(ayuna, names), contactSnapshot({ ...ayuna }, names))).toEqual([]);
  });

  it('records each changed field with its old and new value', () => {
    const after: ContactDetails = {
      ...ayuna,
      cityId: 2,
      phones: [{ kind: 'mobile', e164: '+41797084367', extension: null }],
      onLeave: true,
      leaveReturnsOn: '2026-12-01',
      delegateId: 3,
    };
    expect(diffSnapshots(contactSnapshot(ayuna, names), contactSnapshot(after, names))).toEqual([
      { field: 'city', oldValue: 'Moscow', newValue: 'Geneva' },
      { field: 'phones', oldValue: 'Mobile +7 916 667 69 77', newValue: 'Mobile +41 79 708 43 67' },
      { field: 'onLeave', oldValue: 'no', newValue: 'yes' },
      { field: 'leaveReturnsOn', oldValue: null, newValue: '2026-12-01' },
      { field: 'delegate', oldValue: null, newValue: 'Marie Claudet' },
    ]);
  });

  it('keeps Cyrillic values as typed and notices a cleared field', () => {
    const changes = diffSnapshots(
      contactSnapshot(ayuna, names),
      contactSnapshot({ ...ayuna, localName: null, fullName: 'Аюна' }, names),
    );
    expect(changes).toEqual([
      { field: 'fullName', oldValue: 'Ayuna Batoeva', newValue: 'Аюна' },
      { field: 'localName', oldValue: 'Аюна Батоева', newValue: null },
    ]);
  });

  it('sees a change of weekly hours and of language order', () => {
    const changes = diffSnapshots(
      contactSnapshot(ayuna, names),
      contactSnapshot(
        {
          ...ayuna,
          languages: ['en', 'ru'],
          hours: [...ayuna.hours, { weekday: 1, startMinute: 1200, endMinute: 1260 }],
        },
        names,
      ),
    );
    expect(changes.map((c) => c.field)).toEqual(['languages', 'hours']);
    expect(changes[1]).toEqual({
      field: 'hours',
      oldValue: 'Mon 09:00–19:00',
      newValue: 'Mon 09:00–19:00, 20:00–21:00',
    });
  });
});
