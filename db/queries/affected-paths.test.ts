import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { publicPathsForContacts } from './affected-paths';
import { openDatabase } from '..';
import { cities, contacts } from '../schema';
import { seedDemoData } from '../seed';

const db = openDatabase(':memory:');
seedDemoData(db);
const id = (slug: string) => db.select().from(contacts).where(eq(contacts.slug, slug)).get()!.id;
const cityId = (slug: string) => db.select().from(cities).where(eq(cities.slug, slug)).get()!.id;

describe('publicPathsForContacts', () => {
  it('lists the contact, their vCard, their city, home and every release listing them', () => {
    expect(publicPathsForContacts(db, [id('ayuna-batoeva')]).sort()).toEqual(
      [
        '/',
        '/cities/moscow',
        '/contacts/ayuna-batoeva',
        '/contacts/ayuna-batoeva/vcard',
        '/releases/ifrc-president-rocca-meets-president-putin',
        // Its Russian and French versions list her too.
        '/releases/ifrc-president-rocca-meets-president-putin-ru',
        '/releases/ifrc-president-rocca-meets-president-putin-fr',
      ].sort(),
    );
  });

  it('includes the people a delegate stands in for, and the city a contact left', () => {
    const paths = publicPathsForContacts(db, [id('marie-claudet')], [cityId('nairobi')]);
    // Jonas Weber is on leave and names Marie as his delegate: his card shows her numbers.
    expect(paths).toContain('/contacts/jonas-weber');
    expect(paths).toContain('/releases/example-flood-preparedness-drill-kenya');
    expect(paths).toContain('/cities/nairobi');
    expect(paths).not.toContain('/cities/moscow');
  });
});
