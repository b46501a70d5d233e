import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db';
import { cities } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { formatInternational } from '@/lib/directory/phone';
import { renderOfflinePage } from './offline-page';

describe('the offline page', () => {
  it("lists every city's duty line and desk as the database has them, and says nothing was stored", () => {
    const db = openDatabase(':memory:');
    seedDemoData(db);
    const html = renderOfflinePage(db.$client, new Date('2026-12-01T03:00:00Z'));
    expect(html).toContain('Nothing you just sent was stored');
    expect(html).toContain('as last known (2026-12-01 03:00 UTC)');
    const all = db.select().from(cities).all();
    expect(all.length).toBeGreaterThan(1);
    for (const city of all) {
      expect(html).toContain(`<h2>${city.name} (${city.country})</h2>`);
      expect(html).toContain(`href="mailto:${city.deskEmail}"`);
      expect(html).toContain(formatInternational(city.dutyPhone));
    }
  });

  it('escapes what staff typed', () => {
    const db = openDatabase(':memory:');
    db.insert(cities)
      .values({
        slug: 'x',
        name: '<script>alert(1)</script>',
        country: 'CH',
        timeZone: 'Europe/Zurich',
        deskEmail: 'a@b.ch',
        dutyPhone: '+41445551234',
      })
      .run();
    const html = renderOfflinePage(db.$client);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
