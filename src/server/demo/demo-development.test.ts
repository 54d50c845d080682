import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { loadDemoData } from './demo';
import { DEMO_PASSWORD } from './demo-data';
import { loadDemoDevelopment } from './demo-development';
import {
  cohortGatherings,
  cohorts,
  developmentPlans,
  developmentSettings,
  gatheringAttendance,
  groupMembers,
  groupNotes,
  homeworkSubmissions,
  homeworkTasks,
  participantGroups,
  planComments,
} from '../features/development/development.table';
import { events } from '../features/events/events.table';
import { organisations } from '../features/organisations/organisations.table';
import { programmes } from '../features/programmes/programmes.table';
import { users } from '../features/users/users.table';
import { attendanceShare, homeworkState } from '../../shared/domain/development';
import { DevelopmentSettings, PlanInput, type CohortDetail, type Plan } from '../../shared/contracts/development';
import type { AreaProfile } from '../../shared/contracts/profiles';
import type { Me } from '../../shared/contracts/auth';

let t: TestApp;
let programmeId: string;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
  programmeId = (await t.db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, 'absolutt')))[0]!.id;
});
afterAll(() => t.close());

/** The cohort's groups by organisation name, with their members. */
async function groups() {
  const rows = await t.db
    .select({ id: participantGroups.id, name: organisations.name, status: participantGroups.status, hasCommitted: participantGroups.hasCommitted, facilitator: participantGroups.facilitatorUserId })
    .from(participantGroups)
    .innerJoin(organisations, eq(organisations.id, participantGroups.organisationId));
  const members = await t.db.select().from(groupMembers).orderBy(asc(groupMembers.position));
  return new Map(rows.map((g) => [g.name, { ...g, members: members.filter((m) => m.groupId === g.id) }]));
}

