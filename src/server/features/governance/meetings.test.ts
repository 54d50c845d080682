import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildBody, buildMembership, buildPerson, buildProgramme, buildUser } from '../../testing/factories';
import { readPdf } from '../../testing/pdf-reader';
import { agendaItems, effects as decisionEffects, mandateVersions } from './governance.table';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let member: TestClient;
let outsider: TestClient;
let programmeId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db);
  programmeId = programme.id;
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
  outsider = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'board_member']] })).email);
  const memberUser = await buildUser(t.db, { roles: [[programme.id, 'board_member']] });
  member = await t.signIn(memberUser.email);
  (globalThis as { memberEmail?: string }).memberEmail = memberUser.email;
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);
type Detail = { meeting: { status: string }; items: { id: string; number: string; case: { id: string; type: string; restricted: boolean; paper: unknown; title: { nb: string } }; outcome: string | null; conflicts: unknown[]; decisionText: unknown }[]; warnings: string[]; attendance: unknown[] };

/** A body with a chair (the signed-in member), a member and the member's personal deputy. */
async function board() {
  const body = await buildBody(t.db, { programmeId, name: { nb: 'Operativt styre' } });
  const chair = await buildMembership(t.db, { bodyId: body.id, role: 'chair', personId: (await buildPerson(t.db, { name: 'Kari Leder', email: (globalThis as { memberEmail?: string }).memberEmail })).id });
  const ola = await buildMembership(t.db, { bodyId: body.id, personId: (await buildPerson(t.db, { name: 'Ola Medlem' })).id });
  const per = await buildMembership(t.db, { bodyId: body.id, role: 'personal_deputy', deputyForId: ola.id, personId: (await buildPerson(t.db, { name: 'Per Vara' })).id });
  return { body, chair, ola, per };
}

