import { eq, inArray } from 'drizzle-orm';
import { diffSnapshots } from '@/lib/audit-diff';
import { canManageDirectory, type Actor } from '@/lib/auth/rules';
import { formatInternational } from '@/lib/directory/phone';
import { toDirectoryKind, type ParsedRelease, type ReleaseContact } from '@/lib/release-import';
import type { ImportInput } from '@/lib/release-import/import-form';
import { normaliseName, slugify, uniqueSlug } from '@/lib/slug';
import { writeAudit } from './audit';
import { freeContactSlug, insertPendingContact, NotAllowedError } from './contacts';
import { writeTransaction, type Db } from '..';
import { insertDraftRelease } from './releases';
import { cities, contactPhones, contacts, releaseContacts, releaseDatelines, releases } from '../schema';

export type ContactMatch = {
  parsed: ReleaseContact;
  /** An existing contact, and what identified it */
  match: { id: number; slug: string; fullName: string; by: 'phone' | 'e-mail' | 'name' } | null;
  /** The city the contact is filed under: the parsed label when Pressline knows it */
  cityId: number | null;
};

/** Finds the people Pressline already knows: by phone first, then e-mail, then exact name (accents and case aside). */
export function matchImportedContacts(db: Db, parsed: ParsedRelease): ContactMatch[] {
  const allCities = db.select({ id: cities.id, name: cities.name }).from(cities).all();
  const cityByName = new Map(allCities.map((c) => [normaliseName(c.name), c.id]));
  const people = db
    .select({ id: contacts.id, slug: contacts.slug, fullName: contacts.fullName, email: contacts.email })
    .from(contacts)
    .all();
  const byName = new Map(people.map((p) => [normaliseName(p.fullName), p]));
  const byEmail = new Map(people.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p]));
  const e164s = parsed.contacts.flatMap((c) => c.phones.map((p) => p.e164).filter((x): x is string => Boolean(x)));
  const phoneOwners = e164s.length
    ? db
        .select({ e164: contactPhones.e164, contactId: contactPhones.contactId })
        .from(contactPhones)
        .where(inArray(contactPhones.e164, e164s))
        .all()
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return parsed.contacts.map((c) => {
    const cityId = c.city ? (cityByName.get(normaliseName(c.city)) ?? null) : null;
    const phoneOwner = c.phones.map((p) => phoneOwners.find((o) => o.e164 === p.e164)).find(Boolean);
    if (phoneOwner) return { parsed: c, match: { ...pick(byId.get(phoneOwner.contactId)!), by: 'phone' }, cityId };
    const mailOwner = c.emails.map((e) => byEmail.get(e.toLowerCase())).find(Boolean);
    if (mailOwner) return { parsed: c, match: { ...pick(mailOwner), by: 'e-mail' }, cityId };
    const named = c.name ? byName.get(normaliseName(c.name)) : undefined;
    if (named) return { parsed: c, match: { ...pick(named), by: 'name' }, cityId };
    return { parsed: c, match: null, cityId };
  });
}

const pick = (p: { id: number; slug: string; fullName: string }) => ({ id: p.id, slug: p.slug, fullName: p.fullName });

export type SavedImport = { releaseId: number; slug: string; linked: string[]; created: string[]; warnings: string[] };

/**
 * Stores a parsed release as a draft: matched contacts are linked under their city
 * label, new people are created inactive (an admin reviews them before they are public).
 */
