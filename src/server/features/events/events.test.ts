import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildBody, buildMeeting, buildProgramme, buildUser } from '../../testing/factories';
import { startSmtp } from '../../testing/smtp';
import { openLockSession } from '../../testing/locks';
import { poolOf } from '../../jobs/pool';
import { outboxEmails } from '../email/email.table';
import { auditEntries } from '../audit/audit.table';
import { eventRegistrations, events } from './events.table';
import { hashToken } from './event-mail';
import type { Event, RegistrationReceipt } from '../../../shared/contracts/events';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

async function secretariatOf(t: TestApp, programmeId: string) {
  return t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
}

/** A published event, made through the API as the secretariat makes it. */
async function publishedEvent(t: TestApp, sec: TestClient, programmeId: string, o: Record<string, unknown> = {}): Promise<Event> {
  const created = await sec.post(`/api/programmes/${programmeId}/events`, { kind: 'seminar', title: 'Seminar om språk', startsAt: inDays(10), endsAt: new Date(Date.parse(inDays(10)) + 3 * 3600_000).toISOString(), ...o });
  expect(created.statusCode, created.body).toBe(201);
  const published = await sec.post(`/api/events/${created.json().id}/publish`, { revision: created.json().revision });
  expect(published.statusCode, published.body).toBe(200);
  return published.json() as Event;
}

const person = (n: string, extra: Record<string, unknown> = {}) => ({ name: `Person ${n}`, email: `person.${n}@example.org`, organisation: 'Bydel Sagene', ...extra });

