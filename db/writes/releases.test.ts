import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '..';
import type { Actor } from '@/lib/auth/rules';
import { countListedReleases, oneVersionPerGroup, releaseTranslations } from '../queries/releases';
import { auditLog, releases } from '../schema';
import { seedDemoData } from '../seed';
import { createRelease, loadReleaseInput, setReleaseStatus, updateRelease } from './releases';

const admin: Actor = { userId: 'admin', email: 'admin@example.org', role: 'admin', contactId: null };
const ROCCA = 'ifrc-president-rocca-meets-president-putin';

function seeded() {
  const db = openDatabase(':memory:');
  seedDemoData(db);
  db.$client
    .prepare("insert into users (id, name, email, role) values ('admin', 'Admin', 'admin@example.org', 'admin')")
    .run();
  const id = (slug: string) => db.select({ id: releases.id }).from(releases).where(eq(releases.slug, slug)).get()!.id;
  const group = (slug: string) =>
    db.select({ g: releases.translationGroup }).from(releases).where(eq(releases.slug, slug)).get()!.g;
  return { db, id, group };
}

const edit = (db: Db, releaseId: number, change: { language?: string; translationOf?: number | null }) =>
  updateRelease(db, admin, releaseId, { ...loadReleaseInput(db, releaseId)!, ...change });

const shown = (db: Db, locale: string, ids: number[]) =>
  db
    .select({ slug: releases.slug })
    .from(releases)
    .where(and(inArray(releases.id, ids), eq(releases.status, 'published'), oneVersionPerGroup(locale)))
    .orderBy(releases.id)
    .all()
    .map((r) => r.slug);

describe('translations of a release', () => {
  it('the demo release is in English, Russian and French, one group numbered by the English', () => {
    const { db, id, group } = seeded();
    expect([group(ROCCA), group(`${ROCCA}-ru`), group(`${ROCCA}-fr`)]).toEqual([id(ROCCA), id(ROCCA), id(ROCCA)]);
    expect(releaseTranslations(id(`${ROCCA}-ru`), group(ROCCA), db).map((t) => [t.language, t.slug])).toEqual([
      ['en', ROCCA],
      ['fr', `${ROCCA}-fr`],
    ]);
    // Lists show one version: the reader's, else the original.
    const all = [id(ROCCA), id(`${ROCCA}-ru`), id(`${ROCCA}-fr`), id('example-cyclone-season-briefing')];
    expect(shown(db, 'en', all)).toEqual([ROCCA, 'example-cyclone-season-briefing']);
    expect(shown(db, 'ru', all)).toEqual([`${ROCCA}-ru`, 'example-cyclone-season-briefing']);
    expect(shown(db, 'de', all)).toEqual([ROCCA, 'example-cyclone-season-briefing']);
    // The count the list pages print agrees with what they list: 15 published rows, 13 entries.
    const listed = (locale: string) =>
      db
        .select({ id: releases.id })
        .from(releases)
        .where(and(eq(releases.status, 'published'), oneVersionPerGroup(locale)))
        .all().length;
    expect([countListedReleases(db), listed('en'), listed('fr')]).toEqual([13, 13, 13]);
  });

  it('links a new draft into a group, and its publication re-renders every version', () => {
    const { db, id, group } = seeded();
    const input = { ...loadReleaseInput(db, id(ROCCA))!, title: 'Rocca se reúne con Putin', language: 'es' };
    const created = createRelease(db, admin, { ...input, translationOf: id(`${ROCCA}-fr`) });
    expect(group('rocca-se-reune-con-putin')).toBe(id(ROCCA));
    expect(db.select().from(releases).where(eq(releases.id, created.id)).get()!.language).toBe('es');
    // A draft is in no "Also in" yet.
    expect(releaseTranslations(id(ROCCA), id(ROCCA), db).map((t) => t.language)).toEqual(['ru', 'fr']);
    const published = setReleaseStatus(db, admin, created.id, 'published');
    expect(published.paths).toEqual(
      expect.arrayContaining([`/releases/${ROCCA}`, `/releases/${ROCCA}-ru`, `/releases/${ROCCA}-fr`]),
    );
    expect(releaseTranslations(id(ROCCA), id(ROCCA), db).map((t) => t.language)).toEqual(['ru', 'fr', 'es']);
  });

  it('unlinks the group’s first release: the others stay together under a number of their own', () => {
    const { db, id, group } = seeded();
    const result = edit(db, id(ROCCA), { translationOf: null });
    expect(group(ROCCA)).toBeNull();
    expect([group(`${ROCCA}-ru`), group(`${ROCCA}-fr`)]).toEqual([id(`${ROCCA}-ru`), id(`${ROCCA}-ru`)]);
    expect(result.paths).toEqual(
      expect.arrayContaining([`/releases/${ROCCA}`, `/releases/${ROCCA}-ru`, `/releases/${ROCCA}-fr`]),
    );
    const audit = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, id(ROCCA)))
      .all();
    expect(audit.map((a) => [a.field, a.oldValue, a.newValue])).toContainEqual([
      'translationOf',
      'Президент МФОКК Франческо Рокка провёл встречу с Президентом России Владимиром Путиным',
      null,
    ]);

    // Two releases outside any group start one, numbered by the first; a group of one is no group.
    const kenya = id('example-flood-preparedness-drill-kenya');
    edit(db, kenya, { language: 'sw', translationOf: id(ROCCA) });
    expect([group(ROCCA), group('example-flood-preparedness-drill-kenya')]).toEqual([id(ROCCA), id(ROCCA)]);
    edit(db, id(`${ROCCA}-fr`), { translationOf: kenya });
    expect(group(`${ROCCA}-ru`)).toBeNull();
    expect(group(`${ROCCA}-fr`)).toBe(id(ROCCA));
  });

  it('choosing another version of its own group changes nothing and logs nothing', () => {
    const { db, id, group } = seeded();
    const result = edit(db, id(`${ROCCA}-ru`), { translationOf: id(`${ROCCA}-fr`) });
    expect(result.changes).toEqual([]);
    expect(group(`${ROCCA}-ru`)).toBe(id(ROCCA));
    const language = edit(db, id(`${ROCCA}-ru`), { language: 'uk' });
    expect(language.changes).toEqual([{ field: 'language', oldValue: 'ru', newValue: 'uk' }]);
  });
});
