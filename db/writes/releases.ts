import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { diffSnapshots, type Snapshot } from '@/lib/audit-diff';
import { canManageDirectory, type Actor } from '@/lib/auth/rules';
import type { ReleaseInput } from '@/lib/releases/release-form';
import { slugify, uniqueSlug } from '@/lib/slug';
import { writeAudit, type Tx } from './audit';
import { NotAllowedError } from './contacts';
import { writeTransaction, type Db } from '..';
import { cities, contacts, releaseContacts, releaseDatelines, releases } from '../schema';

/** A release may not go public while it lists imported people nobody has reviewed yet. */
export class AwaitingReviewError extends Error {
  constructor(readonly names: string[]) {
    super(`Awaiting review: ${names.join(', ')}`);
  }
}

function refuseUnreviewed(tx: Tx, input: ReleaseInput) {
  const ids = input.contacts.map((c) => c.contactId);
  const waiting = ids.length
    ? tx
        .select({ fullName: contacts.fullName })
        .from(contacts)
        .where(and(inArray(contacts.id, ids), eq(contacts.active, false), isNull(contacts.successorId)))
        .all()
    : [];
  if (waiting.length) throw new AwaitingReviewError(waiting.map((w) => w.fullName));
}

export function loadReleaseInput(
  db: Db | Tx,
  releaseId: number,
): (ReleaseInput & { slug: string; status: 'draft' | 'published' }) | null {
  const r = db.select().from(releases).where(eq(releases.id, releaseId)).get();
  if (!r) return null;
  return {
    slug: r.slug,
    status: r.status,
    title: r.title,
    publishedOn: r.publishedOn,
    summary: r.summary,
    body: r.body,
    about: r.about,
    language: r.language,
    translationOf: translationOf(db, r.id, r.translationGroup),
    dateline: db
      .select()
      .from(releaseDatelines)
      .where(eq(releaseDatelines.releaseId, releaseId))
      .orderBy(asc(releaseDatelines.position))
      .all()
      .map((d) => d.place),
    contacts: db
      .select({ contactId: releaseContacts.contactId, cityLabel: releaseContacts.cityLabel })
      .from(releaseContacts)
      .where(eq(releaseContacts.releaseId, releaseId))
      .orderBy(asc(releaseContacts.position))
      .all(),
  };
}

function snapshot(db: Db | Tx, r: ReleaseInput & { status?: string }): Snapshot {
  const ids = r.contacts.map((c) => c.contactId);
  const names = new Map(
    ids.length
      ? db
          .select({ id: contacts.id, name: contacts.fullName })
          .from(contacts)
          .where(inArray(contacts.id, ids))
          .all()
          .map((c) => [c.id, c.name])
      : [],
  );
  return {
    title: r.title,
    publishedOn: r.publishedOn,
    dateline: r.dateline.join('/'),
    summary: r.summary,
    body: r.body,
    about: r.about ?? '',
    contacts: r.contacts.map((c) => `${c.cityLabel}: ${names.get(c.contactId) ?? c.contactId}`).join('; '),
    language: r.language ?? null,
    translationOf: r.translationOf
      ? (db.select({ title: releases.title }).from(releases).where(eq(releases.id, r.translationOf)).get()?.title ??
        String(r.translationOf))
      : null,
    status: r.status ?? null,
  };
}

/** The release a group member is shown as a translation of: the group's first other release; null outside a group. */
function translationOf(db: Db | Tx, releaseId: number, group: number | null): number | null {
  if (group === null) return null;
  return (
    db
      .select({ id: releases.id })
      .from(releases)
      .where(and(eq(releases.translationGroup, group), ne(releases.id, releaseId)))
      .orderBy(asc(releases.id))
      .get()?.id ?? null
  );
}

function groupOf(db: Db | Tx, releaseId: number): number | null {
  return db.select({ g: releases.translationGroup }).from(releases).where(eq(releases.id, releaseId)).get()?.g ?? null;
}

