import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { applications } from '../features/calls/calls.table';
import { outboxEmails } from '../features/email/email.table';
import { projects } from '../features/portfolio/projects.table';
import { loadDemoData } from './demo';
import { DEMO_PASSWORD } from './demo-data';
import { DECIDED_APPLICATIONS } from './demo-decisions-data';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let programmeId: string;
let decided: (typeof applications.$inferSelect)[];

const TITLES = DECIDED_APPLICATIONS.map((a) => a.title);
const [GRANTED, PARTLY, REJECTED] = TITLES as [string, string, string];

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set(new Date('2026-12-03T12:00:00Z'));
  await loadDemoData(t.db, { origin: 'https://samordna.example' });
  anon = await t.client();
  secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
  programmeId = (await anon.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json().id;
  decided = await t.db.select().from(applications).where(inArray(applications.title, TITLES));
});
afterAll(() => t.close());

const byTitle = (title: string) => decided.find((a) => a.title === title)!;

describe('demo decisions', () => {
  it('loads once: a second run adds no application, project or meeting', async () => {
    const count = async () => [(await t.db.select().from(applications)).length, (await t.db.select().from(projects)).length];
    const before = await count();
    await loadDemoData(t.db);
    expect(await count()).toEqual(before);
  });

  it("gives the 2026 call applications in every state, three of them decided on the operative board's recommendation", async () => {
    const call = (await anon.get(`/api/programmes/${programmeId}/calls`)).json().items.find((c: { title: { nb: string } }) => c.title.nb.endsWith('2026'));
    const items = (await secretariat.get(`/api/calls/${call.id}/applications`)).json().items as { title: string; status: string }[];
    expect(items.map((i) => i.status).sort()).toEqual(['decided', 'decided', 'decided', 'in_review', 'returned', 'submitted']);
    expect(decided.map((a) => [a.title, a.status, a.outcome, a.grantedAmount]).sort()).toEqual(
      [
        [GRANTED, 'decided', 'granted', 300000],
        [PARTLY, 'decided', 'partly_granted', 450000],
        [REJECTED, 'decided', 'rejected', null],
      ].sort(),
    );
    expect(byTitle(PARTLY).conditions?.nb).toContain('skoleåret 2026–27');
    // The draft (not shown to the secretariat) is the sixth state.
    expect((await t.db.select().from(applications).where(and(eq(applications.callId, call.id), eq(applications.status, 'draft')))).length).toBe(1);

    for (const a of decided) {
      const board = (await secretariat.get(`/api/applications/${a.id}/reviews`)).json();
      expect(board.reviews.map((r: { status: string }) => r.status)).toEqual(['submitted', 'submitted']);
      expect(board.releasedAt).not.toBeNull();
      expect(board.recommendation.outcome).toBe(a.outcome);
      expect(board.decisionCases).toMatchObject([{ body: { name: { nb: 'Operativt styre' } }, applied: true }]);
    }
  });

  it("records the decisions in a meeting of the operative board, whose effects created the granted projects, and publishes the minutes", async () => {
    const board = (await secretariat.get(`/api/applications/${byTitle(PARTLY).id}/reviews`)).json();
    const kase = (await secretariat.get(`/api/cases/${board.decisionCases[0].caseId}`)).json();
    const step = kase.steps[0];
    const meeting = (await anon.get(`/api/meetings/${step.meetingId}`)).json();
    expect(meeting.meeting).toMatchObject({ startsAt: '2026-09-15T11:00:00.000Z', status: 'minutes_published', noticeLate: false, minutesApprovedBy: 'chair' });
    expect(meeting.warnings).toEqual([]);
    const items = meeting.items as { id: string; number: string; outcome: string; decidedAt: string; case: { title: { nb: string }; effects: { kind: string; appliedAt: string; target: { applicationId: string; projectId: string | null } }[] }; conflicts: { memberName: string; ruling: string }[] }[];
    expect(items.map((i) => [i.number, i.outcome])).toEqual([
      ['7/2026', 'adopted'],
      ['8/2026', 'adopted'],
      ['9/2026', 'adopted'],
    ]);
    // The members from the applicant districts left their cases.
    expect(items.flatMap((i) => i.conflicts.map((c) => [c.memberName, c.ruling]))).toEqual([
      ['Sara Nilsen', 'disqualified'],
      ['Jonas Eide', 'disqualified'],
    ]);

    const created = await t.db.select().from(projects).where(inArray(projects.applicationId, decided.map((a) => a.id)));
    expect(created).toHaveLength(2);
    for (const a of decided) {
      const item = items.find((i) => i.case.effects[0]!.target.applicationId === a.id)!;
      const effect = item.case.effects[0]!;
      expect(effect).toMatchObject({ kind: 'decide_application', appliedAt: '2026-09-15T11:00:00.000Z' });
      expect(a.decidedByItemId).toBe(item.id);
      expect(a.decidedAt?.toISOString()).toBe('2026-09-15T11:00:00.000Z');
      const project = created.find((p) => p.applicationId === a.id);
      expect(effect.target.projectId).toBe(project?.id ?? null);
      if (project) expect(project).toMatchObject({ createdByItemId: item.id, grantedTotal: a.grantedAmount, ownerOrganisationId: a.organisationId, phase: 'running' });
    }
  });

  it('puts the granted projects on the public portfolio, with the partner of the grant in part and the budget of its decision', async () => {
    const pub = (await anon.get(`/api/programmes/${programmeId}/projects?limit=500`)).json().items as { id: string; title: { nb: string } }[];
    expect(pub.map((p) => p.title.nb)).toEqual(expect.arrayContaining([GRANTED, PARTLY]));
    expect(pub.map((p) => p.title.nb)).not.toContain(REJECTED);
    const partly = (await secretariat.get(`/api/projects/${pub.find((p) => p.title.nb === PARTLY)!.id}`)).json();
    expect(partly).toMatchObject({ isPublished: true, startsOn: '2026-10-01', endsOn: '2027-06-30', budgetLines: [{ year: 2026, kind: 'granted', amount: 450000 }] });
    expect(partly.partners).toMatchObject([{ organisation: { name: 'Utdanningsetaten i Oslo kommune' }, role: 'partner' }]);
    expect(partly.summary.en).toContain('mentor');
  });

  it('gives the granted projects their report due at the end of the year and a benefit plan on one of the programme’s indicators', async () => {
    const indicators = (await anon.get(`/api/programmes/${programmeId}/statistics`)).json().indicators.map((i: { code: string }) => i.code);
    for (const title of [GRANTED, PARTLY]) {
      const [project] = await t.db.select().from(projects).where(eq(projects.applicationId, byTitle(title).id));
      const reports = (await secretariat.get(`/api/projects/${project!.id}/status-reports`)).json();
      expect(reports.items[0]).toMatchObject({ dueOn: '2026-12-31', state: 'due' });
      const plan = (await anon.get(`/api/projects/${project!.id}/benefits`)).json();
      expect(plan.benefits).toHaveLength(1);
      expect(plan.benefits[0]).toMatchObject({ measure: 'indicator', area: { name: byTitle(title).title.includes('Sagene') ? 'Bydel Sagene' : 'Bydel Søndre Nordstrand' } });
      expect(indicators).toContain(plan.benefits[0].indicator.code);
    }
  });

  it('keeps the decision letter to the applicant in the outbox, dated the day of the meeting', async () => {
    const letters = await t.db.select().from(outboxEmails).where(eq(outboxEmails.template, 'decisionLetter'));
    expect(letters.map((l) => [l.toAddress, l.state, l.createdAt.toISOString()])).toEqual([['bidragsyter.sagene@samordna.test', 'kept', '2026-09-15T11:00:00.000Z']]);
    expect(letters[0]!.subject).toBe(`Vedtak: søknaden «${GRANTED}»`);
    expect(letters[0]!.textBody).toContain(`https://samordna.example/admin/soknader/${byTitle(GRANTED).id}`);
  });
});
