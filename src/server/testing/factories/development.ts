import type { Db } from '../../db/client';
import { cohortGatherings, cohorts, groupMembers, homeworkTasks, participantGroups } from '../../features/development/development.table';
import { buildEvent } from './events';
import { buildOrganisation } from './organisations';
import { unique } from './unique';

const DAY = 24 * 60 * 60 * 1000;

/** A cohort of the programme (which should be a development programme), running this year. */
export async function buildCohort(db: Db, o: Partial<typeof cohorts.$inferInsert> & { programmeId: string }) {
  const [row] = await db
    .insert(cohorts)
    .values({ name: { nb: `Kull ${unique()}` }, region: 'Innlandet', startsOn: '2026-01-01', endsOn: '2027-06-30', ...o })
    .returning();
  return row!;
}

/** A municipality's participant group in the cohort (accepted and committed unless told otherwise). */
export async function buildGroup(db: Db, o: Partial<typeof participantGroups.$inferInsert> & { cohortId: string }) {
  const organisationId = o.organisationId ?? (await buildOrganisation(db, { kind: 'municipality' })).id;
  const [row] = await db
    .insert(participantGroups)
    .values({ status: 'accepted', hasCommitted: true, ...o, organisationId })
    .returning();
  return row!;
}

/** A member of the group; `userId` makes them a participant who signs in. */
export async function buildMember(db: Db, o: Partial<typeof groupMembers.$inferInsert> & { groupId: string }) {
  const [row] = await db
    .insert(groupMembers)
    .values({ name: `Medlem ${unique()}`, role: 'adviser', kind: 'administrative', ...o })
    .returning();
  return row!;
}

/** A gathering of the cohort: a published event of kind gathering, `days` from now. */
export async function buildGathering(db: Db, o: { cohortId: string; programmeId: string; days: number }) {
  const startsAt = new Date(Date.now() + o.days * DAY);
  const event = await buildEvent(db, { programmeId: o.programmeId, kind: 'gathering', startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3600_000) });
  await db.insert(cohortGatherings).values({ eventId: event.id, cohortId: o.cohortId });
  return event;
}

/** A homework task of the cohort, due `days` from now. */
export async function buildTask(db: Db, o: Partial<typeof homeworkTasks.$inferInsert> & { cohortId: string; days?: number }) {
  const { days = 7, ...rest } = o;
  const [row] = await db
    .insert(homeworkTasks)
    .values({ title: `Oppgave ${unique()}`, submissionKind: 'text', dueAt: new Date(Date.now() + days * DAY), ...rest })
    .returning();
  return row!;
}
