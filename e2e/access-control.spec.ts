import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { APIResponse } from '@playwright/test';
import { hasControl } from '../tests/support/html-form';
import { expect, openTestDb, test } from './fixtures';
import { postActionForm, readActionForm, redirectTarget } from './server-action-post';
import { ACTORS, StaffWorld, type ActorName } from './staff-world';

/**
 * Every staff page, Server Action and route handler, tried as each of the four actors, against
 * the rules in lib/auth/rules.ts and lib/auth/staff-session.ts. The tables are the test: a new page,
 * action or route is one row. A refused action must change nothing in the database.
 */

/**
 * What an actor gets: the thing itself, one of the ways of being refused, or `ignored` (the post
 * is answered as a success but the forged field is not stored).
 */
type Outcome = 'allowed' | 'ignored' | 'sign-in' | 'denied' | 'not-found' | { refused: string };
type Expectations = Record<ActorName, Outcome>;

const everyStaff: Expectations = { visitor: 'sign-in', officerA: 'allowed', officerB: 'allowed', admin: 'allowed' };
const adminOnly: Expectations = { visitor: 'sign-in', officerA: 'denied', officerB: 'denied', admin: 'allowed' };
const contactA = (refused: Outcome): Expectations => ({
  visitor: 'sign-in',
  officerA: 'allowed',
  officerB: refused,
  admin: 'allowed',
});

type PageRow = {
  page: string;
  path: (w: StaffWorld) => string;
  heading: (w: StaffWorld) => string;
  expect: Expectations;
};

const PAGES: PageRow[] = [
  { page: '/staff', path: () => '/staff', heading: () => 'Dashboard', expect: everyStaff },
  { page: '/me', path: () => '/me', heading: () => 'My details', expect: everyStaff },
  { page: '/staff/history', path: () => '/staff/history', heading: () => 'History', expect: everyStaff },
  { page: '/requests', path: () => '/requests', heading: () => 'Interview requests', expect: everyStaff },
  {
    page: '/requests/[id] addressed to contact A',
    path: (w) => `/requests/${w.requestToA().id}`,
    heading: (w) => w.requestToA().heading,
    expect: contactA('not-found'),
  },
  { page: '/staff/contacts', path: () => '/staff/contacts', heading: () => 'Contacts', expect: adminOnly },
  { page: '/staff/contacts/new', path: () => '/staff/contacts/new', heading: () => 'Add a contact', expect: adminOnly },
  {
    page: '/staff/contacts/[slug] of contact A',
    path: (w) => `/staff/contacts/${w.contactA.slug}`,
    heading: (w) => w.contactA.fullName,
    expect: adminOnly,
  },
  { page: '/staff/cities', path: () => '/staff/cities', heading: () => 'Cities', expect: adminOnly },
  { page: '/staff/cities/new', path: () => '/staff/cities/new', heading: () => 'Add a city', expect: adminOnly },
  {
    page: '/staff/cities/[slug]',
    path: (w) => `/staff/cities/${w.city().slug}`,
    heading: (w) => w.city().name,
    expect: adminOnly,
  },
  { page: '/staff/releases', path: () => '/staff/releases', heading: () => 'Releases', expect: adminOnly },
  { page: '/staff/releases/new', path: () => '/staff/releases/new', heading: () => 'New release', expect: adminOnly },
  {
    page: '/staff/releases/[slug] (a draft)',
    path: (w) => `/staff/releases/${w.release().slug}`,
    heading: (w) => `E2E release ${w.tag}`,
    expect: adminOnly,
  },
  {
    page: '/staff/releases/import',
    path: () => '/staff/releases/import',
    heading: () => 'Import a release',
    expect: adminOnly,
  },
  {
    page: '/staff/contacts/import',
    path: () => '/staff/contacts/import',
    heading: () => 'Import a contact list',
    expect: adminOnly,
  },
  { page: '/staff/outbox', path: () => '/staff/outbox', heading: () => 'Outbox', expect: adminOnly },
];

const both =
  (...tests: ((form: Element) => boolean)[]) =>
  (form: Element) =>
    tests.every((t) => t(form));
