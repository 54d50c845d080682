import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildEvent, buildProgramme } from '../../testing/factories';
import { clientDirForTests, createPageRenderer } from '../../testing/page-renderer';
import { eventRegistrations } from './events.table';

/**
 * Registration from the event page when no script runs: the server renders a plain form, the
 * browser posts it, and the answer is a redirect to the personal page or back to the form.
 */
let t: TestApp;
let slug: string;
let programmeId: string;

beforeAll(async () => {
  t = await buildTestApp({ EVENT_REGISTRATION_LIMIT: '1000', PUBLIC_CACHE_MS: '0' }, { clientDir: clientDirForTests(), createPageRenderer });
  const programme = await buildProgramme(t.db, { slug: 'skjema' });
  programmeId = programme.id;
  slug = programme.slug;
});
afterAll(() => t.close());

const SAME_SITE = { 'sec-fetch-site': 'same-origin' };
const post = (eventId: string, fields: Record<string, string>, headers: Record<string, string> = SAME_SITE) =>
  t.app.inject({ method: 'POST', url: `/api/events/${eventId}/registrations/form`, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(fields).toString() });
const postMine = (token: string, fields: Record<string, string>, headers: Record<string, string> = SAME_SITE) =>
  t.app.inject({ method: 'POST', url: `/api/registrations/${token}/form`, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(fields).toString() });
const page = (url: string) => t.app.inject({ method: 'GET', url });
const rootOf = (html: string) => /<div id="root">([\s\S]*)<\/div>\s*<script type="application\/json" id="ssr-state">/.exec(html)?.[1] ?? '';
const textOf = (html: string) => rootOf(html).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const rowsOf = (eventId: string) => t.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));