export function saveImportedRelease(
  db: Db,
  parsed: ParsedRelease,
  {
    body,
    about = '',
    summary = '',
    language = 'en',
  }: { body: string; about?: string; summary?: string; language?: string | null },
): SavedImport {
  const matches = matchImportedContacts(db, parsed);
  return writeTransaction(db, (tx) => {
    const warnings = [...parsed.warnings];
    const title = parsed.title ?? 'Imported release (untitled)';
    const slug = uniqueSlug(slugify(title), (s) =>
      Boolean(tx.select({ id: releases.id }).from(releases).where(eq(releases.slug, s)).get()),
    );
    const [release] = tx
      .insert(releases)
      .values({
        slug,
        title,
        publishedOn: parsed.date ?? new Date().toISOString().slice(0, 10),
        status: 'draft',
        summary,
        body,
        about,
        language: language ?? 'en',
      })
      .returning({ id: releases.id })
      .all();
    const releaseId = release!.id;
    const allCities = tx.select().from(cities).all();
    const cityFor = (name: string) => allCities.find((c) => normaliseName(c.name) === normaliseName(name)) ?? null;
    if (parsed.dateline.length) {
      tx.insert(releaseDatelines)
        .values(
          parsed.dateline.map((place, position) => ({
            releaseId,
            position,
            place,
            cityId: cityFor(place)?.id ?? null,
          })),
        )
        .run();
    }
    const fallbackCity = parsed.dateline.map(cityFor).find(Boolean) ?? allCities[0];
    const linked: string[] = [];
    const created: string[] = [];
    const seen = new Set<number>();
    let position = 0;
    for (const m of matches) {
      let contactId = m.match?.id;
      if (!contactId) {
        if (!m.parsed.name) {
          warnings.push(
            `Skipped a desk with no person (${[m.parsed.city, ...m.parsed.emails, ...m.parsed.phones.map((p) => p.raw)].filter(Boolean).join(', ')}): add it to the city's press desk if needed.`,
          );
          continue;
        }
        const city = m.cityId ? allCities.find((c) => c.id === m.cityId)! : fallbackCity;
        if (!city) {
          warnings.push(`No city in Pressline to file ${m.parsed.name} under: add the city first.`);
          continue;
        }
        if (!m.cityId)
          warnings.push(
            `${m.parsed.name}: city "${m.parsed.city ?? 'none'}" is not in Pressline; filed under ${city.name} for review.`,
          );
        const contactSlug = freeContactSlug(tx, m.parsed.name);
        const [row] = tx
          .insert(contacts)
          .values({
            slug: contactSlug,
            fullName: m.parsed.name,
            role: m.parsed.role ?? '',
            cityId: city.id,
            email: m.parsed.emails[0] ?? null,
            bio: m.parsed.notes.join('; '),
            active: false,
          })
          .returning({ id: contacts.id })
          .all();
        contactId = row!.id;
        const phones = m.parsed.phones.filter((p) => p.e164);
        if (phones.length) {
          tx.insert(contactPhones)
            .values(
              phones.map((p, i) => ({
                contactId: contactId!,
                kind: toDirectoryKind(p.kind) ?? 'office',
                e164: p.e164!,
                position: i,
              })),
            )
            .run();
        }
        created.push(m.parsed.name);
      } else {
        linked.push(m.match!.fullName);
      }
      if (seen.has(contactId)) continue;
      seen.add(contactId);
      const label = m.parsed.city ?? parsed.dateline[0] ?? 'Contacts';
      tx.insert(releaseContacts).values({ releaseId, contactId, cityLabel: label, position: position++ }).run();
    }
    return { releaseId, slug, linked, created, warnings };
  });
}

export type SavedReviewedImport = {
  slug: string;
  created: { slug: string; fullName: string }[];
  /** Cities created with the import, and the public paths that now list them */
  createdCities: string[];
  paths: string[];
};

/**
 * Stores the reviewed import in one transaction: the people the admin kept as new are created
 * inactive ("awaiting review": no successor, never public) with their numbers, then the draft
 * release lists everyone in the reviewed order. A draft touches no public page.
 */
export function saveReviewedImport(db: Db, actor: Actor, input: ImportInput, now = new Date()): SavedReviewedImport {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not import releases`);
  return writeTransaction(db, (tx) => {
    const allCities = tx.select({ id: cities.id, name: cities.name }).from(cities).all();
    // Cities first, so the new people and the dateline can point at them; audited as the city form's are.
    const newCityIds: number[] = [];
    const createdCities: string[] = [];
    const paths: string[] = [];
    for (const city of input.newCities) {
      const slug = uniqueSlug(slugify(city.name), (s) =>
        Boolean(tx.select({ id: cities.id }).from(cities).where(eq(cities.slug, s)).get()),
      );
      const [made] = tx
        .insert(cities)
        .values({ slug, ...city, createdAt: now, updatedAt: now })
        .returning({ id: cities.id })
        .all();
      const snapshot = {
        name: city.name,
        country: city.country,
        timeZone: city.timeZone,
        deskEmail: city.deskEmail,
        dutyPhone: city.dutyPhone,
      };
      writeAudit(tx, actor, 'city', made!.id, city.name, diffSnapshots({}, snapshot), now);
      newCityIds.push(made!.id);
      allCities.push({ id: made!.id, name: city.name });
      createdCities.push(city.name);
      // Home lists cities; the city's own page would be a cached 404 until now.
      paths.push('/', `/cities/${slug}`);
    }
    const created: SavedReviewedImport['created'] = [];
    const listed: { contactId: number; cityLabel: string }[] = [];
    for (const row of input.rows) {
      if (row.contactId !== undefined) {
        listed.push({ contactId: row.contactId, cityLabel: row.cityLabel });
        continue;
      }
      const p = row.create;
      const cityId = p.newCity !== null ? newCityIds[p.newCity] : p.cityId;
      const city = allCities.find((c) => c.id === cityId);
      if (!city) throw new NotAllowedError(`No city ${cityId ?? `new #${p.newCity}`}`);
      const made = insertPendingContact(tx, p, city.id, now);
      writeAudit(
        tx,
        actor,
        'contact',
        made.id,
        p.fullName,
        diffSnapshots(
          {},
          {
            fullName: p.fullName,
            organisation: p.organisation,
            role: p.role,
            city: city.name,
            email: p.email,
            phones: p.phones.map((x) => formatInternational(x.e164)).join(', '),
            status: 'awaiting review (imported)',
          },
        ),
        now,
      );
      created.push({ slug: made.slug, fullName: p.fullName });
      listed.push({ contactId: made.id, cityLabel: row.cityLabel || city.name });
    }
    const release = insertDraftRelease(tx, actor, { ...input.release, contacts: listed }, now);
    return { slug: release.slug, created, createdCities, paths: [...new Set(paths)] };
  });
}
