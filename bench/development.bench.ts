/**
 * `npm run bench -- development`: a development programme at the size of a national round, in a
 * throwaway database. One cohort of 60 participant groups of ten members, six gatherings (three
 * held, attendance recorded for every member), eight homework tasks with hand-ins from most
 * groups; one group with a long development plan. Measures:
 *
 * - `cohort.office.p50_ms` / `p95_ms`: the cohort as the programme office reads it (every group
 *   with its attendance, commitment and homework states), over 40 reads;
 * - `cohort.statements`: the SQL statements one such read sends (it must not grow with the groups);
 * - `plan.pdf.ms` / `plan.docx.ms`: the plan exported (median of 10), with its size;
 * - `plan.convert.ms`: the plan turned into a programme in one transaction (median of 5 plans),
 *   with the goals and efforts it made.
 */
import os from 'node:os';
import { buildCohort, buildGathering, buildGroup, buildMember, buildProgramme, buildTask, buildUser } from '../src/server/testing/factories';
import { developmentPlans, gatheringAttendance, homeworkSubmissions } from '../src/server/features/development/development.table';
import { getCohort } from '../src/server/features/development/development.service';
import { exportPlan } from '../src/server/features/development/plans.service';
import { convertPlan } from '../src/server/features/development/plan-conversion';
import type { Actor } from '../src/server/http/actor';
import type { ProgrammeRole } from '../src/shared/contracts/users';
import type { Arena } from '../src/shared/domain/development';
import { withThrowawayDatabase } from './throwaway-db';
import { percentile, recorder, round } from './sql-ratio';

const GROUPS = 60;
const MEMBERS = 10;
const GATHERINGS = 6;
const TASKS = 8;
const READS = 40;

const TEXT =
  'Kommunen har gode barnehager og en skole som samarbeider tett med helsestasjonen, men for mange elever slutter i videregående, ' +
  'og overgangene mellom barnehage, barneskole og ungdomsskole er sårbare. Referansegruppa har pekt på behovet for et felles kunnskapsgrunnlag.';

const median = (values: number[]) => percentile(values, 50);

function actorOf(user: { id: string; name: string; email: string }, programmeId: string, role: ProgrammeRole): Actor {
  return { user: { id: user.id, name: user.name, email: user.email, organisationId: null, isPlatformAdmin: false, roles: new Map([[programmeId, role]]) }, requestId: 'bench' };
}

function longPlan() {
  return {
    strengths: `${TEXT}\n\n${TEXT}`,
    weaknesses: `${TEXT}\n\n${TEXT}`,
    needs: TEXT,
    futureImages: `${TEXT}\n\n${TEXT}\n\n${TEXT}`,
    goals: Array.from({ length: 12 }, (_, i) => ({ title: `Mål ${i + 1}: flere barn mestrer skolen`, description: TEXT })),
    actors: Array.from({ length: 12 }, (_, i) => ({ name: `Aktør ${i + 1}`, role: 'Koordinerer arbeidet i sin tjeneste', arena: (i % 2 ? 'reference_group' : 'principals_group') as Arena })),
    efforts: Array.from({ length: 30 }, (_, i) => ({
      title: `Tiltak ${i + 1}: tidlig innsats i barnehage og skole`,
      description: TEXT,
      responsible: 'Kommunalsjef oppvekst',
      fromYear: 2027,
      toYear: 2027 + (i % 4),
      goals: [i % 12, (i + 5) % 12],
      followUp: 'Halvårlig rapport til komiteen for oppvekst, med tallene fra kunnskapsgrunnlaget.',
    })),
  };
}

