import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildArea, buildCohort, buildGroup, buildIndicator, buildMember, buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';
import { programmes } from '../programmes/programmes.table';
import { goals } from '../goals/goals.table';
import { actionProgrammes, effortGoals, efforts } from '../governance/action-programmes.table';
import { programmeAreas, programmeIndicators } from '../indicators/indicators.table';
import { programmeRoles } from '../users/users.table';
import { developmentPlans } from './development.table';
import type { Plan, PlanConverted } from '../../../shared/contracts/development';

const PLAN = {
  strengths: 'Gode barnehager',
  weaknesses: 'Mange slutter i videregående',
  needs: 'Tettere samarbeid mellom skole og helse',
  futureImages: 'Alle barn i Hamar mestrer og hører til',
  goals: [{ title: 'Flere fullfører videregående', description: 'Innen 2030' }, { title: 'Trygge overganger' }],
  actors: [{ name: 'Referansegruppa', role: 'Tverrfaglig', arena: 'reference_group' }],
  efforts: [
    { title: 'Leksehjelp på ungdomsskolen', responsible: 'Kommunalsjef oppvekst', fromYear: 2027, toYear: 2028, goals: [0], followUp: 'Halvårlig rapport til komiteen' },
    { title: 'Overgangsmøter barnehage–skole', responsible: 'Rektorgruppa', fromYear: 2027, toYear: 2029, goals: [0, 1] },
  ],
};

