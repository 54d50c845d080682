import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildBody, buildMeeting, buildOrganisation, buildProgramme, buildProject, buildUser } from '../../testing/factories';
import { projectBudgetLines, projects } from './projects.table';
import { projectChangeRequests } from './project-changes.table';
import { auditEntries } from '../audit/audit.table';

let t: TestApp;
let secretariat: TestClient;
let owner: TestClient;
let outsider: TestClient;
let programmeId: string;
let bodyId: string;
let ownerOrgId: string;

beforeAll(async () => {
  t = await buildTestApp();
  programmeId = (await buildProgramme(t.db, { isPublished: true })).id;
  ownerOrgId = (await buildOrganisation(t.db, { name: 'Bydel Grorud', kind: 'city_district' })).id;
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  owner = await t.signIn((await buildUser(t.db, { organisationId: ownerOrgId, roles: [[programmeId, 'contributor']], name: 'Ola Eier' })).email);
  outsider = await t.signIn((await buildUser(t.db, { organisationId: (await buildOrganisation(t.db)).id, roles: [[programmeId, 'contributor']] })).email);
  bodyId = (await buildBody(t.db, { programmeId, kind: 'operative_board', name: { nb: 'Operativt styre' } })).id;
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

/** A project granted 500 000 kr for 2026–2027, its granted lines adding up. */
async function grantedProject() {
  const p = await buildProject(t.db, { programmeId, ownerOrganisationId: ownerOrgId, grantedTotal: 500_000, startsOn: '2026-01-01', endsOn: '2027-06-30' });
  await t.db.insert(projectBudgetLines).values([
    { projectId: p.id, year: 2026, source: 'other', kind: 'granted', amount: 300_000 },
    { projectId: p.id, year: 2027, source: 'other', kind: 'granted', amount: 200_000 },
  ]);
  return p;
}

const lines = (y2026: number, y2027: number) => [
  { year: 2026, source: 'other', kind: 'granted', amount: y2026 },
  { year: 2027, source: 'other', kind: 'granted', amount: y2027 },
];

/** A case proposing the change, on the agenda of a held meeting; returns the item to decide. */
async function onAgenda(requestId: string) {
  const kase = await secretariat.post(`/api/bodies/${bodyId}/cases`, { type: 'decision', title: { nb: 'Endring av budsjett' }, effects: [{ kind: 'decide_project_change', targetId: requestId }] });
  expect(kase.statusCode, kase.body).toBe(201);
  const meeting = await buildMeeting(t.db, { bodyId, startsAt: new Date('2026-09-10T08:00:00Z') });
  const agenda = await secretariat.post(`/api/meetings/${meeting.id}/items`, { caseId: kase.json().id });
  expect(agenda.statusCode, agenda.body).toBe(201);
  await secretariat.post(`/api/meetings/${meeting.id}/notice`);
  expect((await secretariat.post(`/api/meetings/${meeting.id}/held`)).statusCode).toBe(200);
  const item = (agenda.json().items as { id: string; case: { id: string } }[]).find((i) => i.case.id === kase.json().id)!;
  return { itemId: item.id, caseId: kase.json().id as string };
}

describe('the thresholds of a granted project', () => {
  it('lets the owner change the granted total and the period within them, and refuses beyond them naming the field and the threshold', async () => {
    const p = await grantedProject();
    const within = await owner.put(`/api/projects/${p.id}/budget`, { grantedTotal: 540_000, lines: lines(340_000, 200_000) });
    expect(within.statusCode, within.body).toBe(200);
    const beyond = await owner.put(`/api/projects/${p.id}/budget`, { grantedTotal: 620_000, lines: lines(420_000, 200_000) });
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().errors).toEqual([expect.objectContaining({ path: 'grantedTotal', code: 'budgetAboveThreshold', params: { threshold: 10 } })]);
    // Moving money between years within the total is the owner's to do.
    expect((await owner.put(`/api/projects/${p.id}/budget`, { grantedTotal: 540_000, lines: lines(140_000, 400_000) })).statusCode).toBe(200);

    expect((await owner.patch(`/api/projects/${p.id}`, { endsOn: '2027-09-30' })).statusCode).toBe(200);
    const late = await owner.patch(`/api/projects/${p.id}`, { endsOn: '2028-06-30' });
    expect(errors(late)).toEqual(['endsOn:periodAboveThreshold']);
    // The secretariat is held to them too: the board decides.
    expect(errors(await secretariat.patch(`/api/projects/${p.id}`, { startsOn: '2025-01-01' }))).toEqual(['startsOn:periodAboveThreshold']);
    const [row] = await t.db.select().from(projects).where(eq(projects.id, p.id));
    expect(row).toMatchObject({ grantedTotal: 540_000, endsOn: '2027-09-30', startsOn: '2026-01-01' });
  });

  it('does not hold a project without a granted total, and follows the thresholds the secretariat sets', async () => {
    const own = await buildProject(t.db, { programmeId, ownerOrganisationId: ownerOrgId, startsOn: '2026-01-01', endsOn: '2026-12-31' });
    expect((await owner.patch(`/api/projects/${own.id}`, { endsOn: '2029-12-31' })).statusCode).toBe(200);

    expect((await owner.put(`/api/programmes/${programmeId}/change-thresholds`, { percent: 50, months: 12 })).statusCode).toBe(403);
    const set = await secretariat.put(`/api/programmes/${programmeId}/change-thresholds`, { percent: 25, months: 6 });
    expect(set.json()).toEqual({ percent: 25, months: 6 });
    const p = await grantedProject();
    expect((await owner.get(`/api/projects/${p.id}`)).json().changeThresholds).toEqual({ percent: 25, months: 6 });
    expect((await owner.put(`/api/projects/${p.id}/budget`, { grantedTotal: 600_000, lines: lines(400_000, 200_000) })).statusCode).toBe(200);
    expect(errors(await secretariat.put(`/api/programmes/${programmeId}/change-thresholds`, { percent: 101, months: -1 }))).toEqual(['percent:too_big', 'months:too_small']);
    await secretariat.put(`/api/programmes/${programmeId}/change-thresholds`, { percent: 10, months: 3 });
  });
});

describe('a change request decided by the board', () => {
  it('applies the proposed total, period and budget in the transaction that records the adoption', async () => {
    const p = await grantedProject();
    const asked = await owner.post(`/api/projects/${p.id}/change-requests`, { grantedTotal: 700_000, endsOn: '2027-12-31', lines: lines(300_000, 400_000), justification: 'Flere skoler vil være med.' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'pending', before: { grantedTotal: 500_000, endsOn: '2027-06-30' }, proposed: { grantedTotal: 700_000, endsOn: '2027-12-31' }, requestedBy: 'Ola Eier', canWithdraw: true });
    expect((await owner.get(`/api/projects/${p.id}`)).json().hasPendingChange).toBe(true);
    // One at a time.
    expect(errors(await owner.post(`/api/projects/${p.id}/change-requests`, { endsOn: '2028-01-31', justification: 'Igjen' }))).toEqual([':changePending']);

    const { itemId } = await onAgenda(asked.json().id);
    expect((await secretariat.get(`/api/change-requests/${asked.json().id}`)).json()).toMatchObject({ status: 'on_agenda', case: { number: expect.stringMatching(/^\d+\/2026$/) } });
    const decided = await secretariat.post(`/api/agenda-items/${itemId}/decision`, { outcome: 'adopted' });
    expect(decided.statusCode, decided.body).toBe(200);

    const [row] = await t.db.select().from(projects).where(eq(projects.id, p.id));
    expect(row).toMatchObject({ grantedTotal: 700_000, endsOn: '2027-12-31', budgetGranted: 700_000, revision: p.revision + 1 });
    const [request] = await t.db.select().from(projectChangeRequests).where(eq(projectChangeRequests.id, asked.json().id));
    expect(request).toMatchObject({ status: 'approved', decidedByItemId: itemId });
    const effect = (decided.json().items as { id: string; case: { effects: { kind: string; appliedAt: string | null; target: { projectId: string | null } }[] } }[]).find((i) => i.id === itemId)!.case.effects[0]!;
    expect(effect).toMatchObject({ kind: 'decide_project_change', appliedAt: expect.any(String), target: { projectId: p.id } });
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, asked.json().id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses the whole recording when the project changed after the request, or the request was withdrawn', async () => {
    const p = await grantedProject();
    const asked = (await owner.post(`/api/projects/${p.id}/change-requests`, { endsOn: '2028-06-30', justification: 'Forsinket oppstart.' })).json();
    const { itemId } = await onAgenda(asked.id);
    expect((await owner.put(`/api/projects/${p.id}/milestones`, { milestones: [{ title: { nb: 'Oppstart' }, dueOn: '2026-03-01' }] })).statusCode).toBe(200);
    const stale = await secretariat.post(`/api/agenda-items/${itemId}/decision`, { outcome: 'adopted' });
    expect(stale.statusCode).toBe(409);
    expect(errors(stale)).toEqual(['effects.0:projectChanged']);
    const [row] = await t.db.select().from(projects).where(eq(projects.id, p.id));
    expect(row!.endsOn).toBe('2027-06-30');
    expect((await secretariat.get(`/api/change-requests/${asked.id}`)).json().status).toBe('on_agenda');

    // A request made against the project as it is now; then withdrawn after its case is prepared.
    expect((await owner.post(`/api/change-requests/${asked.id}/withdraw`)).statusCode).toBe(200);
    const again = (await owner.post(`/api/projects/${p.id}/change-requests`, { endsOn: '2028-06-30', justification: 'Forsinket oppstart.' })).json();
    const second = await onAgenda(again.id);
    expect((await owner.post(`/api/change-requests/${again.id}/withdraw`)).statusCode).toBe(200);
    expect(errors(await secretariat.post(`/api/agenda-items/${second.itemId}/decision`, { outcome: 'adopted' }))).toEqual(['effects.0:changeWithdrawn']);
    // A withdrawn request is not put to a body again.
    const kase = await secretariat.post(`/api/bodies/${bodyId}/cases`, { type: 'decision', title: { nb: 'Sak' }, effects: [{ kind: 'decide_project_change', targetId: again.id }] });
    expect(errors(kase)).toEqual(['effects.0.targetId:changeNotPending']);
  });

  it('rejects the request with the case, and keeps other programmes and organisations out', async () => {
    const p = await grantedProject();
    const asked = (await owner.post(`/api/projects/${p.id}/change-requests`, { grantedTotal: 200_000, lines: lines(200_000, 0), justification: 'Mindre behov.' })).json();
    expect((await outsider.post(`/api/projects/${p.id}/change-requests`, { endsOn: '2028-06-30', justification: 'x' })).statusCode).toBe(403);
    expect((await outsider.post(`/api/change-requests/${asked.id}/withdraw`)).statusCode).toBe(403);
    const foreignBody = (await buildBody(t.db, { programmeId: (await buildProgramme(t.db)).id })).id;
    const foreign = await secretariat.post(`/api/bodies/${foreignBody}/cases`, { type: 'decision', title: { nb: 'Sak' }, effects: [{ kind: 'decide_project_change', targetId: asked.id }] });
    expect([403, 404, 422]).toContain(foreign.statusCode);

    const { itemId } = await onAgenda(asked.id);
    expect((await secretariat.post(`/api/agenda-items/${itemId}/decision`, { outcome: 'rejected' })).statusCode).toBe(200);
    expect((await owner.get(`/api/projects/${p.id}/change-requests`)).json().items[0]).toMatchObject({ status: 'rejected', canWithdraw: false });
    const [row] = await t.db.select().from(projects).where(eq(projects.id, p.id));
    expect(row!.grantedTotal).toBe(500_000);
    const list = (await secretariat.get(`/api/programmes/${programmeId}/change-requests?status=rejected`)).json().items as { id: string }[];
    expect(list.map((r) => r.id)).toContain(asked.id);
  });

  it('checks the proposal as a budget is checked', async () => {
    const p = await grantedProject();
    const res = await owner.post(`/api/projects/${p.id}/change-requests`, { grantedTotal: 800_000, lines: [...lines(300_000, 400_000), { year: 2030, source: 'other', kind: 'granted', amount: 100_000 }], justification: 'x' });
    expect(errors(res)).toEqual(['lines.2.year:outsidePeriod']);
    expect(errors(await owner.post(`/api/projects/${p.id}/change-requests`, { grantedTotal: 800_000, justification: 'x' }))).toEqual(['grantedTotal:budgetSum']);
    expect(errors(await owner.post(`/api/projects/${p.id}/change-requests`, { justification: 'x' }))).toEqual([':noChange']);
    expect(errors(await owner.post(`/api/projects/${p.id}/change-requests`, { endsOn: '2025-01-01', justification: 'x' }))).toEqual(['endsOn:periodOrder']);
  });
});