describe('events: registration, waiting list and the personal link', () => {
  let t: TestApp;
  let node2: TestApp;
  let sec: TestClient;
  let programmeId: string;
  beforeAll(async () => {
    t = await buildTestApp({ EVENT_REGISTRATION_LIMIT: '10000' });
    node2 = await buildTestApp({ EVENT_REGISTRATION_LIMIT: '10000' }, { nodeOf: t });
    programmeId = (await buildProgramme(t.db)).id;
    sec = await secretariatOf(t, programmeId);
  });
  afterAll(async () => {
    await node2.close();
    await t.close();
  });

  it('gives the last seat to one of two people registering at once, on two app nodes, and wait-lists the other', async () => {
    const event = await publishedEvent(t, sec, programmeId, { capacity: 1 });
    const [a, b] = [await t.client(), await node2.client()];
    // Another session holds the registrations table against writes (reads go on), so both
    // requests are inside their transactions at the same time before either can write.
    const lock = await openLockSession(t.db);
    await lock.query('begin');
    await lock.query('lock table event_registrations in exclusive mode');
    const racing = Promise.all([a.post(`/api/events/${event.id}/registrations`, person('a')), b.post(`/api/events/${event.id}/registrations`, person('b'))]);
    await lock.waitUntilBlocking();
    await expect.poll(async () => (await poolOf(t.db).query<{ n: number }>('select count(distinct pid)::int as n from pg_locks where not granted')).rows[0]!.n, { timeout: 10_000 }).toBe(2);
    await lock.query('commit');
    await lock.close();
    const results = await racing;
    expect(results.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(results.map((r) => (r.json() as RegistrationReceipt).outcome).sort()).toEqual(['registered', 'waiting']);
    const rows = await t.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, event.id));
    expect(rows.map((r) => r.status).sort()).toEqual(['registered', 'waiting']);
  });

  it('never overbooks under many concurrent registrations', async () => {
    const event = await publishedEvent(t, sec, programmeId, { capacity: 3 });
    const clients = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? node2 : t).client()));
    const results = await Promise.all(clients.map((c, i) => c.post(`/api/events/${event.id}/registrations`, person(`many${i}`))));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const got = (await sec.get(`/api/events/${event.id}`)).json() as Event;
    expect({ registered: got.registeredCount, waiting: got.waitingCount, seatsLeft: got.seatsLeft }).toEqual({ registered: 3, waiting: 13, seatsLeft: 0 });
    const positions = results.map((r) => (r.json() as RegistrationReceipt).waitingPosition).filter((p) => p !== null).sort((x, y) => x! - y!);
    expect(positions).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('recognises a second registration with the same address in another case: no new one, a new link by e-mail', async () => {
    const event = await publishedEvent(t, sec, programmeId);
    const c = await t.client();
    const first = await c.post(`/api/events/${event.id}/registrations`, person('dup'));
    expect(first.json()).toMatchObject({ outcome: 'registered', status: 'registered' });
    const again = await c.post(`/api/events/${event.id}/registrations`, person('dup', { email: 'Person.DUP@Example.org' }));
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ id: null, outcome: 'duplicate', status: 'registered', waitingPosition: null, token: null });
    const rows = await t.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, event.id));
    expect(rows).toHaveLength(1);
    const mails = await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, 'person.dup@example.org'));
    expect(mails.map((m) => m.template).sort()).toEqual(['eventLinkResent', 'eventRegistered']);
    // The first link was replaced by the one just sent.
    expect((await c.get(`/api/registrations/${first.json().token}`)).statusCode).toBe(404);
  });

  it('keeps only the hash of the 32-byte token, and opens the registration by the link until the event is over', async () => {
    const event = await publishedEvent(t, sec, programmeId);
    const c = await t.client();
    const { token } = (await c.post(`/api/events/${event.id}/registrations`, person('link'))).json() as RegistrationReceipt;
    expect(Buffer.from(token!, 'base64url')).toHaveLength(32);
    const [row] = await t.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, event.id));
    expect(row!.tokenHash).toBe(hashToken(token!));
    expect(JSON.stringify(row)).not.toContain(token);
    // Audited with no actor (anyone registered), and without the token's hash.
    const [entry] = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, row!.id));
    expect(entry).toMatchObject({ actorId: null, action: 'create', entityType: 'event_registration', programmeId });
    expect(JSON.stringify(entry!.after)).not.toContain(row!.tokenHash);
    // Read without a session too, as from the e-mail in another browser: never cached.
    const mine = await t.app.inject({ method: 'GET', url: `/api/registrations/${token}` });
    expect(mine.json()).toMatchObject({ registration: { name: 'Person link', status: 'registered' }, event: { id: event.id } });
    expect(mine.headers['cache-control']).toBe('private, no-store');
    const changed = await c.patch(`/api/registrations/${token}`, { organisation: 'Bydel Gamle Oslo' });
    expect(changed.json()).toMatchObject({ registration: { organisation: 'Bydel Gamle Oslo' } });
    // The event has taken place: the link leads nowhere any more.
    await t.db.update(events).set({ startsAt: new Date(Date.now() - 3 * 3600_000), endsAt: new Date(Date.now() - 60_000) }).where(eq(events.id, event.id));
    expect((await c.get(`/api/registrations/${token}`)).statusCode).toBe(404);
    expect((await c.post(`/api/registrations/${token}/cancel`)).statusCode).toBe(404);
  });

  it('gives a cancelled seat to the first on the waiting list in the same transaction', async () => {
    const event = await publishedEvent(t, sec, programmeId, { capacity: 1 });
    const c = await t.client();
    const a = (await c.post(`/api/events/${event.id}/registrations`, person('seat'))).json() as RegistrationReceipt;
    const b = (await c.post(`/api/events/${event.id}/registrations`, person('wait1'))).json() as RegistrationReceipt;
    const b2 = (await c.post(`/api/events/${event.id}/registrations`, person('wait2'))).json() as RegistrationReceipt;
    expect([a.outcome, b.outcome, b2.outcome, b2.waitingPosition]).toEqual(['registered', 'waiting', 'waiting', 2]);
    const cancelled = await c.post(`/api/registrations/${a.token}/cancel`);
    expect(cancelled.json()).toMatchObject({ registration: { status: 'cancelled' } });
    const list = (await sec.get(`/api/events/${event.id}/registrations`)).json();
    expect(list.registered.map((r: { name: string }) => r.name)).toEqual(['Person wait1']);
    expect(list.waiting.map((r: { name: string }) => r.name)).toEqual(['Person wait2']);
    expect((await c.get(`/api/registrations/${b2.token}`)).json()).toMatchObject({ waitingPosition: 1 });
  });

  it('promotes from the waiting list when the capacity is raised', async () => {
    const event = await publishedEvent(t, sec, programmeId, { capacity: 0 });
    const c = await t.client();
    for (const n of ['r1', 'r2', 'r3']) await c.post(`/api/events/${event.id}/registrations`, person(n));
    const raised = await sec.patch(`/api/events/${event.id}`, { capacity: 2, revision: event.revision });
    expect(raised.json()).toMatchObject({ capacity: 2, registeredCount: 2, waitingCount: 1 });
    const mails = await t.db.select().from(outboxEmails).where(eq(outboxEmails.template, 'eventPromoted'));
    expect(mails.map((m) => m.toAddress).filter((a) => /^person\.r\d@/.test(a)).sort()).toEqual(['person.r1@example.org', 'person.r2@example.org']);
  });

  it('closes at the deadline, when cancelled, and hides drafts', async () => {
    const c = await t.client();
    const late = await publishedEvent(t, sec, programmeId, { registrationDeadline: new Date(Date.now() - 60_000).toISOString() });
    expect(late.registrationClosedReason).toBe('deadlinePassed');
    const refused = await c.post(`/api/events/${late.id}/registrations`, person('late'));
    expect({ status: refused.statusCode, code: refused.json().code }).toEqual({ status: 409, code: 'STATE_CHANGED' });

    const event = await publishedEvent(t, sec, programmeId);
    await c.post(`/api/events/${event.id}/registrations`, person('before-cancel'));
    const cancelled = await sec.post(`/api/events/${event.id}/cancel`, { revision: event.revision });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', registrationOpen: false });
    expect((await c.post(`/api/events/${event.id}/registrations`, person('after-cancel'))).statusCode).toBe(409);
    const told = await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, 'person.before-cancel@example.org'));
    expect(told.map((m) => m.template)).toContain('eventCancelled');

    const draft = (await sec.post(`/api/programmes/${programmeId}/events`, { kind: 'webinar', title: 'Utkast', startsAt: inDays(5) })).json() as Event;
    expect((await c.get(`/api/events/${draft.id}`)).statusCode).toBe(404);
    expect((await c.post(`/api/events/${draft.id}/registrations`, person('draft'))).statusCode).toBe(404);
    const sitemap = (await c.get('/sitemap.xml')).body;
    expect(sitemap).toContain(`/arrangementer/${event.id}</loc>`);
    expect(sitemap).not.toContain(draft.id);
    const publicList = (await c.get(`/api/programmes/${programmeId}/events`)).json();
    expect(publicList.items.map((e: Event) => e.id)).not.toContain(draft.id);
    expect(publicList.canManage).toBe(false);
  });

  it('answers invalid input with field errors', async () => {
    const event = await publishedEvent(t, sec, programmeId, { questions: [{ id: 'diet', label: 'Allergier eller matbehov', required: true }, { id: 'note', label: 'Annet', required: false }] });
    const c = await t.client();
    const bad = await c.post(`/api/events/${event.id}/registrations`, { name: '', email: 'ikke-epost' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'name']);
    const unanswered = await c.post(`/api/events/${event.id}/registrations`, person('q', { answers: { note: 'Hei', other: 'x' } }));
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.json().errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`).sort()).toEqual(['answers.diet:required', 'answers.other:unknownQuestion']);
    const ok = await c.post(`/api/events/${event.id}/registrations`, person('q', { answers: { diet: 'Vegetar' }, locale: 'nn' }));
    expect(ok.statusCode).toBe(201);
    const badEvent = await sec.post(`/api/programmes/${programmeId}/events`, { kind: 'party', title: '', startsAt: inDays(3), endsAt: inDays(2), talks: [{ time: '25:00', title: 'x' }] });
    expect(badEvent.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['kind', 'talks.0.time', 'title']);
    const backwards = await sec.post(`/api/programmes/${programmeId}/events`, { kind: 'seminar', title: 'Baklengs', startsAt: inDays(3), endsAt: inDays(2), registrationDeadline: inDays(4) });
    expect({ status: backwards.statusCode, paths: backwards.json().errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`).sort() }).toEqual({ status: 400, paths: ['endsAt:periodOrder', 'registrationDeadline:periodOrder'] });
  });

  it('lets the secretariat export, mark attendance, cancel a registration and e-mail everyone registered', async () => {
    const event = await publishedEvent(t, sec, programmeId, { capacity: 1, questions: [{ id: 'diet', label: 'Matbehov', required: false }] });
    const c = await t.client();
    await c.post(`/api/events/${event.id}/registrations`, person('x1', { answers: { diet: '=SUM(A1)' } }));
    await c.post(`/api/events/${event.id}/registrations`, person('x2', { locale: 'en' }));
    const list = (await sec.get(`/api/events/${event.id}/registrations`)).json();
    const [first] = list.registered;
    expect((await sec.request({ method: 'PUT', url: `/api/event-registrations/${first.id}/attendance`, payload: { attended: true } })).json()).toMatchObject({ attended: true });
    const csv = await sec.get(`/api/events/${event.id}/registrations.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Navn;E-post;Organisasjon;Status;Meldt på;Møtte;Matbehov');
    expect(csv.body).toContain("Person x1;person.x1@example.org;Bydel Sagene;Påmeldt;");
    expect(csv.body).toContain(";Ja;'=SUM(A1)");
    expect(csv.body).toContain('Person x2;person.x2@example.org;Bydel Sagene;Venteliste;');
    const xlsx = await sec.get(`/api/events/${event.id}/registrations.xlsx`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const sent = await sec.post(`/api/events/${event.id}/messages`, { subject: 'Praktisk info', body: 'Vi starter presis.' });
    expect(sent.json()).toEqual({ queued: 1 });
    const cancelled = await sec.post(`/api/event-registrations/${first.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const promoted = await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, 'person.x2@example.org'));
    expect(promoted.find((m) => m.template === 'eventPromoted')).toMatchObject({ locale: 'en', subject: `You have a seat: ${event.title}` });
    const outsider = await t.signIn((await buildUser(t.db, { roles: [[(await buildProgramme(t.db)).id, 'secretariat']] })).email);
    expect((await outsider.get(`/api/events/${event.id}/registrations`)).statusCode).toBe(403);
    expect((await c.get(`/api/events/${event.id}/registrations.csv`)).statusCode).toBe(401);
  });

  it('writes the event and the programme feed as iCalendar: stable UIDs, Europe/Oslo, folded and escaped', async () => {
    const event = await publishedEvent(t, sec, programmeId, {
      title: 'Frokostmøte; språk, lesing og skole – en lang tittel som må brettes over flere linjer i kalenderfilen',
      startsAt: '2027-06-15T07:30:00Z',
      endsAt: '2027-06-15T09:00:00Z',
      place: 'Deichman Bjørvika',
      address: 'Anne-Cath. Vestlys plass 1, Oslo',
    });
    const body = await buildBody(t.db, { programmeId });
    const meeting = await buildMeeting(t.db, { bodyId: body.id, startsAt: new Date('2027-05-01T08:00:00Z') });
    const c = await t.client();
    const ics = await c.get(`/api/events/${event.id}/event.ics`);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = ics.body;
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`UID:event-${event.id}@`);
    expect(unfolded).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo');
    // 07:30 UTC in June is 09:30 in Oslo (summer time).
    expect(unfolded).toContain('DTSTART;TZID=Europe/Oslo:20270615T093000');
    expect(unfolded).toContain('DTEND;TZID=Europe/Oslo:20270615T110000');
    expect(unfolded).toContain('SUMMARY:Frokostmøte\\; språk\\, lesing og skole – en lang tittel som må brettes over flere linjer i kalenderfilen');
    expect(unfolded).toContain('LOCATION:Deichman Bjørvika\\, Anne-Cath. Vestlys plass 1\\, Oslo');
    const props = (doc: string) => doc.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean).map((l) => l.split(':')[0]!.split(';')[0]!);
    const names = props(text);
    expect(names.filter((n) => n === 'BEGIN').length).toBe(names.filter((n) => n === 'END').length);
    const feed = await c.get(`/api/programmes/${programmeId}/events.ics?lang=en`);
    const feedText = feed.body.replace(/\r\n[ \t]/g, '');
    expect(feedText).toContain(`UID:event-${event.id}@`);
    expect(feedText).toContain(`UID:meeting-${meeting.id}@`);
    expect(feedText).toMatch(/X-WR-CALNAME:Events and meetings of /);
    // The same UID on every download: calendars recognise the event when it changes.
    expect((await c.get(`/api/events/${event.id}/event.ics`)).body.replace(/\r\n[ \t]/g, '')).toContain(`UID:event-${event.id}@`);
  });
});

