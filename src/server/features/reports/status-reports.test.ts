import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildApplication, buildCall, buildOrganisation, buildProgramme, buildProject, buildUser } from '../../testing/factories';
import { dueDatesFor } from '../../../shared/domain/reports';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let owner: TestClient;
let other: TestClient;
let programmeId: string;
let ownerOrg: { id: string };

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set(new Date('2026-06-10T08:00:00Z'));
  programmeId = (await buildProgramme(t.db, { isPublished: true })).id;
  ownerOrg = await buildOrganisation(t.db, { name: 'Bydel Grorud' });
  const otherOrg = await buildOrganisation(t.db, { name: 'Bydel Stovner' });
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  owner = await t.signIn((await buildUser(t.db, { organisationId: ownerOrg.id, roles: [[programmeId, 'contributor']] })).email);
  other = await t.signIn((await buildUser(t.db, { organisationId: otherOrg.id, roles: [[programmeId, 'contributor']] })).email);
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

async function project(o: Record<string, unknown> = {}) {
  return buildProject(t.db, { programmeId, ownerOrganisationId: ownerOrg.id, startsOn: '2026-01-01', endsOn: '2027-06-30', currency: 'EUR', publishedAt: new Date(), ...o });
}

describe('due dates', () => {
  it('follow the interval until the project ends, with the listed dates, in order and without repeats', () => {
    expect(dueDatesFor({ firstDueOn: '2026-03-31', intervalMonths: 3, dueDates: ['2026-12-31', '2026-05-15'] }, '2027-01-15')).toEqual(['2026-03-31', '2026-05-15', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(dueDatesFor({ firstDueOn: '2026-01-31', intervalMonths: 1, dueDates: [] }, '2026-03-31')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(dueDatesFor({ firstDueOn: '2026-01-01', intervalMonths: 6, dueDates: [] }, null)).toHaveLength(60);
  });

  it('come from a schedule for the project, or for every project granted from a call', async () => {
    const own = await project();
    const call = await buildCall(t.db, { programmeId });
    const granted = await project({ applicationId: (await buildApplication(t.db, { callId: call.id, organisationId: ownerOrg.id })).id, endsOn: '2026-12-31' });
    const bad = await secretariat.post(`/api/programmes/${programmeId}/report-schedules`, { projectId: own.id, callId: call.id, firstDueOn: '2026-03-31' });
    expect(errors(bad)).toEqual(['projectId:projectOrCall']);
    expect(errors(await secretariat.post(`/api/programmes/${programmeId}/report-schedules`, { projectId: own.id }))).toEqual(['firstDueOn:required']);
    const foreign = await buildProject(t.db, { programmeId: (await buildProgramme(t.db)).id, ownerOrganisationId: ownerOrg.id });
    expect(errors(await secretariat.post(`/api/programmes/${programmeId}/report-schedules`, { projectId: foreign.id, firstDueOn: '2026-03-31' }))).toEqual(['projectId:notInProgramme']);

    const byCall = await secretariat.post(`/api/programmes/${programmeId}/report-schedules`, { callId: call.id, firstDueOn: '2026-06-30', intervalMonths: 6 });
    expect(byCall.statusCode, byCall.body).toBe(201);
    expect(byCall.json()).toMatchObject({ call: { id: call.id }, project: null, remindDaysBefore: 14, remindDaysAfter: 7 });
    await secretariat.post(`/api/programmes/${programmeId}/report-schedules`, { projectId: own.id, dueDates: ['2026-09-01'] });
    const slots = async (id: string) => ((await owner.get(`/api/projects/${id}/status-reports`)).json().items as { dueOn: string; state: string }[]).map((s) => `${s.dueOn} ${s.state}`);
    expect(await slots(granted.id)).toEqual(['2026-06-30 due', '2026-12-31 due']);
    expect(await slots(own.id)).toEqual(['2026-09-01 due']);

    // A changed schedule moves the dates; a stale revision is refused.
    const id = byCall.json().id as string;
    expect((await secretariat.patch(`/api/report-schedules/${id}`, { firstDueOn: '2026-07-31', intervalMonths: 3, revision: 1 })).statusCode).toBe(200);
    expect((await secretariat.patch(`/api/report-schedules/${id}`, { firstDueOn: '2026-07-31', revision: 1 })).json().code).toBe('STATE_CHANGED');
    expect(await slots(granted.id)).toEqual(['2026-07-31 due', '2026-10-31 due']);
    expect((await owner.post(`/api/programmes/${programmeId}/report-schedules`, { projectId: own.id, firstDueOn: '2026-03-31' })).statusCode).toBe(403);
  });
});

describe('a status report', () => {
  it('is drafted and submitted by the owner, returned with a comment, resubmitted and approved, keeping its history', async () => {
    const p = await project({ title: { nb: 'Språkløft' } });
    await secretariat.post(`/api/programmes/${programmeId}/report-schedules`, { projectId: p.id, firstDueOn: '2026-06-01', intervalMonths: 6 });

    expect(errors(await owner.put(`/api/projects/${p.id}/status-reports/2026-06-02`, { narrative: 'x' }))).toEqual(['dueOn:notDue']);
    expect((await other.put(`/api/projects/${p.id}/status-reports/2026-06-01`, { narrative: 'x' })).statusCode).toBe(403);
    expect((await anon.get(`/api/projects/${p.id}/status-reports`)).statusCode).toBe(401);

    const draft = await owner.put(`/api/projects/${p.id}/status-reports/2026-06-01`, {
      narrative: 'Kartleggingen er gjort i alle barnehager.',
      spentToDate: 120000,
      risks: [{ description: 'Sykefravær blant språkveiledere', likelihood: 'medium', impact: 'high', mitigation: 'Vikarpool' }],
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ state: 'draft', late: true, currency: 'EUR', spentToDate: 120000, revision: 1 });
    const id = draft.json().id as string;
    expect(errors(await owner.post(`/api/status-reports/${id}/submit`, { revision: 1 }))).toEqual(['rag:required']);
    expect(errors(await owner.put(`/api/projects/${p.id}/status-reports/2026-06-01`, { risks: [{ description: '', likelihood: 'low', impact: 'low' }] }))).toEqual(['risks.0.description:required']);
    await owner.put(`/api/projects/${p.id}/status-reports/2026-06-01`, { rag: 'amber', narrative: 'Kartleggingen er gjort.', spentToDate: 120000, revision: 1 });
    expect((await owner.post(`/api/status-reports/${id}/submit`, { revision: 1 })).json().code).toBe('STATE_CHANGED');
    const submitted = await owner.post(`/api/status-reports/${id}/submit`, { revision: 2 });
    expect(submitted.json()).toMatchObject({ state: 'submitted', late: false, revision: 3 });

    // Submitted content is kept: the owner cannot change it, only the secretariat decides.
    expect((await owner.put(`/api/projects/${p.id}/status-reports/2026-06-01`, { rag: 'green', revision: 3 })).json().code).toBe('STATE_CHANGED');
    expect((await owner.post(`/api/status-reports/${id}/approve`, { revision: 3 })).statusCode).toBe(403);
    expect(errors(await secretariat.post(`/api/status-reports/${id}/return`, { revision: 3, comment: '  ' }))).toEqual(['comment:required']);
    const returned = await secretariat.post(`/api/status-reports/${id}/return`, { revision: 3, comment: 'Forbruket mangler for vår.' });
    expect(returned.json()).toMatchObject({ state: 'returned', late: true });

    await owner.put(`/api/projects/${p.id}/status-reports/2026-06-01`, { rag: 'amber', narrative: 'Kartleggingen er gjort.', spentToDate: 150000, revision: 4 });
    t.clock.advance(3600_000);
    await owner.post(`/api/status-reports/${id}/submit`, { revision: 5 });
    const approved = await secretariat.post(`/api/status-reports/${id}/approve`, { revision: 6 });
    expect(approved.json()).toMatchObject({ state: 'approved', spentToDate: 150000, rag: 'amber' });
    expect(approved.json().history.map((h: { kind: string; comment: string | null }) => [h.kind, h.comment])).toEqual([
      ['submitted', null],
      ['returned', 'Forbruket mangler for vår.'],
      ['submitted', null],
      ['approved', null],
    ]);
    const [first, , second] = approved.json().history as { at: string }[];
    expect(Date.parse(second!.at) - Date.parse(first!.at)).toBe(3600_000);
    expect((await secretariat.post(`/api/status-reports/${id}/return`, { revision: 7, comment: 'Igjen' })).json().code).toBe('STATE_CHANGED');
    expect((await other.get(`/api/status-reports/${id}`)).json().state).toBe('approved');
  });
});

describe('the report overview', () => {
  it('shows every due date of the programme with its state, late ones flagged, filtered and counted', async () => {
    const programme = (await buildProgramme(t.db)).id;
    const boss = await t.signIn((await buildUser(t.db, { roles: [[programme, 'secretariat']] })).email);
    const a = await buildProject(t.db, { programmeId: programme, ownerOrganisationId: ownerOrg.id, title: { nb: 'A' }, endsOn: '2026-12-31' });
    const b = await buildProject(t.db, { programmeId: programme, ownerOrganisationId: ownerOrg.id, title: { nb: 'B' }, endsOn: '2026-12-31' });
    await boss.post(`/api/programmes/${programme}/report-schedules`, { projectId: a.id, dueDates: ['2026-05-01', '2026-07-01'] });
    await boss.post(`/api/programmes/${programme}/report-schedules`, { projectId: b.id, dueDates: ['2026-05-01'] });
    const draft = await boss.put(`/api/projects/${b.id}/status-reports/2026-05-01`, { rag: 'green', narrative: 'Alt etter planen.' });
    await boss.post(`/api/status-reports/${draft.json().id}/submit`, { revision: 1 });

    const all = (await boss.get(`/api/programmes/${programme}/report-overview`)).json();
    expect(all.items.map((r: { project: { title: { nb: string } }; dueOn: string; state: string; late: boolean }) => `${r.project.title.nb} ${r.dueOn} ${r.state}${r.late ? ' late' : ''}`)).toEqual(['A 2026-05-01 due late', 'B 2026-05-01 submitted', 'A 2026-07-01 due']);
    expect(all.counts).toEqual({ due: 2, draft: 0, submitted: 1, approved: 0, returned: 0, late: 1 });
    expect((await boss.get(`/api/programmes/${programme}/report-overview?late=true`)).json().items).toHaveLength(1);
    expect((await boss.get(`/api/programmes/${programme}/report-overview?state=submitted`)).json().items[0].project.id).toBe(b.id);
    expect((await boss.get(`/api/programmes/${programme}/report-overview?from=2026-06-01`)).json().counts.due).toBe(1);
    expect((await anon.get(`/api/programmes/${programme}/report-overview`)).statusCode).toBe(401);

    // Late counts by Norway's date: at 23:30 UTC on 1 July it is already 2 July in Oslo.
    t.clock.set(new Date('2026-07-01T21:30:00Z'));
    expect((await boss.get(`/api/programmes/${programme}/report-overview?late=true`)).json().items).toHaveLength(1);
    t.clock.set(new Date('2026-07-01T23:30:00Z'));
    expect((await boss.get(`/api/programmes/${programme}/report-overview?late=true`)).json().items).toHaveLength(2);
    t.clock.set(new Date('2026-06-10T08:00:00Z'));
  });
});
