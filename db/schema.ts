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

/** A city's name in each language Pressline is read in (Москва, Moscou); English is `cities.name`. */
export const cityNames = sqliteTable(
  'city_names',
  {
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id, { onDelete: 'cascade' }),
    /** A locale of lib/i18n/locales.ts other than English: "ru", "fr" */
    locale: text('locale').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cityId, t.locale] })],
);

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

/** An officer's role and short bio in another language; English is `contacts.role` and `contacts.bio`. */
export const contactTranslations = sqliteTable(
  'contact_translations',
  {
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /** A locale of lib/i18n/locales.ts other than English */
    locale: text('locale').notNull(),
    role: text('role').notNull().default(''),
    bio: text('bio').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.locale] })],
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
    /** The release's boilerplate ("About the IFRC…", "Notes to editors"), kept apart from the story; plain text */
    about: text('about').notNull().default(''),
    /** The language the release is written in: a BCP 47 primary subtag ("en", "ru", "fr", "de") */
    language: text('language').notNull().default('en'),
    /** Releases with the same group are translations of one another (the id of the group's first release) */
    translationGroup: integer('translation_group'),
    status: text('status', { enum: ['draft', 'published'] })
      .notNull()
      .default('draft'),
    ...timestamps,
  },
  (t) => [
    index('releases_status_date_idx').on(t.status, t.publishedOn),
    index('releases_translation_group_idx').on(t.translationGroup),
    // Counts the list's entries (one per group) from the index alone: decision 0094.
    index('releases_status_group_idx').on(t.status, t.translationGroup),
  ],
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

/** better-auth's tables (its drizzle adapter with usePlural), plus our role and contact link on users. */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull().unique(),
    emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
    image: text('image'),
    role: text('role', { enum: ['admin', 'officer'] })
      .notNull()
      .default('officer'),
    /** The contact an officer speaks for; an officer may edit only this one. */
    contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    /** The IANA zone staff pages show times in; null: the zone of their contact's city, else UTC. */
    timeZone: text('time_zone'),
    ...timestamps,
  },
  (t) => [index('users_contact_idx').on(t.contactId)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    token: text('token').notNull().unique(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
    scope: text('scope'),
    /** scrypt hash written by better-auth */
    password: text('password'),
    ...timestamps,
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);

export const verifications = sqliteTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    ...timestamps,
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

/** Failed sign-ins per key ("account:<e-mail>", "client:<address>") in the current window. */
export const signInAttempts = sqliteTable('sign_in_attempts', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  failures: integer('failures').notNull(),
});

/** One row per changed field: who changed what, when, from what to what. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** The actor's e-mail at the time, kept when the account goes */
    actorEmail: text('actor_email').notNull(),
    entity: text('entity', { enum: ['contact', 'city', 'release', 'request', 'user'] }).notNull(),
    entityId: integer('entity_id').notNull(),
    /** What the entity was called at the time, for reading the log */
    entityLabel: text('entity_label').notNull(),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.at),
    index('audit_log_actor_idx').on(t.actorId, t.at),
  ],
);

export type City = typeof cities.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type ContactPhone = typeof contactPhones.$inferSelect;
export type ContactHours = typeof contactHours.$inferSelect;
export type Release = typeof releases.$inferSelect;
export type User = typeof users.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;

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

export const REQUEST_FORMATS = ['phone', 'video', 'in-person', 'written'] as const;
// 'cancelled': by the journalist, from their status link, before the request was scheduled.
export const REQUEST_STATUSES = ['new', 'acknowledged', 'scheduled', 'done', 'declined', 'cancelled'] as const;

/** An interview request from a journalist. Personal data: visible to signed-in staff only. */
export const interviewRequests = sqliteTable(
  'interview_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Human reference, e.g. PL-2026-000123 */
    reference: text('reference').unique(),
    /** SHA-256 of the journalist's status-link token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    /**
     * The same token sealed with AES-256-GCM under a key derived from BETTER_AUTH_SECRET
     * (lib/requests/status-link.ts), so later e-mails can carry the link; null for older requests.
     */
    statusTokenSealed: text('status_token_sealed'),
    /** Who it was addressed to on the page: one spokesperson, a city's press office, or a release's contacts */
    target: text('target', { enum: ['contact', 'city', 'release'] }).notNull(),
    contactId: integer('contact_id').references(() => contacts.id),
    cityId: integer('city_id').references(() => cities.id),
    releaseId: integer('release_id').references(() => releases.id),
    journalistName: text('journalist_name').notNull(),
    outlet: text('outlet').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    deadlineAt: integer('deadline_at', { mode: 'timestamp_ms' }).notNull(),
    /** The IANA zone the journalist entered the deadline in */
    deadlineTimeZone: text('deadline_time_zone').notNull(),
    topic: text('topic').notNull(),
    questions: text('questions').notNull().default(''),
    format: text('format', { enum: REQUEST_FORMATS }).notNull(),
    language: text('language').notNull(),
    /** The language of the page the journalist wrote from (lib/i18n/locales.ts): their e-mails and status page */
    locale: text('locale').notNull().default('en'),
    onRecord: integer('on_record', { mode: 'boolean' }).notNull(),
    wishedInterviewee: text('wished_interviewee'),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('new'),
    ...timestamps,
  },
  (t) => [
    index('interview_requests_contact_idx').on(t.contactId, t.createdAt),
    index('interview_requests_city_idx').on(t.cityId, t.createdAt),
    index('interview_requests_created_idx').on(t.createdAt),
    // What needs an officer now (db/queries/needs-me.ts) and the deadline-reminder sweep (db/ops/deadline-reminders.ts)
    index('interview_requests_status_deadline_idx').on(t.status, t.deadlineAt),
  ],
);