describe("a development plan becomes the municipality's own programme", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function arrange() {
    const devProgramme = await buildProgramme(t.db, { kind: 'development_programme' });
    const area = await buildArea(t.db, { kind: 'municipality' });
    const county = await buildArea(t.db, { kind: 'county' });
    const indicator = await buildIndicator(t.db);
    await t.db.insert(programmeIndicators).values({ programmeId: devProgramme.id, indicatorId: indicator.id });
    await t.db.insert(programmeAreas).values([{ programmeId: devProgramme.id, areaId: county.id, role: 'reference' }]);
    const organisation = await buildOrganisation(t.db, { kind: 'municipality', areaId: area.id });
    const cohort = await buildCohort(t.db, { programmeId: devProgramme.id });
    const group = await buildGroup(t.db, { cohortId: cohort.id, organisationId: organisation.id });
    const user = await buildUser(t.db, { roles: [[devProgramme.id, 'participant']] });
    await buildMember(t.db, { groupId: group.id, userId: user.id });
    const member = await t.signIn(user.email);
    const saved = await member.put(`/api/groups/${group.id}/plan`, { revision: 0, ...PLAN });
    expect(saved.statusCode, saved.body).toBe(200);
    return { devProgramme, area, county, indicator, organisation, group, user, member };
  }

  it('makes goals, an action programme with the efforts, the indicators and the secretariat in one step', async () => {
    const { group, user, member, area, county, indicator } = await arrange();
    const res = await member.post(`/api/groups/${group.id}/plan/programme`, { slug: `hamar-oppvekst-${group.id.slice(0, 8)}`, name: { nb: 'Oppvekst i Hamar' } });
    expect(res.statusCode, res.body).toBe(201);
    const done = res.json() as PlanConverted;
    expect({ goals: done.goals, efforts: done.efforts, indicators: done.indicators }).toEqual({ goals: 2, efforts: 2, indicators: 1 });
    const [programme] = await t.db.select().from(programmes).where(eq(programmes.id, done.programmeId));
    expect({ kind: programme!.kind, isPublished: programme!.isPublished, purpose: programme!.purpose.nb }).toEqual({ kind: 'programme', isPublished: false, purpose: PLAN.futureImages });
    const goalRows = await t.db.select().from(goals).where(eq(goals.programmeId, done.programmeId)).orderBy(goals.sortOrder);
    expect(goalRows.map((g) => [g.title.nb, g.periodFrom, g.periodTo])).toEqual([
      ['Flere fullfører videregående', 2027, 2029],
      ['Trygge overganger', 2027, 2029],
    ]);
    const [ap] = await t.db.select().from(actionProgrammes).where(eq(actionProgrammes.programmeId, done.programmeId));
    const effortRows = await t.db.execute<{ title: { nb: string }; description: { nb: string }; goals: string[] }>(
      sql`select e.title, e.description, array(select eg.goal_id::text from ${effortGoals} eg where eg.effort_id = e.id order by eg.goal_id) as goals from ${efforts} e join action_priorities p on p.id = e.priority_id where p.action_programme_id = ${ap!.id} order by e.position`,
    );
    expect(effortRows.rows.map((e) => e.title.nb)).toEqual(['Leksehjelp på ungdomsskolen', 'Overgangsmøter barnehage–skole']);
    expect(effortRows.rows[0]!.description.nb).toContain('Ansvarlig: Kommunalsjef oppvekst');
    expect(effortRows.rows[0]!.goals).toEqual([goalRows[0]!.id]);
    expect(effortRows.rows[1]!.goals.sort()).toEqual([goalRows[0]!.id, goalRows[1]!.id].sort());
    const areasOf = await t.db.select().from(programmeAreas).where(eq(programmeAreas.programmeId, done.programmeId));
    expect(areasOf.map((a) => [a.areaId, a.role]).sort()).toEqual([[area.id, 'focus'], [county.id, 'reference']].sort());
    expect((await t.db.select().from(programmeIndicators).where(eq(programmeIndicators.programmeId, done.programmeId))).map((r) => r.indicatorId)).toEqual([indicator.id]);
    const [role] = await t.db.select().from(programmeRoles).where(eq(programmeRoles.programmeId, done.programmeId));
    expect({ user: role!.userId, role: role!.role }).toEqual({ user: user.id, role: 'secretariat' });
    // The member now runs it: the new programme's goals are theirs to manage.
    const again = await t.signIn(user.email);
    const plan = (await again.get(`/api/groups/${group.id}/plan`)).json() as Plan;
    expect(plan.convertedProgramme?.id).toBe(done.programmeId);
    const twice = await again.post(`/api/groups/${group.id}/plan/programme`, { slug: `annen-${group.id.slice(0, 8)}`, name: { nb: 'Igjen' } });
    expect(twice.json().code).toBe('CONFLICT');
  });

  it('leaves nothing half-made when a step fails, and names a taken address at its field', async () => {
    const { group, member } = await arrange();
    const taken = await buildProgramme(t.db);
    const clash = await member.post(`/api/groups/${group.id}/plan/programme`, { slug: taken.slug, name: { nb: 'Oppvekst' } });
    expect(clash.json().errors[0]).toMatchObject({ path: 'slug', code: 'taken' });
    // The action programme cannot be written: the programme and its goals, written before it, must go too.
    const slug = `feiler-${group.id.slice(0, 8)}`;
    await t.db.execute(sql.raw(`create or replace function refuse_ap() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$`));
    await t.db.execute(sql.raw(`create trigger refuse_ap before insert on action_programmes for each row execute function refuse_ap()`));
    try {
      const failed = await member.post(`/api/groups/${group.id}/plan/programme`, { slug, name: { nb: 'Oppvekst' } });
      expect(failed.statusCode).toBe(500);
    } finally {
      await t.db.execute(sql.raw(`drop trigger refuse_ap on action_programmes`));
    }
    expect(await t.db.select().from(programmes).where(eq(programmes.slug, slug))).toEqual([]);
    const orphanGoals = await t.db.execute(sql`select count(*)::int as n from ${goals} g left join ${programmes} p on p.id = g.programme_id where p.id is null`);
    expect(orphanGoals.rows[0]).toEqual({ n: 0 });
    const [plan] = await t.db.select().from(developmentPlans).where(eq(developmentPlans.groupId, group.id));
    expect(plan!.programmeId).toBeNull();
    // Once the fault is gone the same request succeeds.
    expect((await member.post(`/api/groups/${group.id}/plan/programme`, { slug, name: { nb: 'Oppvekst' } })).statusCode).toBe(201);
  });

  it('is for the group and the office only', async () => {
    const { group, devProgramme } = await arrange();
    const other = await buildGroup(t.db, { cohortId: (await buildCohort(t.db, { programmeId: devProgramme.id })).id });
    const outsider = await buildUser(t.db, { roles: [[devProgramme.id, 'participant']] });
    await buildMember(t.db, { groupId: other.id, userId: outsider.id });
    const c = await t.signIn(outsider.email);
    const res = await c.post(`/api/groups/${group.id}/plan/programme`, { slug: `x-${group.id.slice(0, 8)}`, name: { nb: 'X' } });
    expect(res.statusCode).toBe(404);
    const facilitator = await buildUser(t.db, { roles: [[devProgramme.id, 'facilitator']] });
    await t.db.execute(sql`update participant_groups set facilitator_user_id = ${facilitator.id} where id = ${group.id}`);
    const f = await t.signIn(facilitator.email);
    expect((await f.post(`/api/groups/${group.id}/plan/programme`, { slug: `y-${group.id.slice(0, 8)}`, name: { nb: 'Y' } })).statusCode).toBe(403);
  });
});