describe('registration without script', () => {
  it('renders the event page with a plain form that posts to the server, its fields named and checked by the browser', async () => {
    const event = await buildEvent(t.db, { programmeId, questions: [{ id: 'diet', label: 'Matbehov', required: true }] });
    const html = rootOf((await page(`/program/${slug}/arrangementer/${event.id}`)).body);
    const form = /<form[^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toContain(`action="/api/events/${event.id}/registrations/form"`);
    expect(form).toContain('method="post"');
    for (const name of ['name', 'email', 'organisation', 'answers.diet']) expect(html).toContain(`name="${name}"`);
    expect(html).toMatch(/<input type="hidden" name="locale" value="nb"\/>/);
    expect(html).toMatch(/<input[^>]*name="email"[^>]*required=""|<input[^>]*required=""[^>]*name="email"/);
  });

  it('registers and sends the browser to the personal page, in the language of the form, which says so', async () => {
    const event = await buildEvent(t.db, { programmeId, capacity: 1, questions: [{ id: 'diet', label: 'Matbehov', required: false }] });
    const res = await post(event.id, { name: 'Kari Skjema', email: 'kari.skjema@example.org', organisation: 'Bydel Sagene', 'answers.diet': 'Vegetar', locale: 'nn' });
    expect(res.statusCode).toBe(303);
    const location = res.headers.location as string;
    expect(location).toMatch(/^\/nn\/pamelding\/[A-Za-z0-9_-]{43}\?utfall=registered$/);
    const [row] = await rowsOf(event.id);
    expect(row).toMatchObject({ name: 'Kari Skjema', organisation: 'Bydel Sagene', answers: { diet: 'Vegetar' }, locale: 'nn', status: 'registered' });
    const personal = await page(location);
    expect(personal.statusCode).toBe(200);
    // One person's page: kept by no cache.
    expect(personal.headers['cache-control']).toBe('private, no-store');
    expect(textOf(personal.body)).toContain('Du er påmeld.');

    // The event is full now: the next goes on the waiting list; the same address again makes nothing new.
    const second = await post(event.id, { name: 'Ola Skjema', email: 'ola.skjema@example.org' });
    expect(second.headers.location).toMatch(/^\/pamelding\/[A-Za-z0-9_-]{43}\?utfall=waiting$/);
    expect(textOf((await page(second.headers.location as string)).body)).toContain('du står på venteliste (plass 1)');
    const again = await post(event.id, { name: 'Kari Skjema', email: 'KARI.skjema@example.org' });
    expect(again.headers.location).toBe(`/program/${slug}/arrangementer/${event.id}?utfall=duplicate#event-register`);
    expect(textOf((await page(again.headers.location as string)).body)).toContain('Denne e-postadressen er allerede påmeldt.');
    expect(await rowsOf(event.id)).toHaveLength(2);
  });

  it('sends the browser back to the form with what was wrong, and keeps nothing', async () => {
    const event = await buildEvent(t.db, { programmeId, questions: [{ id: 'diet', label: 'Matbehov', required: true }] });
    const res = await post(event.id, { name: ' ', email: 'ikke-en-adresse', 'answers.nope': 'x', locale: 'en' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/program/${slug}/arrangementer/${event.id}?feil=${encodeURIComponent('name:required,email:email')}#event-register`);
    const unanswered = await post(event.id, { name: 'Kari', email: 'kari.q@example.org', 'answers.nope': 'x' });
    expect(decodeURIComponent(new URL(unanswered.headers.location as string, 'http://x').searchParams.get('feil')!).split(',').sort()).toEqual(['answers.diet:required', 'answers.nope:unknownQuestion']);
    expect(await rowsOf(event.id)).toHaveLength(0);
    // The page shows the errors at the top and at their fields, in the page's language.
    const back = textOf((await page(res.headers.location as string)).body);
    expect(back).toContain('Name:');
    expect(back).toMatch(/E-mail: [^ ]/);
    // A hand-made address shows nothing odd.
    expect((await page(`/program/${slug}/arrangementer/${event.id}?feil=%3Cscript%3E:x`)).body).not.toContain('<script>:x');
  });

  it('sends a closed event back with its reason', async () => {
    const event = await buildEvent(t.db, { programmeId, registrationDeadline: new Date(Date.now() - 60_000) });
    const res = await post(event.id, { name: 'Sen', email: 'sen@example.org' });
    expect(res.headers.location).toBe(`/program/${slug}/arrangementer/${event.id}?feil=STATE_CHANGED#event-register`);
    const draft = await buildEvent(t.db, { programmeId, status: 'draft', publishedAt: null });
    const hidden = await post(draft.id, { name: 'Kari', email: 'kari.d@example.org' });
    expect({ status: hidden.statusCode, code: hidden.json().code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('takes the form only from a page of this site', async () => {
    const event = await buildEvent(t.db, { programmeId });
    const fields = { name: 'Kari', email: 'kari.csrf@example.org' };
    for (const headers of [{}, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }, { origin: 'https://evil.example' }] as Record<string, string>[]) {
      const res = await post(event.id, fields, headers);
      expect({ headers, status: res.statusCode, code: res.json().code }).toEqual({ headers, status: 403, code: 'CSRF_INVALID' });
    }
    // A browser without Fetch Metadata that names this site as the origin.
    expect((await post(event.id, fields, { origin: 'http://localhost:80' })).statusCode).toBe(303);
    expect(await rowsOf(event.id)).toHaveLength(1);
    // A form far larger than its fields need is refused before it is read.
    const huge = await post(event.id, { name: 'x'.repeat(70_000), email: 'kari.huge@example.org' });
    expect(huge.statusCode).toBe(413);
  });

  it('changes and cancels through the personal page without script; the seat goes on to the waiting list', async () => {
    const event = await buildEvent(t.db, { programmeId, capacity: 1, questions: [{ id: 'diet', label: 'Matbehov', required: false }] });
    const first = await post(event.id, { name: 'Kari Først', email: 'kari.forst@example.org', locale: 'nn' });
    const token = /pamelding\/([A-Za-z0-9_-]{43})/.exec(first.headers.location as string)![1]!;
    await post(event.id, { name: 'Ola Neste', email: 'ola.neste@example.org' });
    // The page's forms post to the server, the fields hold what is saved.
    const html = rootOf((await page(`/nn/pamelding/${token}`)).body);
    expect(html.match(/<form[^>]*action="\/api\/registrations\/[^"]+\/form"[^>]*>/g)).toHaveLength(2);
    expect(html).toMatch(/<input[^>]*name="name"[^>]*value="Kari Først"|<input[^>]*value="Kari Først"[^>]*name="name"/);

    const saved = await postMine(token, { name: 'Kari Endra', organisation: 'Bydel Alna', 'answers.diet': 'Vegetar', intent: 'save', locale: 'nn' });
    expect(saved.headers.location).toBe(`/nn/pamelding/${token}?utfall=saved`);
    expect(textOf((await page(saved.headers.location as string)).body)).toContain('Endringane er lagra.');
    const refused = await postMine(token, { name: '', intent: 'save', locale: 'nn' });
    expect(refused.headers.location).toBe(`/nn/pamelding/${token}?feil=${encodeURIComponent('name:required')}`);
    expect((await rowsOf(event.id)).find((r) => r.email === 'kari.forst@example.org')).toMatchObject({ name: 'Kari Endra', organisation: 'Bydel Alna', answers: { diet: 'Vegetar' } });

    expect((await postMine(token, { intent: 'cancel' }, {})).statusCode).toBe(403);
    const cancelled = await postMine(token, { intent: 'cancel', locale: 'nn' });
    expect(cancelled.headers.location).toBe(`/nn/pamelding/${token}?utfall=cancelled`);
    expect(textOf((await page(cancelled.headers.location as string)).body)).toContain('Påmeldinga er avmeld.');
    const rows = await rowsOf(event.id);
    expect(rows.map((r) => [r.email, r.status]).sort()).toEqual([['kari.forst@example.org', 'cancelled'], ['ola.neste@example.org', 'registered']]);
    // A link no one has goes to the page, which says the link is unknown.
    const unknown = await postMine('A'.repeat(43), { intent: 'cancel' });
    expect(unknown.headers.location).toBe(`/pamelding/${'A'.repeat(43)}`);
  });
});