describe('demo development programme (ABSOLUTT, seed 003)', () => {
  it('holds the three perspectives, the four questions of the cycle and the competence goals as the seed words them, in three languages', async () => {
    const [settings] = await t.db.select().from(developmentSettings).where(eq(developmentSettings.programmeId, programmeId));
    const parsed = DevelopmentSettings.parse(settings);
    expect(parsed.perspectives.map((p) => [p.title.nb, p.question.nb])).toEqual([
      ['Kunnskapsgrunnlag og kvalitet', 'Hvor er vi?'],
      ['Framtidsbilder', 'Hvor vil vi?'],
      ['Utviklingsprosessen', 'Hvordan kommer vi dit vi vil?'],
    ]);
    expect(parsed.perspectives[0]!.topics.map((x) => x.nb)).toEqual(['Globalisering', 'Nasjonal kontekst og utdanningspolitikk', 'Det lokale kunnskapsgrunnlaget, styrker og svakheter', 'Hvilket endringsbehov ser vi?']);
    expect(parsed.perspectives[2]!.topics.map((x) => x.nb)).toEqual(['Planlegging og implementering', 'Innovasjon, profesjonsutvikling og medarbeiderskap', 'Varige forbedringer']);
    expect([parsed.cycleQuestions.where_are_we, parsed.cycleQuestions.where_to_go, parsed.cycleQuestions.who_does_what, parsed.cycleQuestions.how_to_get_there].map((q) => q?.nb)).toEqual([
      'Hvor er vi?',
      'Hvor vil vi?',
      'Hvem gjør hva?',
      'Hvordan får vi det til?',
    ]);
    expect(parsed.competenceGoals).toHaveLength(4);
    expect(parsed.competenceGoals[0]!.nb).toBe('Økt rolleforståelse for hva som ligger i de folkevalgtes ansvar og myndighet for å sikre barn og unge gode oppvekstvilkår og et godt utdanningsløp.');
    expect(parsed.competenceGoals[3]!.nb).toBe('Økt forståelse for de ulike aktørers muligheter og roller i et helhetlig oppvekstmiljø.');
    const texts = [...parsed.perspectives.flatMap((p) => [p.title, p.question, ...p.topics]), ...Object.values(parsed.cycleQuestions), ...parsed.competenceGoals];
    for (const text of texts) {
      expect(text?.nn, text?.nb).toBeTruthy();
      expect(text?.en, text?.nb).toBeTruthy();
    }
  });

  it('runs one cohort in Innlandet with two gatherings held and one ahead, each with talks, work across municipalities and group work', async () => {
    const [cohort, ...more] = await t.db.select().from(cohorts).where(eq(cohorts.programmeId, programmeId));
    expect(more).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(cohort).toMatchObject({ name: { nb: 'Innlandet 2025–2026' }, region: 'Innlandet', isEvaluationOpen: false });
    expect(cohort!.startsOn < today && today < cohort!.endsOn).toBe(true);
    const gatherings = await t.db
      .select({ kind: events.kind, status: events.status, startsAt: events.startsAt, talks: events.talks, address: events.address, description: events.description, programmeId: events.programmeId })
      .from(cohortGatherings)
      .innerJoin(events, eq(events.id, cohortGatherings.eventId))
      .where(eq(cohortGatherings.cohortId, cohort!.id))
      .orderBy(asc(events.startsAt));
    expect(gatherings.map((g) => [g.kind, g.status, g.programmeId, g.startsAt < new Date() ? 'held' : 'ahead'])).toEqual([
      ['gathering', 'published', programmeId, 'held'],
      ['gathering', 'published', programmeId, 'held'],
      ['gathering', 'published', programmeId, 'ahead'],
    ]);
    for (const g of gatherings) {
      const titles = g.talks.map((x) => x.title).join(' | ');
      expect(titles).toMatch(/Faglig innlegg/);
      expect(titles).toMatch(/Arbeid på tvers av kommuner/);
      expect(titles).toMatch(/Arbeid i egen gruppe/);
      expect(g.address).toMatch(/(Hamar|Elverum)$/);
      expect(g.description).toContain('illustrative');
    }
  });

  it('has Hamar, Elverum and Løten committed, Elverum below its commitment, and the county invited', async () => {
    const all = await groups();
    expect([...all.values()].map((g) => [g.name, g.status, g.hasCommitted, g.members.length]).sort()).toEqual([
      ['Elverum kommune', 'accepted', true, 6],
      ['Hamar kommune', 'accepted', true, 8],
      ['Hedmark fylkeskommune', 'invited', false, 0],
      ['Løten kommune', 'accepted', true, 5],
    ]);
    const hamar = all.get('Hamar kommune')!;
    expect(hamar.members.map((m) => m.role)).toEqual(['mayor', 'committee_leader', 'chief_executive', 'head_of_education', 'adviser', 'principal', 'kindergarten_head', 'union_representative']);
    expect(hamar.members.filter((m) => m.kind === 'elected')).toHaveLength(2);
    const [marte] = await t.db.select().from(users).where(eq(users.email, 'veileder.absolutt@samordna.test'));
    expect([hamar.facilitator, all.get('Løten kommune')!.facilitator]).toEqual([marte!.id, marte!.id]);
    expect(all.get('Elverum kommune')!.facilitator).toBeNull();
    // Linked accounts: Eirik Sand in Hamar, Ingrid Moen in Elverum; everyone else fictional at example.org.
    const linked = [...all.values()].flatMap((g) => g.members.filter((m) => m.userId).map((m) => [g.name, m.name, m.email]));
    expect(linked).toEqual(expect.arrayContaining([
      ['Hamar kommune', 'Eirik Sand', 'deltaker.hamar@samordna.test'],
      ['Elverum kommune', 'Ingrid Moen', 'deltaker.elverum@samordna.test'],
    ]));
    expect(linked).toHaveLength(2);
    for (const g of all.values()) {
      for (const m of g.members) if (!m.userId) expect(m.email).toMatch(/^[a-z.]+@example\.org$/);
      if (g.status === 'accepted') expect(g.members.filter((m) => m.isContact)).toHaveLength(1);
    }

    const held = (await t.db.select({ eventId: cohortGatherings.eventId, startsAt: events.startsAt }).from(cohortGatherings).innerJoin(events, eq(events.id, cohortGatherings.eventId))).filter(
      (g) => g.startsAt < new Date(),
    );
    const marks = await t.db.select().from(gatheringAttendance);
    const share = (name: string) => {
      const g = all.get(name)!;
      const ids = new Set(g.members.map((m) => m.id));
      const attendedBy = held.map((h) => marks.filter((x) => x.eventId === h.eventId && ids.has(x.memberId) && x.attended).length);
      return attendanceShare(held.length, attendedBy, g.members.length);
    };
    expect(held).toHaveLength(2);
    expect(share('Hamar kommune')).toBe(1);
    expect(share('Løten kommune')).toBe(1);
    expect(share('Elverum kommune')).toBeCloseTo(11 / 12);
  });

  it('has homework in several states: on time, late, missing, a draft, and one ahead with nothing yet', async () => {
    const all = await groups();
    const tasks = await t.db.select().from(homeworkTasks).orderBy(asc(homeworkTasks.dueAt));
    const submissions = await t.db.select().from(homeworkSubmissions);
    const states = tasks.map((task) => [
      task.submissionKind,
      task.dueAt < new Date() ? 'past' : 'ahead',
      ...['Hamar kommune', 'Elverum kommune', 'Løten kommune'].map((name) => homeworkState(task.dueAt, submissions.find((s) => s.taskId === task.id && s.groupId === all.get(name)!.id))),
    ]);
    expect(states).toEqual([
      ['text', 'past', 'submitted', 'late', 'missing'],
      ['plan_part', 'past', 'submitted', 'missing', 'draft'],
      ['document', 'ahead', 'missing', 'missing', 'missing'],
    ]);
    expect(tasks[0]!.title).toBe('Hvor er vi? Lokalt kunnskapsgrunnlag');
    expect(tasks[1]!.planPart).toBe('where_to_go');
    // The stored flag agrees with the dates.
    for (const s of submissions.filter((x) => x.submittedAt)) expect(s.isLate).toBe(s.submittedAt! > tasks.find((x) => x.id === s.taskId)!.dueAt);
    const notes = await t.db.select().from(groupNotes).where(eq(groupNotes.groupId, all.get('Hamar kommune')!.id));
    expect(notes.map((n) => n.kind).sort()).toEqual(['local_meeting', 'reference_group']);
  });

  it("has Hamar's development plan well under way, in the group's own (demo) words, with a facilitator's comment", async () => {
    const hamar = (await groups()).get('Hamar kommune')!;
    const [plan] = await t.db.select().from(developmentPlans).where(eq(developmentPlans.groupId, hamar.id));
    const input = PlanInput.parse({ ...plan });
    for (const text of [input.strengths, input.weaknesses, input.needs, input.futureImages]) expect(text).toMatch(/^Demotekst\. \S/);
    expect([input.goals.length, input.actors.length, input.efforts.length]).toEqual([3, 4, 4]);
    expect(new Set(input.actors.map((a) => a.arena)).size).toBe(4);
    for (const e of input.efforts) {
      expect(e.responsible).not.toBe('');
      expect(e.followUp).not.toBe('');
      expect(e.fromYear).not.toBeNull();
      expect(e.goals.length).toBeGreaterThan(0);
      expect(e.goals.every((g) => g < input.goals.length)).toBe(true);
    }
    // Every goal is served by an effort.
    expect(new Set(input.efforts.flatMap((e) => e.goals)).size).toBe(3);
    const comments = await t.db.select().from(planComments).where(eq(planComments.groupId, hamar.id));
    expect(comments.map((c) => [c.part, c.authorUserId === hamar.facilitator])).toEqual([['where_are_we', true]]);
  });

  it("opens Where are we? with the municipality's area profile against the county and the country", async () => {
    const anonymous = await t.client();
    for (const code of ['0403', '0427', '0415']) {
      const res = await anonymous.get(`/api/programmes/${programmeId}/profile/${code}`);
      expect(res.statusCode).toBe(200);
      const profile = res.json() as AreaProfile;
      expect(profile.referenceAreas.map((a) => a.code)).toEqual(['04', 'NO']);
      expect(profile.rows.map((r) => [r.indicator.code, r.latest !== null])).toEqual([
        ['grunnskolepoeng', true],
        ['fullfort-vgo-5ar', true],
      ]);
    }
  });

  it('lets the facilitator and the participants sign in with their programme roles', async () => {
    const roles = [];
    for (const email of ['veileder.absolutt@samordna.test', 'deltaker.hamar@samordna.test', 'deltaker.elverum@samordna.test']) {
      const me = (await (await t.signIn(email, DEMO_PASSWORD)).get('/api/auth/me')).json() as Me;
      roles.push([me.user!.name, ...me.user!.roles.map((r) => `${r.programmeSlug}:${r.role}`)]);
    }
    expect(roles).toEqual([
      ['Marte Lien', 'absolutt:facilitator'],
      ['Eirik Sand', 'absolutt:participant'],
      ['Ingrid Moen', 'absolutt:participant'],
    ]);
  });

  it('loads once: a second run adds nothing', async () => {
    const count = async () => [
      (await t.db.select().from(cohorts)).length,
      (await t.db.select().from(events).where(eq(events.kind, 'gathering'))).length,
      (await t.db.select().from(groupMembers)).length,
      (await t.db.select().from(homeworkSubmissions)).length,
    ];
    const before = await count();
    await loadDemoData(t.db);
    expect(await t.db.transaction((tx) => loadDemoDevelopment(tx))).toBe(0);
    expect(await count()).toEqual(before);
  });
});