const without = (name: string) => (form: Element) => !hasControl(name)(form);
const hasButton = (text: string) => (form: Element) =>
  DomUtils.findAll((e) => e.name === 'button' && DomUtils.textContent(e).trim() === text, form.children).length > 0;

/** Every row of these tables whose column is `id`, to compare before and after. */
const rowsWhere = (w: StaffWorld, id: number, tables: [table: string, column: string][]) =>
  tables.map(([table, column]) => w.rows(`select * from ${table} where ${column} = ? order by rowid`, id));

/** Everything a contact's edit can touch: its row, phones, hours, languages, accounts and history. */
const contactState = (w: StaffWorld, id: number) => [
  rowsWhere(w, id, [
    ['contacts', 'id'],
    ['contact_phones', 'contact_id'],
    ['contact_hours', 'contact_id'],
    ['contact_languages', 'contact_id'],
    ['users', 'contact_id'],
  ]),
  w.rows("select * from audit_log where entity = 'contact' and entity_id = ?", id),
];
const requestState = (w: StaffWorld, id: number) =>
  rowsWhere(w, id, [
    ['interview_requests', 'id'],
    ['request_assignments', 'request_id'],
    ['request_notes', 'request_id'],
    ['interview_request_events', 'request_id'],
    ['outbox_messages', 'request_id'],
  ]);

type ActionRow = {
  action: string;
  /** A page that shows the form, and someone who can see it */
  form: { path: (w: StaffWorld) => string; as: ActorName; pick: (form: Element) => boolean };
  /** Where each actor posts it: by default the form's own page */
  postTo?: (w: StaffWorld, actor: ActorName) => string;
  /** The fields changed or forged */
  values: (w: StaffWorld) => Record<string, string>;
  /** What an allowed post changes and a refused one must leave as it was */
  state: (w: StaffWorld) => unknown;
  expect: Expectations;
};

const NOT_YOURS = { refused: 'You can change only your own details. Nothing was saved.' };
const NOT_IN_INBOX = { refused: 'This request is not in your inbox. Nothing was changed.' };
// Officer B forges contact A's request id from B's own request page, where the refusal shows.
const fromOwnRequest = (w: StaffWorld, actor: ActorName) =>
  `/requests/${(actor === 'officerB' ? w.requestToB() : w.requestToA()).id}`;
const requestForm = (pick: (form: Element) => boolean) => ({
  path: (w: StaffWorld) => `/requests/${w.requestToA().id}`,
  as: 'admin' as const,
  pick,
});