async function meeting(bodyId: string, startsAt: string) {
  const res = await secretariat.post(`/api/bodies/${bodyId}/meetings`, { startsAt, place: 'Rådhuset' });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

async function kase(bodyId: string, body: Record<string, unknown> = {}) {
  const res = await secretariat.post(`/api/bodies/${bodyId}/cases`, { type: 'decision', title: { nb: 'Sak' }, proposedDecision: { nb: 'Forslaget vedtas.' }, ...body });
  expect(res.statusCode).toBe(201);
  return res.json();
}

const soon = (days: number) => new Date(Date.now() + days * 86400000).toISOString();

describe('a meeting from notice to published minutes', () => {
  it('numbers cases, publishes the notice, records conflicts and decisions with effects, and publishes the minutes', async () => {
    const { body, chair, ola, per } = await board();
    const draft = await secretariat.post(`/api/bodies/${body.id}/mandate-versions`, { text: { nb: 'Styret behandler søknader.' } });
    const first = await meeting(body.id, soon(-30));
    const second = await meeting(body.id, soon(20));

    // The first meeting: one ordinary and one exempt case.
    const open = await kase(body.id, { title: { nb: 'Handlingsplan' }, paper: { nb: 'Saksframlegget.' } });
    const exempt = await kase(body.id, { title: { nb: 'Personalsak' }, internalTitle: { nb: 'Sak om navngitt ansatt' }, paper: { nb: 'Fortrolig.' }, isExempt: true, exemptionBasis: 'offl. § 13 jf. fvl. § 13' });
    expect((await secretariat.post(`/api/meetings/${first}/items`, { caseId: open.id })).statusCode).toBe(201);
    const added = await secretariat.post(`/api/meetings/${first}/items`, { caseId: exempt.id });
    expect(added.json().items.map((i: { number: string }) => i.number)).toEqual([`1/${new Date(soon(-30)).getFullYear()}`, `2/${new Date(soon(-30)).getFullYear()}`]);

    // Published after its deadline: allowed, and the lateness is kept.
    const notice = await secretariat.post(`/api/meetings/${first}/notice`);
    expect(notice.json().warnings).toContain('noticeLate');

    // The public reads the agenda; the exempt case shows only its number, public title and basis.
    const publicView = (await anon.get(`/api/meetings/${first}`)).json() as Detail;
    const hidden = publicView.items[1]!.case;
    expect(hidden).toMatchObject({ restricted: true, paper: null, title: { nb: 'Personalsak' }, exemptionBasis: 'offl. § 13 jf. fvl. § 13' });
    expect(JSON.stringify(publicView)).not.toContain('navngitt ansatt');
    expect((await member.get(`/api/meetings/${first}`)).json().items[1].case.paper.nb).toBe('Fortrolig.');
    expect((await outsider.get(`/api/meetings/${first}`)).json().items[1].case.restricted).toBe(true);

    // A decision before the meeting is held is refused, naming the rule.
    const early = await secretariat.post(`/api/agenda-items/${publicView.items[0]!.id}/decision`, { outcome: 'adopted' });
    expect(errors(early)).toEqual(['outcome:meetingNotHeld']);

    // The chair (a board member signed in) declares a conflict on the exempt case; the body rules.
    const conflict = await member.post(`/api/agenda-items/${publicView.items[1]!.id}/conflicts`, { membershipId: chair.id, reason: 'Nær slekt av den saken gjelder' });
    expect(conflict.statusCode).toBe(201);
    expect((await member.post(`/api/agenda-items/${publicView.items[1]!.id}/conflicts`, { membershipId: ola.id, reason: 'Ikke mitt sete' })).json().errors[0].code).toBe('notOwnSeat');
    const ruled = await secretariat.patch(`/api/conflicts/${conflict.json().id}`, { ruling: 'disqualified', deputyMembershipId: per.id });
    expect(ruled.json()).toMatchObject({ ruling: 'disqualified', deputy: { name: 'Per Vara' } });

    await secretariat.post(`/api/meetings/${first}/held`);
    const attended = await secretariat.put(`/api/meetings/${first}/attendance`, {
      entries: [
        { membershipId: chair.id, status: 'present' },
        { membershipId: ola.id, status: 'absent_notified' },
        { membershipId: per.id, status: 'present', substituteForId: ola.id },
      ],
    });
    expect(attended.statusCode).toBe(200);

    // The disqualified chair cannot be recorded as voting on that item.
    const conflicted = await secretariat.post(`/api/agenda-items/${publicView.items[1]!.id}/decision`, { outcome: 'adopted', votes: [{ membershipId: per.id, vote: 'for' }, { membershipId: chair.id, vote: 'for' }] });
    expect(errors(conflicted)).toEqual(['votes.1.membershipId:disqualifiedVote']);
    expect((await secretariat.post(`/api/agenda-items/${publicView.items[1]!.id}/decision`, { outcome: 'adopted', votes: [{ membershipId: per.id, vote: 'for' }] })).statusCode).toBe(200);

    // A case whose decision adopts the mandate draft, on the second meeting, after the first's minutes approval.
    const mandateCase = await kase(body.id, { title: { nb: 'Nytt mandat' }, effects: [{ kind: 'adopt_mandate_version', targetId: draft.json().id }] });
    expect(mandateCase.effects[0]).toMatchObject({ kind: 'adopt_mandate_version', expectedRevision: 1, appliedAt: null });
    await secretariat.post(`/api/agenda-items/${publicView.items[0]!.id}/decision`, { outcome: 'adopted_as_amended', decisionText: { nb: 'Planen vedtas med endringer.' } });
    const agenda = (await secretariat.post(`/api/meetings/${second}/items`, { caseId: mandateCase.id })).json() as Detail;
    expect(agenda.items.map((i) => i.case.type)).toEqual(['minutes_approval', 'decision']);
    expect(agenda.items.map((i) => i.number.split('/')[0])).toEqual(['3', '4']);

    // Until the minutes are approved and published, the public sees no outcomes.
    expect(((await anon.get(`/api/meetings/${first}`)).json() as Detail).items.map((i) => i.outcome)).toEqual([null, null]);

    await secretariat.post(`/api/meetings/${second}/notice`);
    await secretariat.post(`/api/meetings/${second}/held`);
    const approval = await secretariat.post(`/api/agenda-items/${agenda.items[0]!.id}/decision`, { outcome: 'adopted' });
    expect(approval.statusCode).toBe(200);
    const adopted = await secretariat.post(`/api/agenda-items/${agenda.items[1]!.id}/decision`, { outcome: 'adopted' });
    expect(adopted.statusCode).toBe(200);
    const [version] = await t.db.select().from(mandateVersions).where(eq(mandateVersions.id, draft.json().id));
    expect(version!.adoptedByItemId).toBe(agenda.items[1]!.id);
    const bodyView = (await anon.get(`/api/bodies/${body.id}`)).json();
    expect(bodyView.mandate[0]).toMatchObject({ status: 'adopted', adoptedBy: { itemId: agenda.items[1]!.id, caseNumber: agenda.items[1]!.number } });

    // The first meeting's minutes were approved by the second meeting: not again by the chair.
    const twice = await secretariat.post(`/api/meetings/${first}/minutes/approval`, { by: 'chair' });
    expect(errors(twice)).toEqual(['by:minutesAlreadyApproved']);
    expect((await secretariat.post(`/api/meetings/${first}/minutes/publication`)).statusCode).toBe(200);

    const minutes = (await anon.get(`/api/meetings/${first}`)).json() as Detail & { items: { conflicts: { memberName: string; ruling: string }[]; decisionText: { nb: string } | null }[] };
    expect(minutes.items.map((i) => i.outcome)).toEqual(['adopted_as_amended', 'adopted']);
    expect(minutes.items[0]!.decisionText!.nb).toBe('Planen vedtas med endringer.');
    expect(minutes.items[1]!.decisionText).toBeNull();
    expect(minutes.items[1]!.conflicts).toMatchObject([{ memberName: 'Kari Leder', ruling: 'disqualified' }]);
    expect(minutes.attendance).toHaveLength(3);

    // The decisions: the public list holds the published ones; the exempt one without its text.
    const decisions = (await anon.get(`/api/bodies/${body.id}/decisions`)).json();
    expect(decisions.total).toBe(2);
    expect((await secretariat.get(`/api/bodies/${body.id}/decisions`)).json().total).toBe(4);

    // The minutes PDF is tagged with its language and holds no exempt text.
    const pdfRes = await anon.get(`/api/meetings/${first}/minutes.pdf?lang=nn`);
    expect(pdfRes.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(pdfRes.rawPayload);
    expect(pdf.lang).toBe('nn-NO');
    expect(pdf.structure.length).toBeGreaterThan(0);
    const text = pdf.pages.map((p) => p.text).join(' ');
    expect(text).toContain('Planen vedtas med endringer.');
    expect(text).not.toContain('Fortrolig');
    // The second meeting's minutes are not published: the public gets no PDF.
    expect((await anon.get(`/api/meetings/${second}/minutes.pdf`)).statusCode).toBe(404);
  });
});

describe('what a visitor outside the body reads of a meeting', () => {
  it('follows the stage the meeting has reached, signed in or not, while the members read all of it', async () => {
    const { body, chair } = await board();
    const id = await meeting(body.id, soon(-10));
    const item = (await secretariat.post(`/api/meetings/${id}/items`, { caseId: (await kase(body.id, { title: { nb: 'Budsjett' } })).id })).json().items[0];
    await secretariat.post(`/api/agenda-items/${item.id}/conflicts`, { membershipId: chair.id, reason: 'Inhabil' });
    const read = async (who: TestClient) => (await who.get(`/api/meetings/${id}`)).json() as Detail;

    // Planned: the agenda is the secretariat's and the members' alone.
    for (const who of [anon, outsider]) expect((await read(who)).items).toEqual([]);
    expect((await read(member)).items).toHaveLength(1);

    // Held and decided, its minutes not published: the agenda is public, the record is not.
    await secretariat.post(`/api/meetings/${id}/notice`);
    await secretariat.post(`/api/meetings/${id}/held`);
    await secretariat.put(`/api/meetings/${id}/attendance`, { entries: [{ membershipId: chair.id, status: 'present' }] });
    await secretariat.post(`/api/agenda-items/${item.id}/decision`, { outcome: 'adopted', decisionText: { nb: 'Budsjettet vedtas.' } });
    for (const who of [anon, outsider]) {
      const view = await read(who);
      expect(view.items.map((i) => [i.outcome, i.decisionText, i.conflicts])).toEqual([[null, null, []]]);
      expect(view.attendance).toEqual([]);
    }
    const inside = await read(member);
    expect(inside.items.map((i) => [i.outcome, i.conflicts.length])).toEqual([['adopted', 1]]);
    expect(inside.attendance).toHaveLength(1);
  });
});

describe('decision effects', () => {
  it('refuses the whole recording when the mandate draft changed after the case was prepared', async () => {
    const { body } = await board();
    const draft = (await secretariat.post(`/api/bodies/${body.id}/mandate-versions`, { text: { nb: 'Utkast' } })).json();
    const c = await kase(body.id, { effects: [{ kind: 'adopt_mandate_version', targetId: draft.id }, { kind: 'dissolve_body', targetId: body.id }] });
    const m = await meeting(body.id, soon(-3));
    const item = (await secretariat.post(`/api/meetings/${m}/items`, { caseId: c.id })).json().items[0];
    await secretariat.post(`/api/meetings/${m}/held`);
    await secretariat.patch(`/api/mandate-versions/${draft.id}`, { text: { nb: 'Utkast, endret etterpå' } });

    const res = await secretariat.post(`/api/agenda-items/${item.id}/decision`, { outcome: 'adopted' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EFFECT_FAILED');
    expect(errors(res)).toEqual(['effects.0:mandateChanged']);
    // Nothing was recorded: no outcome, no effect applied, the version still a draft.
    const [row] = await t.db.select().from(agendaItems).where(eq(agendaItems.id, item.id));
    expect(row!.outcome).toBeNull();
    expect((await t.db.select().from(decisionEffects).where(eq(decisionEffects.caseId, c.id))).map((e) => e.appliedAt)).toEqual([null, null]);
    expect((await t.db.select().from(mandateVersions).where(eq(mandateVersions.id, draft.id)))[0]!.adoptedAt).toBeNull();
    // Rejected, the decision applies nothing and is recorded.
    expect((await secretariat.post(`/api/agenda-items/${item.id}/decision`, { outcome: 'rejected' })).statusCode).toBe(200);
  });

  it('dissolves a body by a decision, linked both ways', async () => {
    const { body } = await board();
    const group = await buildBody(t.db, { programmeId, kind: 'working_group' });
    const c = await kase(body.id, { effects: [{ kind: 'dissolve_body', targetId: group.id }] });
    const m = await meeting(body.id, soon(-2));
    const item = (await secretariat.post(`/api/meetings/${m}/items`, { caseId: c.id })).json().items[0];
    await secretariat.post(`/api/meetings/${m}/held`);
    const res = (await secretariat.post(`/api/agenda-items/${item.id}/decision`, { outcome: 'adopted' })).json() as Detail & { items: { case: { effects: { appliedByItemId: string }[] } }[] };
    expect(res.items[0]!.case.effects[0]!.appliedByItemId).toBe(item.id);
    const dissolved = (await secretariat.get(`/api/bodies/${group.id}`)).json().body;
    expect(dissolved).toMatchObject({ dissolvedByItemId: item.id, isActive: false });
  });
});

describe('case numbers', () => {
  it('gives two cases added at once consecutive numbers, never the same', async () => {
    const { body } = await board();
    // Two meetings of the body in one year: the series is the body's, not the meeting's.
    const meetingsOfYear = [await meeting(body.id, '2031-03-01T10:00:00+01:00'), await meeting(body.id, '2031-05-01T10:00:00+02:00')];
    const cases = await Promise.all(Array.from({ length: 6 }, () => kase(body.id)));
    const results = await Promise.all(cases.map((c, i) => secretariat.post(`/api/meetings/${meetingsOfYear[i % 2]}/items`, { caseId: c.id })));
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    const numbers = (await t.db.select().from(agendaItems).where(eq(agendaItems.bodyId, body.id))).map((i) => i.numberSeq).sort((a, b) => a - b);
    // Six cases and the later meeting's approval of the earlier one's minutes: 1 to 7, no gap, no twin.
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses a number already used, and removes only the last one', async () => {
    const { body } = await board();
    const m = await meeting(body.id, '2032-03-01T10:00:00+01:00');
    const [a, b, c] = [await kase(body.id), await kase(body.id), await kase(body.id)];
    await secretariat.post(`/api/meetings/${m}/items`, { caseId: a.id, number: 7 });
    expect(errors(await secretariat.post(`/api/meetings/${m}/items`, { caseId: b.id, number: 7 }))).toEqual(['number:numberTaken']);
    const items = (await secretariat.post(`/api/meetings/${m}/items`, { caseId: c.id })).json().items as { id: string; number: string }[];
    expect(items.map((i) => i.number)).toEqual(['7/2032', '8/2032']);
    expect((await secretariat.delete(`/api/agenda-items/${items[0]!.id}`)).json().code).toBe('STATE_CHANGED');
    expect((await secretariat.delete(`/api/agenda-items/${items[1]!.id}`)).statusCode).toBe(200);
  });
});

describe('travel, follow-up and feeds', () => {
  it('forwards a case to another body and keeps each step', async () => {
    const { body } = await board();
    const strategic = await buildBody(t.db, { programmeId, kind: 'strategic_board', name: { nb: 'Strategisk styre' } });
    const c = await kase(body.id, { title: { nb: 'Søknad til strategisk styre' } });
    const m1 = await meeting(body.id, soon(-10));
    const item = (await secretariat.post(`/api/meetings/${m1}/items`, { caseId: c.id })).json().items[0];
    await secretariat.post(`/api/meetings/${m1}/held`);
    await secretariat.post(`/api/agenda-items/${item.id}/decision`, { outcome: 'forwarded', forwardedToBodyId: strategic.id });
    const m2 = await meeting(strategic.id, soon(-5));
    const onward = await secretariat.post(`/api/meetings/${m2}/items`, { caseId: c.id });
    expect(onward.statusCode).toBe(201);
    const steps = (await secretariat.get(`/api/cases/${c.id}`)).json().steps as { body: { id: string }; outcome: string | null; forwardedTo: { id: string } | null }[];
    expect(steps.map((s) => [s.body.id, s.outcome, s.forwardedTo?.id ?? null])).toEqual([
      [body.id, 'forwarded', strategic.id],
      [strategic.id, null, null],
    ]);

    // The public reads where the case has been only from meetings whose minutes are published.
    await secretariat.post(`/api/meetings/${m2}/notice`);
    const publicSteps = async () =>
      ((await anon.get(`/api/meetings/${m2}`)).json() as { items: { case: { steps: { body: { id: string }; outcome: string | null }[] } }[] }).items[0]!.case.steps.map((s) => [s.body.id, s.outcome]);
    expect(await publicSteps()).toEqual([]);
    expect((await secretariat.post(`/api/meetings/${m1}/minutes/approval`, { by: 'chair' })).statusCode).toBe(200);
    expect(await publicSteps()).toEqual([]);
    expect((await secretariat.post(`/api/meetings/${m1}/minutes/publication`)).statusCode).toBe(200);
    expect(await publicSteps()).toEqual([[body.id, 'forwarded']]);
  });

  it('lists overdue follow-up actions and reports one back as a new case', async () => {
    const { body } = await board();
    const c = await kase(body.id);
    const m = await meeting(body.id, soon(-40));
    const item = (await secretariat.post(`/api/meetings/${m}/items`, { caseId: c.id })).json().items[0];
    await secretariat.post(`/api/meetings/${m}/held`);
    expect(errors(await secretariat.post(`/api/agenda-items/${item.id}/actions`, { description: { nb: 'For tidlig' } }))).toEqual(['description:notDecided']);
    await secretariat.post(`/api/agenda-items/${item.id}/decision`, { outcome: 'adopted' });
    const late = await secretariat.post(`/api/agenda-items/${item.id}/actions`, { description: { nb: 'Lag en plan' }, dueDate: '2020-01-01' });
    await secretariat.post(`/api/agenda-items/${item.id}/actions`, { description: { nb: 'Senere' }, dueDate: '2099-01-01' });
    const overdue = (await secretariat.get(`/api/programmes/${programmeId}/follow-up-actions?overdue=true`)).json().actions as { id: string; isOverdue: boolean }[];
    expect(overdue.map((a) => a.id)).toContain(late.json().id);
    expect(overdue.every((a) => a.isOverdue)).toBe(true);
    const reported = await secretariat.post(`/api/follow-up-actions/${late.json().id}/report`);
    expect(reported.statusCode).toBe(201);
    expect(reported.json()).toMatchObject({ type: 'orientation', reportsActionId: late.json().id });
    expect((await secretariat.post(`/api/follow-up-actions/${late.json().id}/report`)).json().code).toBe('STATE_CHANGED');
  });

  it('serves the meetings as iCalendar and the decisions as RSS that independent parsers read', async () => {
    const { body } = await board();
    const m = await meeting(body.id, '2026-06-10T10:00:00+02:00');
    await secretariat.patch(`/api/meetings/${m}`, { startsAt: '2026-06-11T10:00:00+02:00' });
    const cancelled = await meeting(body.id, '2026-12-10T10:00:00+01:00');
    await secretariat.patch(`/api/meetings/${cancelled}`, { cancelled: true });

    const ics = await anon.get(`/api/bodies/${body.id}/meetings.ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent');
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    const moved = byUid.get(`meeting-${m}@localhost`)!;
    expect(moved.getFirstPropertyValue('sequence')).toBe(1);
    expect((moved.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2026-06-11T08:00:00.000Z');
    expect(byUid.get(`meeting-${cancelled}@localhost`)!.getFirstPropertyValue('status')).toBe('CANCELLED');

    const rss = await anon.get(`/api/programmes/${programmeId}/decisions.rss`);
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    const feed = new XMLParser().parse(rss.body);
    expect(feed.rss.channel.title).toContain('Vedtak i');
  });
});

describe('notice deadline', () => {
  it("follows the programme's setting: a notice inside the deadline is on time", async () => {
    const programme = await buildProgramme(t.db);
    const sec = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
    const body = await buildBody(t.db, { programmeId: programme.id });
    expect((await sec.put(`/api/programmes/${programme.id}/governance-settings`, { noticeDays: 3 })).json()).toEqual({ noticeDays: 3 });
    expect((await sec.put(`/api/programmes/${programme.id}/governance-settings`, { noticeDays: 90 })).statusCode).toBe(400);
    const m = (await sec.post(`/api/bodies/${body.id}/meetings`, { startsAt: soon(5) })).json();
    expect(Date.parse(m.noticeDueAt)).toBe(Date.parse(m.startsAt) - 3 * 86400000);
    const published = await sec.post(`/api/meetings/${m.id}/notice`);
    expect(published.json().warnings).toEqual([]);
    expect(published.json().meeting.noticeLate).toBe(false);
  });
});