describe('the ABSOLUTT demo through the API', () => {
  it('shows the office every group and the facilitator only Hamar and Løten; Elverum is below its commitment', async () => {
    const cohortId = (await t.db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.programmeId, programmeId)))[0]!.id;
    const office = await t.signIn('sekretariat.absolutt@samordna.test', DEMO_PASSWORD);
    const all = (await office.get(`/api/cohorts/${cohortId}`)).json() as CohortDetail;
    expect(all.groups.map((g) => [g.organisationName, g.status, g.isBelowCommitment]).sort()).toEqual([
      ['Elverum kommune', 'accepted', true],
      ['Hamar kommune', 'accepted', false],
      ['Hedmark fylkeskommune', 'invited', false],
      ['Løten kommune', 'accepted', false],
    ]);
    expect(all.gatherings.map((g) => g.isHeld)).toEqual([true, true, false]);
    const facilitator = await t.signIn('veileder.absolutt@samordna.test', DEMO_PASSWORD);
    const mine = (await facilitator.get(`/api/cohorts/${cohortId}`)).json() as CohortDetail;
    expect(mine.groups.map((g) => g.organisationName).sort()).toEqual(['Hamar kommune', 'Løten kommune']);
    const elverum = all.groups.find((g) => g.organisationName === 'Elverum kommune')!;
    expect((await facilitator.get(`/api/groups/${elverum.id}`)).statusCode).toBe(404);
    const hamar = await t.signIn('deltaker.hamar@samordna.test', DEMO_PASSWORD);
    const plan = (await hamar.get(`/api/groups/${all.groups.find((g) => g.organisationName === 'Hamar kommune')!.id}/plan`)).json() as Plan;
    expect({ canWrite: plan.canWrite, goals: plan.goals.length > 0, areaCode: plan.areaCode }).toEqual({ canWrite: true, goals: true, areaCode: '0403' });
    const profile = await hamar.get(`/api/programmes/${plan.programmeId}/profile/${plan.areaCode}`);
    expect((profile.json() as AreaProfile).referenceAreas.map((a) => a.code)).toEqual(['04', 'NO']);
  });
});