// signIn, signOut, requestPasswordReset and setPassword act on the identity in their fields, not the
// session: sign-in rotation and sign-out are in staff-access.spec.ts, reset in staff-mail.spec.ts.
const ACTIONS: ActionRow[] = [
  {
    action: 'saveContact (me/actions) for contact A',
    form: { path: () => '/me', as: 'officerA', pick: hasControl('fullName') },
    // An officer's /me has no city field; the admin's post needs one, so A's own city is sent.
    values: (w) => ({
      contactId: String(w.contactA.id),
      fullName: `Renamed ${w.tag}`,
      cityId: String(
        (w.rows('select city_id as id from contacts where id = ?', w.contactA.id)[0] as { id: number }).id,
      ),
    }),
    state: (w) => contactState(w, w.contactA.id),
    expect: contactA(NOT_YOURS),
  },
  {
    // #13: an officer in one city moved themselves to another to read its inbox. A contact's city is
    // the admins' (on /staff/contacts); an officer's /me has no city field, and a forged one is not stored.
    action: 'saveContact (me/actions) moving contact A to another city',
    form: { path: () => '/me', as: 'officerA', pick: hasControl('fullName') },
    values: (w) => ({ contactId: String(w.contactA.id), cityId: String(w.city().id) }),
    state: (w) => w.rows('select city_id from contacts where id = ?', w.contactA.id),
    expect: { visitor: 'sign-in', officerA: 'ignored', officerB: NOT_YOURS, admin: 'allowed' },
  },
  {
    // On /me, "Save and confirm" confirms; the separate button is left on an admin's page for someone else.
    action: 'confirmDetails (me/actions) for contact A',
    form: {
      path: (w) => `/staff/contacts/${w.contactA.slug}`,
      as: 'admin',
      pick: both(hasControl('returnTo'), without('fullName')),
    },
    // Posted where every signed-in actor may be: the admin's page turns non-admins away before the action.
    postTo: () => '/me',
    values: (w) => ({ contactId: String(w.contactA.id) }),
    state: (w) => contactState(w, w.contactA.id),
    expect: contactA(NOT_YOURS),
  },
  {
    action: 'saveCity, editing a city',
    form: { path: (w) => `/staff/cities/${w.city().slug}`, as: 'admin', pick: hasControl('cityId') },
    values: (w) => ({ name: `Renamed ${w.tag}` }),
    state: (w) => w.rows('select * from cities where id = ?', w.city().id),
    expect: adminOnly,
  },
  {
    action: 'saveCity, adding a city',
    form: { path: () => '/staff/cities/new', as: 'admin', pick: hasControl('cityId') },
    values: (w) => ({
      name: `Forged City ${w.tag}`,
      country: 'CH',
      timeZone: 'Europe/Zurich',
      deskEmail: `forged-${w.tag}@example.org`,
      dutyPhone: '+41 22 730 42 22',
    }),
    state: (w) => w.rows('select id from cities where name = ?', `Forged City ${w.tag}`),
    expect: adminOnly,
  },
  {
    action: 'saveRelease, editing a release',
    form: { path: (w) => `/staff/releases/${w.release().slug}`, as: 'admin', pick: hasControl('title') },
    values: (w) => ({ title: `Renamed release ${w.tag}` }),
    state: (w) => [
      w.rows('select * from releases where id = ?', w.release().id),
      w.rows('select * from release_contacts where release_id = ?', w.release().id),
    ],
    expect: adminOnly,
  },
  {
    action: 'saveRelease, adding a release',
    form: { path: () => '/staff/releases/new', as: 'admin', pick: hasControl('title') },
    values: (w) => ({ title: `Forged release ${w.tag}`, publishedOn: '2026-11-03', dateline: 'Geneva' }),
    state: (w) => w.rows('select id from releases where title = ?', `Forged release ${w.tag}`),
    expect: adminOnly,
  },
  {
    action: 'changeReleaseStatus, publishing a draft',
    form: {
      path: (w) => `/staff/releases/${w.release().slug}`,
      as: 'admin',
      pick: both(hasControl('status'), without('title')),
    },
    values: (w) => ({ releaseId: String(w.release().id), status: 'published' }),
    state: (w) => w.rows('select status, updated_at from releases where id = ?', w.release().id),
    expect: adminOnly,
  },
  {
    // Step 1 (preview) stores nothing; step 2 is posted straight away with a forged review.
    action: 'importRelease, saving a reviewed import',
    form: { path: () => '/staff/releases/import', as: 'admin', pick: hasControl('step') },
    values: (w) => ({
      step: 'save',
      title: `Forged import ${w.tag}`,
      publishedOn: '2026-11-04',
      dateline: 'Geneva',
      contactRows: '0',
    }),
    state: (w) => w.rows('select id from releases where title = ?', `Forged import ${w.tag}`),
    expect: adminOnly,
  },
  {
    // Step 1 (preview) stores nothing; step 2 is posted straight away with a forged list.
    action: 'importContactList, saving a reviewed list',
    form: { path: () => '/staff/contacts/import', as: 'admin', pick: hasControl('step') },
    values: (w) => ({
      step: 'save',
      people: JSON.stringify([
        {
          card: 1,
          fullName: `Forged list ${w.tag}`,
          organisation: 'E2E',
          role: '',
          email: null,
          phones: [],
          city: null,
          problems: [],
        },
      ]),
      'people.0.include': 'on',
      'people.0.name': `Forged list ${w.tag}`,
      'people.0.organisation': 'E2E',
      'people.0.cityId': String(w.city().id),
    }),
    state: (w) => w.rows('select id from contacts where full_name = ?', `Forged list ${w.tag}`),
    expect: adminOnly,
  },
  {
    action: 'approveContactAction for an imported contact',
    form: {
      path: (w) => `/staff/contacts/${w.importedContact().slug}`,
      as: 'admin',
      pick: both(hasControl('contactId'), without('fullName'), hasButton('Add to the directory')),
    },
    values: (w) => ({ contactId: String(w.importedContact().id) }),
    state: (w) => contactState(w, w.importedContact().id),
    expect: adminOnly,
  },
  {
    action: 'createContact',
    form: { path: () => '/staff/contacts/new', as: 'admin', pick: hasControl('organisation') },
    values: (w) => ({ fullName: `Forged Person ${w.tag}`, organisation: 'E2E forged' }),
    state: (w) => w.rows('select id from contacts where full_name = ?', `Forged Person ${w.tag}`),
    expect: adminOnly,
  },
  {
    action: 'inviteOfficer for contact A',
    form: { path: (w) => `/staff/contacts/${w.contactA.slug}`, as: 'admin', pick: hasControl('officerEmail') },
    values: (w) => ({ contactId: String(w.contactA.id), officerEmail: `invited-${w.tag}@example.org` }),
    state: (w) => [
      w.rows('select id from users where email = ?', `invited-${w.tag}@example.org`),
      contactState(w, w.contactA.id),
    ],
    expect: adminOnly,
  },
  {
    action: 'deactivateContactAction for contact A',
    form: { path: (w) => `/staff/contacts/${w.contactA.slug}`, as: 'admin', pick: hasControl('successorId') },
    values: (w) => ({ contactId: String(w.contactA.id), successorId: String(w.contactB.id) }),
    state: (w) => contactState(w, w.contactA.id),
    expect: adminOnly,
  },
  {
    action: 'retryMessage (outbox)',
    form: { path: () => '/staff/outbox', as: 'admin', pick: hasControl('id') },
    values: (w) => ({ id: String(w.pendingMail()) }),
    state: (w) => w.rows('select * from outbox_messages where id = ?', w.pendingMail()),
    expect: adminOnly,
  },
  {
    action: 'moveRequest on a request to contact A',
    form: requestForm(hasControl('message')),
    postTo: fromOwnRequest,
    values: (w) => ({ requestId: String(w.requestToA().id), status: 'acknowledged', message: `Forged ${w.tag}` }),
    state: (w) => requestState(w, w.requestToA().id),
    expect: contactA(NOT_IN_INBOX),
  },
  {
    action: 'assignToColleague on a request to contact A',
    form: requestForm(both(hasControl('requestId'), hasControl('contactId'))),
    postTo: fromOwnRequest,
    values: (w) => ({ requestId: String(w.requestToA().id), contactId: String(w.contactB.id) }),
    state: (w) => requestState(w, w.requestToA().id),
    expect: contactA(NOT_IN_INBOX),
  },
  {
    action: 'addNote on a request to contact A',
    form: requestForm(hasControl('note')),
    postTo: fromOwnRequest,
    values: (w) => ({ requestId: String(w.requestToA().id), note: `Forged note ${w.tag}` }),
    state: (w) => requestState(w, w.requestToA().id),
    expect: contactA(NOT_IN_INBOX),
  },
];

