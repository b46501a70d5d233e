import { relations, sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

const timestamps = {
  createdAt: integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
};

export const cities = sqliteTable('cities', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** The city's own name when it differs (Genève, Москва), so search finds it either way */
  localName: text('local_name'),
  /** ISO 3166-1 alpha-2 */
  country: text('country').notNull(),
  /** IANA time zone, e.g. Europe/Zurich */
  timeZone: text('time_zone').notNull(),
  deskEmail: text('desk_email').notNull(),
  /** E.164; shown when nobody in the city is available */
  dutyPhone: text('duty_phone').notNull(),
  ...timestamps,
});

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    fullName: text('full_name').notNull(),
    /** The name in its own script (Аюна Батоева), when it differs */
    localName: text('local_name'),
    role: text('role').notNull().default(''),
    organisation: text('organisation').notNull().default(''),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
    email: text('email'),
    bio: text('bio').notNull().default(''),
    onLeave: integer('on_leave', { mode: 'boolean' }).notNull().default(false),
    /** YYYY-MM-DD, in the city's calendar */
    leaveReturnsOn: text('leave_returns_on'),
    delegateId: integer('delegate_id').references((): AnySQLiteColumn => contacts.id, {
      onDelete: 'set null',
    }),
    /** Set when a contact leaves: releases keep the name but dial the successor. */
    successorId: integer('successor_id').references((): AnySQLiteColumn => contacts.id, {
      onDelete: 'set null',
    }),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps,
  },
  (t) => [index('contacts_city_idx').on(t.cityId, t.active, t.fullName)],
);

export const contactLanguages = sqliteTable(
  'contact_languages',
  {
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /** BCP 47 tag, e.g. "ru", "fr-CH" */
    tag: text('tag').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.tag] })],
);

export const contactPhones = sqliteTable(
  'contact_phones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['mobile', 'office', 'duty', 'whatsapp', 'signal', 'fax'] }).notNull(),
    e164: text('e164').notNull(),
    extension: text('extension'),
    position: integer('position').notNull(),
  },
  (t) => [index('contact_phones_contact_idx').on(t.contactId, t.position), index('contact_phones_e164_idx').on(t.e164)],
);

/** Weekly hours in the city's time zone; minutes from local midnight. */
export const contactHours = sqliteTable(
  'contact_hours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /** ISO weekday: 1 = Monday … 7 = Sunday */
    weekday: integer('weekday').notNull(),
    startMinute: integer('start_minute').notNull(),
    endMinute: integer('end_minute').notNull(),
  },
  (t) => [index('contact_hours_contact_idx').on(t.contactId, t.weekday)],
);

/**
 * Language names for search only: SQLite triggers fill the search index and cannot call Intl,
 * so "French", "français" and "fr" are looked up here. Filled by a migration.
 */
export const languageNames = sqliteTable('language_names', {
  /** Primary subtag, lower case: "fr" for "fr-CH" */
  code: text('code').primaryKey(),
  /** English name and the language's own name: "French français" */
  names: text('names').notNull(),
});

export const releases = sqliteTable(
  'releases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    /** YYYY-MM-DD as printed in the dateline */
    publishedOn: text('published_on').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown */
    body: text('body').notNull().default(''),
    status: text('status', { enum: ['draft', 'published'] }).notNull().default('draft'),
    ...timestamps,
  },
  (t) => [index('releases_status_date_idx').on(t.status, t.publishedOn)],
);

/** The places a release is datelined from, in printed order ("Moscow/Geneva"). */
export const releaseDatelines = sqliteTable(
  'release_datelines',
  {
    releaseId: integer('release_id')
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    place: text('place').notNull(),
    cityId: integer('city_id').references(() => cities.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.position] }), index('release_datelines_city_idx').on(t.cityId)],
);

/** The "For more information … In Moscow: …" block: who is listed, under which label, in what order. */
export const releaseContacts = sqliteTable(
  'release_contacts',
  {
    releaseId: integer('release_id')
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id),
    cityLabel: text('city_label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.releaseId, t.contactId] }),
    index('release_contacts_contact_idx').on(t.contactId),
    uniqueIndex('release_contacts_order_idx').on(t.releaseId, t.position),
  ],
);

export type City = typeof cities.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type ContactPhone = typeof contactPhones.$inferSelect;
export type ContactHours = typeof contactHours.$inferSelect;
export type Release = typeof releases.$inferSelect;

export const citiesRelations = relations(cities, ({ many }) => ({
  contacts: many(contacts),
}));

export const contactsRelations = relations(contacts, ({ one, many }) => ({
  city: one(cities, { fields: [contacts.cityId], references: [cities.id] }),
  delegate: one(contacts, { fields: [contacts.delegateId], references: [contacts.id], relationName: 'delegate' }),
  successor: one(contacts, { fields: [contacts.successorId], references: [contacts.id], relationName: 'successor' }),
  phones: many(contactPhones),
  languages: many(contactLanguages),
  hours: many(contactHours),
  releaseLinks: many(releaseContacts),
}));

export const contactPhonesRelations = relations(contactPhones, ({ one }) => ({
  contact: one(contacts, { fields: [contactPhones.contactId], references: [contacts.id] }),
}));

export const contactLanguagesRelations = relations(contactLanguages, ({ one }) => ({
  contact: one(contacts, { fields: [contactLanguages.contactId], references: [contacts.id] }),
}));

export const contactHoursRelations = relations(contactHours, ({ one }) => ({
  contact: one(contacts, { fields: [contactHours.contactId], references: [contacts.id] }),
}));

export const releasesRelations = relations(releases, ({ many }) => ({
  datelines: many(releaseDatelines),
  contactLinks: many(releaseContacts),
}));

export const releaseDatelinesRelations = relations(releaseDatelines, ({ one }) => ({
  release: one(releases, { fields: [releaseDatelines.releaseId], references: [releases.id] }),
  city: one(cities, { fields: [releaseDatelines.cityId], references: [cities.id] }),
}));

export const releaseContactsRelations = relations(releaseContacts, ({ one }) => ({
  release: one(releases, { fields: [releaseContacts.releaseId], references: [releases.id] }),
  contact: one(contacts, { fields: [releaseContacts.contactId], references: [contacts.id] }),
}));