/** The slugs of every release in a group; none outside a group. */
function groupSlugs(db: Db | Tx, group: number | null): string[] {
  if (group === null) return [];
  return db
    .select({ slug: releases.slug })
    .from(releases)
    .where(eq(releases.translationGroup, group))
    .all()
    .map((r) => r.slug);
}

/**
 * Keeps a group's number the id of its first member, and drops a group of one: a release that leaves
 * never takes the number with it, and a new group's number can never be an existing group's.
 */
function normaliseGroup(tx: Tx, group: number) {
  const ids = tx
    .select({ id: releases.id })
    .from(releases)
    .where(eq(releases.translationGroup, group))
    .orderBy(asc(releases.id))
    .all()
    .map((r) => r.id);
  const next = ids.length > 1 ? ids[0]! : null;
  if (next !== group) tx.update(releases).set({ translationGroup: next }).where(inArray(releases.id, ids)).run();
}

/**
 * Links `releaseId` as a translation of `targetId` (it joins the target's group, or starts one with it), or
 * with null takes it out of its group. Returns the public paths of every release in the groups before and after.
 */
function linkTranslation(tx: Tx, releaseId: number, targetId: number | null): string[] {
  const before = groupOf(tx, releaseId);
  const paths = groupSlugs(tx, before);
  if (before !== null) {
    tx.update(releases).set({ translationGroup: null }).where(eq(releases.id, releaseId)).run();
    normaliseGroup(tx, before);
  }
  if (targetId !== null) {
    const target = groupOf(tx, targetId);
    const group = target ?? Math.min(targetId, releaseId);
    tx.update(releases)
      .set({ translationGroup: group })
      .where(inArray(releases.id, [releaseId, targetId]))
      .run();
    normaliseGroup(tx, group);
    paths.push(...groupSlugs(tx, groupOf(tx, releaseId)));
  }
  return [...new Set(paths)].map((slug) => `/releases/${slug}`);
}

/** The edited release's new link, normalised: another member of its own group is no change. */
function settledTranslationOf(
  tx: Tx,
  releaseId: number,
  before: number | null,
  asked: number | null | undefined,
): number | null {
  if (asked === undefined) return before;
  if (asked === null || before === null) return asked;
  const group = groupOf(tx, releaseId);
  return group !== null && groupOf(tx, asked) === group ? before : asked;
}

/** Home, the release, its dateline cities, every listed contact's pages (before and after). */
function releasePaths(db: Db | Tx, slug: string, before: ReleaseInput | null, after: ReleaseInput): string[] {
  const contactIds = [...new Set([...(before?.contacts ?? []), ...after.contacts].map((c) => c.contactId))];
  const places = [...new Set([...(before?.dateline ?? []), ...after.dateline])];
  const citySlugs = places.length
    ? db
        .select({ slug: cities.slug })
        .from(cities)
        .where(inArray(cities.name, places))
        .all()
        .map((c) => `/cities/${c.slug}`)
    : [];
  const people = contactIds.length
    ? db
        .select({ slug: contacts.slug })
        .from(contacts)
        .where(inArray(contacts.id, contactIds))
        .all()
        .map((c) => `/contacts/${c.slug}`)
    : [];
  return ['/', `/releases/${slug}`, ...citySlugs, ...people];
}

function writeParts(tx: Tx, releaseId: number, input: ReleaseInput) {
  const cityIds = new Map(
    tx
      .select({ id: cities.id, name: cities.name })
      .from(cities)
      .all()
      .map((c) => [c.name.toLowerCase(), c.id]),
  );
  tx.delete(releaseDatelines).where(eq(releaseDatelines.releaseId, releaseId)).run();
  if (input.dateline.length)
    tx.insert(releaseDatelines)
      .values(
        input.dateline.map((place, position) => ({
          releaseId,
          position,
          place,
          cityId: cityIds.get(place.toLowerCase()) ?? null,
        })),
      )
      .run();
  tx.delete(releaseContacts).where(eq(releaseContacts.releaseId, releaseId)).run();
  if (input.contacts.length)
    tx.insert(releaseContacts)
      .values(input.contacts.map((c, position) => ({ releaseId, ...c, position })))
      .run();
}