type RouteRow = {
  route: string;
  method: 'GET' | 'POST';
  path: (w: StaffWorld) => string;
  headers?: Record<string, string>;
  status: number;
};

// Route handlers answer the same to every actor: public data is public, and what is not exposed is not there.
const ROUTES: RouteRow[] = [
  { route: 'GET /api/health', method: 'GET', path: () => '/api/health', status: 200 },
  // The interview request form's endpoint is public; the form itself is tested in interview-request.spec.ts.
  { route: 'POST /interview-requests (no form)', method: 'POST', path: () => '/interview-requests', status: 400 },
  { route: 'GET /api/v1/cities', method: 'GET', path: () => '/api/v1/cities', status: 200 },
  { route: 'GET /api/v1/contacts?city=', method: 'GET', path: () => '/api/v1/contacts?city=nairobi', status: 200 },
  {
    route: 'GET /api/v1/contacts/[slug]',
    method: 'GET',
    path: (w) => `/api/v1/contacts/${w.contactA.slug}`,
    status: 200,
  },
  { route: 'GET /api/v1/releases', method: 'GET', path: () => '/api/v1/releases', status: 200 },
  {
    route: 'GET /api/v1/releases/[slug] of a draft',
    method: 'GET',
    path: (w) => `/api/v1/releases/${w.release().slug}`,
    status: 404,
  },
  { route: 'GET /api/v1/[...rest]', method: 'GET', path: () => '/api/v1/users', status: 404 },
  { route: 'GET /feeds/releases.xml', method: 'GET', path: () => '/feeds/releases.xml', status: 200 },
  { route: 'GET /feeds/cities/[file]', method: 'GET', path: () => '/feeds/cities/nairobi.xml', status: 200 },
  {
    route: 'GET /contacts/[slug]/vcard',
    method: 'GET',
    path: (w) => `/contacts/${w.contactA.slug}/vcard`,
    status: 200,
  },
  // Only our own server, with the token it made at start, may drop the page cache.
  {
    route: 'POST /api/internal/revalidate without the token',
    method: 'POST',
    path: () => '/api/internal/revalidate',
    status: 404,
  },
  {
    route: 'POST /api/internal/revalidate with a forged token',
    method: 'POST',
    path: () => '/api/internal/revalidate',
    headers: { authorization: 'Bearer forged' },
    status: 404,
  },
  // better-auth's own endpoints are not mounted: sign-in and reset go through the rate-limited actions.
  { route: 'POST /api/auth/sign-in/email', method: 'POST', path: () => '/api/auth/sign-in/email', status: 404 },
  { route: 'GET /api/auth/get-session', method: 'GET', path: () => '/api/auth/get-session', status: 404 },
  { route: 'POST /api/auth/change-password', method: 'POST', path: () => '/api/auth/change-password', status: 404 },
  { route: 'POST /api/auth/reset-password', method: 'POST', path: () => '/api/auth/reset-password', status: 404 },
];