describe('events: the public API in OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('documents registration, the personal link and the calendars, with their JSON forms', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const register = doc.paths['/api/events/{id}/registrations'].post;
    expect(Object.keys(register.requestBody.content['application/json'].schema.properties).sort()).toEqual(['answers', 'email', 'locale', 'name', 'organisation']);
    expect(register.responses['201']).toBeDefined();
    expect(doc.paths['/api/registrations/{token}'].get.responses['200']).toBeDefined();
    expect(doc.paths['/api/registrations/{token}/cancel'].post).toBeDefined();
    expect(doc.paths['/api/programmes/{id}/events.ics'].get.tags).toEqual(['events']);
  });
});

describe('events: the rate limit on registration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ EVENT_REGISTRATION_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('refuses a client address after the limit, without an account', async () => {
    const programmeId = (await buildProgramme(t.db)).id;
    const sec = await secretariatOf(t, programmeId);
    const event = await publishedEvent(t, sec, programmeId);
    const c = await t.client();
    const codes = [];
    for (const n of ['1', '2', '3', '4']) codes.push((await c.post(`/api/events/${event.id}/registrations`, person(`rl${n}`))).statusCode);
    expect(codes).toEqual([201, 201, 201, 429]);
    const rows = await t.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, event.id));
    expect(rows).toHaveLength(3);
  });
});