async function run(): Promise<Record<string, number>> {
  return withThrowawayDatabase(async (_url, database) => {
    const db = database.db;
    const programme = await buildProgramme(db, { kind: 'development_programme' });
    const cohort = await buildCohort(db, { programmeId: programme.id });
    const office = actorOf(await buildUser(db, { roles: [[programme.id, 'secretariat']] }), programme.id, 'secretariat');

    const gatherings = [];
    for (let i = 0; i < GATHERINGS; i++) gatherings.push(await buildGathering(db, { cohortId: cohort.id, programmeId: programme.id, days: (i - 3) * 40 + 1 }));
    const tasks = [];
    for (let i = 0; i < TASKS; i++) tasks.push(await buildTask(db, { cohortId: cohort.id, days: (i - 4) * 30 + 2 }));
    const groups = [];
    for (let g = 0; g < GROUPS; g++) {
      const group = await buildGroup(db, { cohortId: cohort.id });
      groups.push(group);
      const members: { id: string }[] = [];
      for (let m = 0; m < MEMBERS; m++) members.push(await buildMember(db, { groupId: group.id, isContact: m === 0 }));
      const held = gatherings.filter((e) => e.startsAt.getTime() < Date.now());
      await db.insert(gatheringAttendance).values(held.flatMap((e) => members.map((m, k) => ({ eventId: e.id, memberId: m.id, attended: (k + g) % 7 !== 0 }))));
      const handedIn = tasks.filter((_, k) => (k + g) % 5 !== 0);
      if (handedIn.length) await db.insert(homeworkSubmissions).values(handedIn.map((t) => ({ taskId: t.id, groupId: group.id, text: TEXT, submittedAt: new Date() })));
    }

    const sql = recorder(database.pool);
    const statements = await sql.capture(() => getCohort(db, office, cohort.id, new Date()));
    const reads: number[] = [];
    for (let i = 0; i < READS; i++) {
      const t0 = performance.now();
      const detail = await getCohort(db, office, cohort.id, new Date());
      reads.push(performance.now() - t0);
      if (detail.groups.length !== GROUPS) throw new Error(`The office saw ${detail.groups.length} groups, not ${GROUPS}`);
    }

    // The plans: one member each, a long plan, exported and converted.
    const member = await buildUser(db, { roles: [[programme.id, 'participant']] });
    const memberActor = actorOf(member, programme.id, 'participant');
    const converted = groups.slice(0, 5);
    for (const group of converted) {
      await buildMember(db, { groupId: group.id, userId: member.id });
      await db.insert(developmentPlans).values({ groupId: group.id, ...longPlan() });
    }
    const pdfTimes: number[] = [];
    const docxTimes: number[] = [];
    let pdfBytes = 0;
    let docxBytes = 0;
    for (let i = 0; i < 10; i++) {
      let t0 = performance.now();
      pdfBytes = (await exportPlan(db, memberActor, converted[0]!.id, 'pdf', 'nb')).body.length;
      pdfTimes.push(performance.now() - t0);
      t0 = performance.now();
      docxBytes = (await exportPlan(db, memberActor, converted[0]!.id, 'docx', 'nb')).body.length;
      docxTimes.push(performance.now() - t0);
    }
    const convertTimes: number[] = [];
    let made = { goals: 0, efforts: 0 };
    for (const [i, group] of converted.entries()) {
      const t0 = performance.now();
      made = await convertPlan(db, memberActor, group.id, { slug: `kommune-${i}-oppvekst`, name: { nb: `Oppvekst ${i}` } }, new Date());
      convertTimes.push(performance.now() - t0);
    }

    return {
      groups: GROUPS,
      members: GROUPS * MEMBERS,
      'cohort.office.p50_ms': round(median(reads), 1),
      'cohort.office.p95_ms': round(percentile(reads, 95), 1),
      'cohort.statements': statements.length,
      'plan.pdf.ms': round(median(pdfTimes), 1),
      'plan.pdf.kb': round(pdfBytes / 1024, 1),
      'plan.docx.ms': round(median(docxTimes), 1),
      'plan.docx.kb': round(docxBytes / 1024, 1),
      'plan.convert.ms': round(median(convertTimes), 1),
      'plan.convert.goals': made.goals,
      'plan.convert.efforts': made.efforts,
      'machine.load_avg_1m': round(os.loadavg()[0]!, 1),
    };
  });
}

export const benchmark = { name: 'development', run };