const it = test.extend<{ world: StaffWorld }, { sharedWorld: StaffWorld }>({
  // Pages and routes only read, so one world per worker serves them all.
  sharedWorld: [
    async ({}, provide, workerInfo) => {
      const db = openTestDb();
      const world = await StaffWorld.create(db, workerInfo.project.use.baseURL!);
      await provide(world);
      await world.dispose();
      db.close();
    },
    { scope: 'worker' },
  ],
  // Actions write, so each gets its own.
  world: async ({ db, baseURL }, provide) => {
    const world = await StaffWorld.create(db, baseURL!);
    await provide(world);
    await world.dispose();
  },
});

// Access is decided on the server, whatever the screen: the phone project leaves this file out (playwright.config.ts).

const label = (outcome: Outcome) => (typeof outcome === 'string' ? outcome : 'refused');
const headingOf = (html: string) =>
  DomUtils.textContent(DomUtils.findOne((el) => el.name === 'h1', parseDocument(html).children) ?? []).trim();

function expectRefusal(response: APIResponse, body: string, outcome: Exclude<Outcome, 'allowed'>, path: string) {
  if (outcome === 'ignored') throw new Error(`${path}: 'ignored' is an outcome of a post, checked against the rows`);
  expect(response.status(), `${path}: never a server error`).toBeLessThan(500);
  if (outcome === 'sign-in') expect(redirectTarget(response), path).toMatch(/^\/sign-in\?next=/);
  else if (outcome === 'denied') expect(redirectTarget(response), path).toBe('/staff?denied=1');
  else if (outcome === 'not-found') expect(response.status(), path).toBe(404);
  else {
    expect(response.status(), path).toBe(200);
    expect(body, path).toContain(outcome.refused);
  }
}

for (const row of PAGES) {
  for (const actor of ACTORS) {
    const outcome = row.expect[actor];
    it(`page ${row.page} as ${actor}: ${label(outcome)}`, async ({ sharedWorld: w, request }) => {
      const path = row.path(w);
      const response = await (await w.as(actor)).get(path, { maxRedirects: 0 });
      if (outcome === 'allowed') {
        expect(response.status(), path).toBe(200);
        expect(headingOf(await response.text())).toBe(row.heading(w));
        return;
      }
      expectRefusal(response, await response.text(), outcome, path);
      if (outcome === 'sign-in') {
        expect(redirectTarget(response)).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
        // With no cookie at all the proxy answers first, the same way.
        expect(redirectTarget(await request.get(path, { maxRedirects: 0 }))).toBe(
          `/sign-in?next=${encodeURIComponent(path)}`,
        );
      }
    });
  }
}

