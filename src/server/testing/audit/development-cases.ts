import type { TestApp } from '../test-app';
import { buildCohort, buildGathering, buildGroup, buildMember, buildOrganisation, buildProgramme, buildTask, buildUser } from '../factories';
import { developmentPlans, developmentSettings, groupNotes } from '../../features/development/development.table';
import { cohortRows } from '../../features/development/development.repo';
import { multipart } from '../imports';
import type { GovernanceArranged } from './governance-cases';

const nb = (s: string) => ({ nb: s });

/**
 * One audit case per state-changing development route, each on records of its own. The group's
 * own work (homework, notes, the plan, the evaluation) is done by its members: the acting
 * administrator (`actorId`) is made a member of the group for those.
 */
export function developmentAuditCases(app: () => TestApp, actorId: () => string): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async () => {
    const db = app().db;
    const programme = await buildProgramme(db, { kind: 'development_programme' });
    const cohort = await buildCohort(db, { programmeId: programme.id });
    const group = await buildGroup(db, { cohortId: cohort.id });
    const member = await buildMember(db, { groupId: group.id, userId: actorId(), isContact: true });
    return { db, p: programme.id, cohort, group, member };
  };
  return {
    'PUT /api/programmes/:id/development': async () => {
      const p = (await buildProgramme(app().db, { kind: 'development_programme' })).id;
      return { url: `/api/programmes/${p}/development`, body: { perspectives: [], cycleQuestions: {}, competenceGoals: [nb('Økt rolleforståelse')] }, entry: () => ({ action: 'create', entityType: 'development_settings', entityId: p, programmeId: p, before: null, after: { competenceGoals: [nb('Økt rolleforståelse')] } }) };
    },
    'POST /api/programmes/:id/cohorts': async () => {
      const p = (await buildProgramme(app().db, { kind: 'development_programme' })).id;
      return { url: `/api/programmes/${p}/cohorts`, body: { name: nb('Agder'), region: 'Agder', startsOn: '2026-01-01', endsOn: '2026-12-31' }, entry: (r) => ({ action: 'create', entityType: 'cohort', entityId: r.id, programmeId: p, before: null, after: { region: 'Agder' } }) };
    },
    'PATCH /api/cohorts/:id': async () => {
      const { p, cohort } = await fixture();
      return { url: `/api/cohorts/${cohort.id}`, body: { isEvaluationOpen: true }, entry: () => ({ action: 'update', entityType: 'cohort', entityId: cohort.id, programmeId: p, before: { isEvaluationOpen: false }, after: { isEvaluationOpen: true } }) };
    },
    'POST /api/cohorts/:id/gatherings': async () => {
      const { p, cohort } = await fixture();
      return { url: `/api/cohorts/${cohort.id}/gatherings`, body: { title: 'Samling 1', startsAt: '2030-01-10T09:00:00Z' }, entry: (r: { id: string; eventId?: string }) => ({ action: 'create', entityType: 'event', entityId: r.eventId!, programmeId: p, before: null, after: { kind: 'gathering', cohortId: cohort.id } }) };
    },
    'POST /api/cohorts/:id/homework': async () => {
      const { p, cohort } = await fixture();
      return { url: `/api/cohorts/${cohort.id}/homework`, body: { title: 'Hvor er vi?', dueAt: '2030-01-10T09:00:00Z', submissionKind: 'text' }, entry: (r) => ({ action: 'create', entityType: 'homework_task', entityId: r.id, programmeId: p, before: null, after: { title: 'Hvor er vi?' } }) };
    },
    'PATCH /api/homework/:id': async () => {
      const { db, p, cohort } = await fixture();
      const task = await buildTask(db, { cohortId: cohort.id, title: 'Før' });
      return { url: `/api/homework/${task.id}`, body: { title: 'Etter' }, entry: () => ({ action: 'update', entityType: 'homework_task', entityId: task.id, programmeId: p, before: { title: 'Før' }, after: { title: 'Etter' } }) };
    },
    'POST /api/cohorts/:id/groups': async () => {
      const { db, p, cohort } = await fixture();
      const org = await buildOrganisation(db, { kind: 'municipality' });
      return { url: `/api/cohorts/${cohort.id}/groups`, body: { organisationId: org.id }, entry: (r) => ({ action: 'create', entityType: 'participant_group', entityId: r.id, programmeId: p, before: null, after: { organisationId: org.id, status: 'invited' } }) };
    },
    'POST /api/groups/:id/evaluation': async () => {
      const { db, p, cohort, group } = await fixture();
      await db.insert(developmentSettings).values({ programmeId: p, competenceGoals: [nb('Mål')] });
      await cohortRows.update(db, cohort.id, { isEvaluationOpen: true });
      return { url: `/api/groups/${group.id}/evaluation`, body: { ratings: [4], comment: '' }, entry: () => ({ action: 'create', entityType: 'evaluation_answer', entityId: cohort.id, programmeId: p, before: null, after: { answered: true } }) };
    },
    'POST /api/groups/:id/response': async () => {
      const { p, group } = await fixture();
      return { url: `/api/groups/${group.id}/response`, body: { status: 'withdrawn' }, entry: () => ({ action: 'update', entityType: 'participant_group', entityId: group.id, programmeId: p, before: { status: 'accepted' }, after: { status: 'withdrawn' } }) };
    },
    'PUT /api/groups/:id/facilitator': async () => {
      const { db, p, group } = await fixture();
      const facilitator = await buildUser(db, { roles: [[p, 'facilitator']] });
      return { url: `/api/groups/${group.id}/facilitator`, body: { userId: facilitator.id }, entry: () => ({ action: 'update', entityType: 'participant_group', entityId: group.id, programmeId: p, before: { facilitatorUserId: null }, after: { facilitatorUserId: facilitator.id } }) };
    },
    'POST /api/groups/:id/members': async () => {
      const { p, group } = await fixture();
      return { url: `/api/groups/${group.id}/members`, body: { name: 'Ola Ordfører', role: 'mayor', kind: 'elected' }, entry: (r) => ({ action: 'create', entityType: 'group_member', entityId: r.id, programmeId: p, before: null, after: { name: 'Ola Ordfører', role: 'mayor' } }) };
    },
    'PATCH /api/group-members/:id': async () => {
      const { db, p, group } = await fixture();
      const m = await buildMember(db, { groupId: group.id, name: 'Før' });
      return { url: `/api/group-members/${m.id}`, body: { name: 'Etter' }, entry: () => ({ action: 'update', entityType: 'group_member', entityId: m.id, programmeId: p, before: { name: 'Før' }, after: { name: 'Etter' } }) };
    },
    'DELETE /api/group-members/:id': async () => {
      const { db, p, group } = await fixture();
      const m = await buildMember(db, { groupId: group.id, name: 'Går ut' });
      return { url: `/api/group-members/${m.id}`, entry: () => ({ action: 'delete', entityType: 'group_member', entityId: m.id, programmeId: p, before: { name: 'Går ut' }, after: null }) };
    },
    'PUT /api/gatherings/:id/attendance': async () => {
      const { db, p, cohort, member } = await fixture();
      const g = await buildGathering(db, { cohortId: cohort.id, programmeId: p, days: -3 });
      return { url: `/api/gatherings/${g.id}/attendance`, body: { marks: [{ memberId: member.id, attended: true }] }, entry: () => ({ action: 'create', entityType: 'gathering_attendance', entityId: `${g.id}:${member.id}`, programmeId: p, before: null, after: { attended: true } }) };
    },
    'PUT /api/groups/:id/homework/:taskId': async () => {
      const { db, p, cohort, group } = await fixture();
      const task = await buildTask(db, { cohortId: cohort.id });
      return { url: `/api/groups/${group.id}/homework/${task.id}`, body: { text: 'Svaret', submit: true }, entry: (r) => ({ action: 'create', entityType: 'homework_submission', entityId: r.id, programmeId: p, before: null, after: { text: 'Svaret', isLate: false } }) };
    },
    'POST /api/groups/:id/homework/:taskId/file': async () => {
      const { db, p, cohort, group } = await fixture();
      const task = await buildTask(db, { cohortId: cohort.id, submissionKind: 'document' });
      const file = multipart({ name: 'svar.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') });
      return { url: `/api/groups/${group.id}/homework/${task.id}/file`, body: file.payload, headers: file.headers, entry: (r) => ({ action: 'create', entityType: 'homework_submission', entityId: r.id, programmeId: p, before: null, after: { fileName: 'svar.pdf', fileType: 'application/pdf' } }) };
    },
    'POST /api/groups/:id/notes': async () => {
      const { p, group } = await fixture();
      return { url: `/api/groups/${group.id}/notes`, body: { kind: 'reference_group', metOn: '2026-03-01', title: 'Referansegruppa' }, entry: (r) => ({ action: 'create', entityType: 'group_note', entityId: r.id, programmeId: p, before: null, after: { title: 'Referansegruppa' } }) };
    },
    'PUT /api/group-notes/:id': async () => {
      const { db, p, group } = await fixture();
      const [note] = await db.insert(groupNotes).values({ groupId: group.id, kind: 'other', metOn: '2026-03-01', title: 'Før' }).returning();
      return { url: `/api/group-notes/${note!.id}`, body: { kind: 'other', metOn: '2026-03-01', title: 'Etter' }, entry: () => ({ action: 'update', entityType: 'group_note', entityId: note!.id, programmeId: p, before: { title: 'Før' }, after: { title: 'Etter' } }) };
    },
    'DELETE /api/group-notes/:id': async () => {
      const { db, p, group } = await fixture();
      const [note] = await db.insert(groupNotes).values({ groupId: group.id, kind: 'other', metOn: '2026-03-01', title: 'Borte' }).returning();
      return { url: `/api/group-notes/${note!.id}`, entry: () => ({ action: 'delete', entityType: 'group_note', entityId: note!.id, programmeId: p, before: { title: 'Borte' }, after: null }) };
    },
    'PUT /api/groups/:id/plan': async () => {
      const { p, group } = await fixture();
      return { url: `/api/groups/${group.id}/plan`, body: { revision: 0, strengths: 'Sterke skoler', goals: [], actors: [], efforts: [] }, entry: () => ({ action: 'create', entityType: 'development_plan', entityId: group.id, programmeId: p, before: null, after: { strengths: 'Sterke skoler', revision: 1 } }) };
    },
    'POST /api/groups/:id/plan/comments': async () => {
      const { p, group } = await fixture();
      return { url: `/api/groups/${group.id}/plan/comments`, body: { part: 'where_to_go', body: 'Godt skrevet' }, entry: (r) => ({ action: 'create', entityType: 'plan_comment', entityId: r.id, programmeId: p, before: null, after: { part: 'where_to_go', body: 'Godt skrevet' } }) };
    },
    'POST /api/groups/:id/plan/programme': async () => {
      const { db, p, group } = await fixture();
      await db.insert(developmentPlans).values({ groupId: group.id, goals: [{ title: 'Mål', description: '' }] });
      return { url: `/api/groups/${group.id}/plan/programme`, body: { slug: `plan-${group.id.slice(0, 8)}`, name: nb('Egen satsing') }, entry: () => ({ action: 'update', entityType: 'development_plan', entityId: group.id, programmeId: p, before: { programmeId: null }, after: {} }) };
    },
  };
}