describe('events: e-mails through a real SMTP server', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Samordna <post@samordna.example>', EVENT_REGISTRATION_LIMIT: '1000' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('tells the first on the waiting list, in their language, that a cancelled seat is theirs, with a new personal link beside the first', async () => {
    const programmeId = (await buildProgramme(t.db)).id;
    const sec = await secretariatOf(t, programmeId);
    const event = await publishedEvent(t, sec, programmeId, { capacity: 1, title: 'Webinar om tidlig innsats' });
    const c = await t.client();
    const seat = (await c.post(`/api/events/${event.id}/registrations`, person('smtp-seat'))).json() as RegistrationReceipt;
    const waiting = (await c.post(`/api/events/${event.id}/registrations`, person('smtp-wait', { locale: 'en' }))).json() as RegistrationReceipt;
    expect(waiting.outcome).toBe('waiting');
    await expect.poll(() => smtp.received.filter((m) => m.to.includes('person.smtp-wait@example.org')).length, { timeout: 20_000 }).toBe(1);
    expect(smtp.received.find((m) => m.to.includes('person.smtp-wait@example.org'))!.raw).toMatch(/^Subject: Waiting list: Webinar om tidlig innsats/m);
    expect(smtp.received.find((m) => m.to.includes('person.smtp-seat@example.org'))!.raw).toMatch(/^Subject: =\?UTF-8\?Q\?P=C3=A5meldt|^Subject: Påmeldt/m);

    expect((await c.post(`/api/registrations/${seat.token}/cancel`)).statusCode).toBe(200);
    await expect.poll(() => smtp.received.filter((m) => m.to.includes('person.smtp-wait@example.org')).length, { timeout: 20_000 }).toBe(2);
    const mail = smtp.received.filter((m) => m.to.includes('person.smtp-wait@example.org'))[1]!.raw;
    expect(mail).toMatch(/^Subject: You have a seat: Webinar om tidlig innsats/m);
    const unfolded = mail.replace(/=\r\n/g, '').replace(/=3D/g, '=');
    expect(unfolded).toMatch(/\/en\/program\/[^/]+\/arrangementer\//);
    // The mail carries a new personal link that shows the seat; the first one keeps working.
    const token = unfolded.match(/\/en\/pamelding\/([A-Za-z0-9_-]{43})/)?.[1];
    expect(token, 'a personal link in the mail').toBeDefined();
    expect(token).not.toBe(waiting.token);
    for (const link of [token, waiting.token]) expect((await c.get(`/api/registrations/${link}`)).json()).toMatchObject({ registration: { status: 'registered', locale: 'en' } });
    // Registering again with the address sends a newer link, which replaces both.
    expect((await c.post(`/api/events/${event.id}/registrations`, person('smtp-wait', { locale: 'en' }))).json()).toMatchObject({ outcome: 'duplicate' });
    for (const link of [token, waiting.token]) expect((await c.get(`/api/registrations/${link}`)).statusCode).toBe(404);
  });
});