for (const row of ACTIONS) {
  for (const actor of ACTORS) {
    const outcome = row.expect[actor];
    it(`action ${row.action} as ${actor}: ${label(outcome)}`, async ({ world: w }) => {
      // State first: it plants what the form page must show (a pending e-mail, a request).
      const before = JSON.stringify(row.state(w));
      const values = row.values(w);
      const fields = await readActionForm(await w.as(row.form.as), row.form.path(w), row.form.pick);
      const path = row.postTo?.(w, actor) ?? row.form.path(w);
      // Posted once: a 503 here (the database busy) is a failure, not something to retry past.
      const response = await postActionForm(await w.as(actor), path, fields, values);
      const body = await response.text();
      const after = JSON.stringify(row.state(w));
      if (outcome === 'allowed' || outcome === 'ignored') {
        expect(response.status(), `${path}: ${body.slice(0, 300)}`).toBeLessThan(400);
        expect(redirectTarget(response) ?? '', path).not.toMatch(/^\/(sign-in|staff\?denied)/);
        if (outcome === 'allowed') expect(after, 'the allowed action changed its rows').not.toBe(before);
        else expect(after, 'the forged field was not stored').toBe(before);
      } else {
        expectRefusal(response, body, outcome, path);
        expect(after, 'a refused action changes nothing').toBe(before);
      }
    });
  }
}

// #13: access to a request follows the contact's city as an admin set it, checked on every request.
it('an officer whose city an admin changes loses the old city’s requests', async ({ world: w }) => {
  const oldDesk = w.requestToDesk(w.contactA.citySlug, 'old-desk');
  const newDesk = w.requestToDesk(w.city().slug, 'new-desk');
  const officer = await w.as('officerA');
  const opens = async (request: { id: number; heading: string }) => {
    const response = await officer.get(`/requests/${request.id}`, { maxRedirects: 0 });
    return response.status() === 200 && headingOf(await response.text()) === request.heading;
  };
  const inbox = async () => (await officer.get('/requests')).text();
  expect(await opens(oldDesk)).toBe(true);
  expect(await inbox()).toContain(oldDesk.reference);
  expect(await opens(newDesk)).toBe(false);

  // An admin moves contact A on its staff page, posting the form as a browser would.
  const admin = await w.as('admin');
  const path = `/staff/contacts/${w.contactA.slug}`;
  const moved = await postActionForm(admin, path, await readActionForm(admin, path, hasControl('fullName')), {
    cityId: String(w.city().id),
  });
  expect(redirectTarget(moved)).toBe(`${path}?saved=1`);
  expect(w.rows('select city_id from contacts where id = ?', w.contactA.id)).toEqual([{ city_id: w.city().id }]);

  expect((await officer.get(`/requests/${oldDesk.id}`, { maxRedirects: 0 })).status()).toBe(404);
  expect(await inbox()).not.toContain(oldDesk.reference);
  expect(await opens(newDesk)).toBe(true);
  // Nor can they act on the old one: every request action asks the same rule.
  const before = JSON.stringify(requestState(w, oldDesk.id));
  const noteForm = await readActionForm(officer, `/requests/${newDesk.id}`, hasControl('note'));
  const forged = await postActionForm(officer, `/requests/${newDesk.id}`, noteForm, {
    requestId: String(oldDesk.id),
    note: `Forged ${w.tag}`,
  });
  expect(forged.status()).toBe(200);
  expect(await forged.text()).toContain(NOT_IN_INBOX.refused);
  expect(JSON.stringify(requestState(w, oldDesk.id))).toBe(before);
});

for (const row of ROUTES) {
  for (const actor of ACTORS) {
    it(`route ${row.route} as ${actor}: ${row.status}`, async ({ sharedWorld: w }) => {
      const response = await (
        await w.as(actor)
      ).fetch(row.path(w), { method: row.method, headers: row.headers, maxRedirects: 0 });
      expect(response.status()).toBe(row.status);
    });
  }
}