export function createRelease(db: Db, actor: Actor, input: ReleaseInput, now = new Date()) {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not create releases`);
  return writeTransaction(db, (tx) => insertDraftRelease(tx, actor, input, now));
}

/** A new draft inside the caller's transaction (the caller checked the actor may manage releases). */
export function insertDraftRelease(tx: Tx, actor: Actor, input: ReleaseInput, now: Date) {
  const slug = uniqueSlug(
    slugify(input.title),
    (s) => !!tx.select({ id: releases.id }).from(releases).where(eq(releases.slug, s)).get(),
  );
  const [row] = tx
    .insert(releases)
    .values({
      slug,
      title: input.title,
      publishedOn: input.publishedOn,
      summary: input.summary,
      body: input.body,
      about: input.about ?? '',
      language: input.language ?? 'en',
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: releases.id })
    .all();
  writeParts(tx, row!.id, input);
  // A draft is on no public page, but the releases it joins show it in "Also in" once it is published.
  const paths = input.translationOf ? linkTranslation(tx, row!.id, input.translationOf) : [];
  writeAudit(
    tx,
    actor,
    'release',
    row!.id,
    input.title,
    diffSnapshots({}, snapshot(tx, { ...input, language: input.language ?? 'en', status: 'draft' })),
    now,
  );
  return { id: row!.id, slug, paths: paths.filter((p) => p !== `/releases/${slug}`) };
}

export function updateRelease(db: Db, actor: Actor, releaseId: number, edited: ReleaseInput, now = new Date()) {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not edit releases`);
  return writeTransaction(db, (tx) => {
    const before = loadReleaseInput(tx, releaseId);
    if (!before) throw new NotAllowedError(`No release ${releaseId}`);
    // What a caller does not send (absent, not blank): About note, language, link; each is left as it was.
    const input = {
      ...edited,
      about: edited.about ?? before.about,
      language: edited.language ?? before.language,
      translationOf: settledTranslationOf(tx, releaseId, before.translationOf ?? null, edited.translationOf),
    };
    const changes = diffSnapshots(snapshot(tx, before), snapshot(tx, { ...input, status: before.status }));
    if (changes.length === 0) return { slug: before.slug, changes, paths: [] as string[] };
    if (before.status === 'published') refuseUnreviewed(tx, input);
    tx.update(releases)
      .set({
        title: input.title,
        publishedOn: input.publishedOn,
        summary: input.summary,
        body: input.body,
        about: input.about,
        language: input.language,
        updatedAt: now,
      })
      .where(eq(releases.id, releaseId))
      .run();
    writeParts(tx, releaseId, input);
    // Every release of the group shows this one's language and title in "Also in".
    const group =
      input.translationOf !== before.translationOf
        ? linkTranslation(tx, releaseId, input.translationOf)
        : groupSlugs(tx, groupOf(tx, releaseId)).map((slug) => `/releases/${slug}`);
    writeAudit(tx, actor, 'release', releaseId, input.title, changes, now);
    const paths = [...new Set([...releasePaths(tx, before.slug, before, input), ...group])];
    return { slug: before.slug, changes, paths };
  });
}

export function setReleaseStatus(
  db: Db,
  actor: Actor,
  releaseId: number,
  status: 'draft' | 'published',
  now = new Date(),
) {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not publish releases`);
  return writeTransaction(db, (tx) => {
    const before = loadReleaseInput(tx, releaseId);
    if (!before) throw new NotAllowedError(`No release ${releaseId}`);
    if (before.status === status) return { slug: before.slug, paths: [] as string[] };
    if (status === 'published') refuseUnreviewed(tx, before);
    tx.update(releases).set({ status, updatedAt: now }).where(eq(releases.id, releaseId)).run();
    writeAudit(
      tx,
      actor,
      'release',
      releaseId,
      before.title,
      [{ field: 'status', oldValue: before.status, newValue: status }],
      now,
    );
    const group = groupSlugs(tx, groupOf(tx, releaseId)).map((slug) => `/releases/${slug}`);
    return { slug: before.slug, paths: [...new Set([...releasePaths(tx, before.slug, null, before), ...group])] };
  });
}