/** Everyone a request is addressed to (one contact, or all contacts listed on a release). */
export const interviewRequestAddressees = sqliteTable(
  'interview_request_addressees',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => interviewRequests.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.contactId] }),
    index('interview_request_addressees_contact_idx').on(t.contactId),
  ],
);

/** The history a journalist sees on the status page. */
export const interviewRequestEvents = sqliteTable(
  'interview_request_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => interviewRequests.id, { onDelete: 'cascade' }),
    status: text('status', { enum: REQUEST_STATUSES }).notNull(),
    /** Shown to the journalist */
    message: text('message').notNull().default(''),
    at: integer('at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('interview_request_events_request_idx').on(t.requestId, t.at)],
);

/**
 * E-mails waiting to be sent. Written in the same transaction as what caused them;
 * a message is marked sent only after the SMTP server accepted it, and never dropped.
 */
export const outboxMessages = sqliteTable(
  'outbox_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** The journalist's address on staff notifications, so replying reaches them; From stays Pressline's. */
    replyTo: text('reply_to'),
    /** An iCalendar object (METHOD:REQUEST or CANCEL) sent as a text/calendar alternative and an .ics file. */
    calendar: text('calendar'),
    requestId: integer('request_id').references(() => interviewRequests.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'sent'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    lastError: text('last_error'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('outbox_messages_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_messages_request_idx').on(t.requestId),
  ],
);

/** One row per counted action; survives restarts. */
export const rateLimitHits = sqliteTable(
  'rate_limit_hits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('rate_limit_hits_key_idx').on(t.key, t.at)],
);

export type InterviewRequest = typeof interviewRequests.$inferSelect;
export type OutboxMessage = typeof outboxMessages.$inferSelect;

export const interviewRequestsRelations = relations(interviewRequests, ({ one, many }) => ({
  contact: one(contacts, { fields: [interviewRequests.contactId], references: [contacts.id] }),
  city: one(cities, { fields: [interviewRequests.cityId], references: [cities.id] }),
  release: one(releases, { fields: [interviewRequests.releaseId], references: [releases.id] }),
  addressees: many(interviewRequestAddressees),
  events: many(interviewRequestEvents),
}));

export const interviewRequestAddresseesRelations = relations(interviewRequestAddressees, ({ one }) => ({
  request: one(interviewRequests, {
    fields: [interviewRequestAddressees.requestId],
    references: [interviewRequests.id],
  }),
  contact: one(contacts, { fields: [interviewRequestAddressees.contactId], references: [contacts.id] }),
}));

export const interviewRequestEventsRelations = relations(interviewRequestEvents, ({ one }) => ({
  request: one(interviewRequests, { fields: [interviewRequestEvents.requestId], references: [interviewRequests.id] }),
}));

/** One freshness reminder per contact, per confirmation, per overdue period: never one each start. */
export const freshnessReminders = sqliteTable(
  'freshness_reminders',
  {
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /** The confirmedAt this reminder is about, in ms (0: never confirmed) */
    confirmedAt: integer('confirmed_at').notNull(),
    /** 1 for the first 90 days overdue, 2 for the next… */
    period: integer('period').notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.confirmedAt, t.period] })],
);

/** Which colleague handles an interview request; absent until someone is assigned. */
export const requestAssignments = sqliteTable('request_assignments', {
  requestId: integer('request_id')
    .primaryKey()
    .references(() => interviewRequests.id, { onDelete: 'cascade' }),
  contactId: integer('contact_id')
    .notNull()
    .references(() => contacts.id),
  assignedBy: text('assigned_by').notNull(),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
});

/** When each staff member first opened a request's page: a request without a row is new to them. */
export const requestReads = sqliteTable(
  'request_reads',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => interviewRequests.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    readAt: integer('read_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.requestId] })],
);

/**
 * The interview a request is scheduled for: one per request, kept when it is cancelled so a new
 * date reuses the calendar event (same UID, higher SEQUENCE) in everyone's calendar.
 */
export const requestInterviews = sqliteTable('request_interviews', {
  requestId: integer('request_id')
    .primaryKey()
    .references(() => interviewRequests.id, { onDelete: 'cascade' }),
  startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
  /** The IANA zone the officer entered the time in */
  timeZone: text('time_zone').notNull(),
  minutes: integer('minutes').notNull(),
  format: text('format', { enum: REQUEST_FORMATS }).notNull(),
  /** Phone number, video link or place, as the invitation's LOCATION */
  location: text('location').notNull(),
  /** The iCalendar UID, fixed at the first scheduling */
  uid: text('uid').notNull().unique(),
  /** The iCalendar SEQUENCE of the last invitation sent: 0, then +1 per reschedule or cancellation */
  sequence: integer('sequence').notNull().default(0),
});

export type RequestInterview = typeof requestInterviews.$inferSelect;

/** Notes staff keep about a request; never shown to the journalist. */
export const requestNotes = sqliteTable(
  'request_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => interviewRequests.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorEmail: text('author_email').notNull(),
    text: text('text').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('request_notes_request_idx').on(t.requestId, t.at)],
);

/**
 * A request sent without JavaScript that was refused (a field to fix, the rate limit): what was
 * typed and why, so the page that shows the form again loses nothing. Kept an hour at most
 * (`sweepRequestDrafts`), reachable only through a random link given to that browser.
 */
export const interviewRequestDrafts = sqliteTable(
  'interview_request_drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SHA-256 of the link's token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    target: text('target', { enum: ['contact', 'city', 'release'] }).notNull(),
    targetId: integer('target_id').notNull(),
    /** The form's refused state: the values as typed and the messages beside them (JSON). */
    state: text('state').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('interview_request_drafts_created_idx').on(t.createdAt)],
);
