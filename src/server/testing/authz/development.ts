import type { AuthzCases } from './cases';
import { buildCohort, buildGathering, buildGroup, buildMember, buildTask, buildUser } from '../factories';
import { groupNotes } from '../../features/development/development.table';
import { programmeRoles } from '../../features/users/users.table';

/**
 * Development programmes: the office (development.manage) sets them up; a group's members work
 * in their own group, which a member of another group of the same cohort cannot see
 * (`otherGroupParticipant`), nor another programme's secretariat, nor a contributor of another
 * organisation. The programme's content, its cohorts and public plans are public.
 */
export const developmentAuthz: AuthzCases = {
  async setup({ t, ids }) {
    ids.otherGroupParticipant = (await buildUser(t.db)).id;
  },
  async setupInProgramme({ t, ids }) {
    const programmeId = ids.programme!;
    const cohort = await buildCohort(t.db, { programmeId });
    const group = await buildGroup(t.db, { cohortId: cohort.id });
    const member = await buildMember(t.db, { groupId: group.id, isContact: true });
    const other = await buildGroup(t.db, { cohortId: cohort.id });
    await buildMember(t.db, { groupId: other.id, userId: ids.otherGroupParticipant! });
    await t.db.insert(programmeRoles).values({ userId: ids.otherGroupParticipant!, programmeId, role: 'participant' });
    const task = await buildTask(t.db, { cohortId: cohort.id });
    const gathering = await buildGathering(t.db, { cohortId: cohort.id, programmeId, days: -5 });
    const [note] = await t.db.insert(groupNotes).values({ groupId: group.id, kind: 'local_meeting', metOn: '2026-03-01', title: 'Møte' }).returning();
    Object.assign(ids, { cohort: cohort.id, devGroup: group.id, devMember: member.id, devTask: task.id, gathering: gathering.id, devNote: note!.id });
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused', otherGroupParticipant: 'refused' } as const;
    // A group's records are never public: outsiders are told they do not exist.
    const hidden = { ...refused, isHiddenRecord: true } as const;
    const group = () => `/api/groups/${ids.devGroup}`;
    const nb = (s: string) => ({ nb: s });
    return {
      'PUT /api/programmes/:id/development': { url: () => `/api/programmes/${ids.programme}/development`, body: () => ({ perspectives: [], cycleQuestions: {}, competenceGoals: [] }), ...refused },
      'POST /api/programmes/:id/cohorts': { url: () => `/api/programmes/${ids.programme}/cohorts`, body: () => ({ name: nb('Kull'), region: 'Agder', startsOn: '2026-01-01', endsOn: '2026-12-31' }), ...refused },
      'PATCH /api/cohorts/:id': { url: () => `/api/cohorts/${ids.cohort}`, body: () => ({ region: 'Vestland' }), ...refused },
      'POST /api/cohorts/:id/gatherings': { url: () => `/api/cohorts/${ids.cohort}/gatherings`, body: () => ({ title: 'Samling', startsAt: '2030-01-10T09:00:00Z' }), ...refused },
      'POST /api/cohorts/:id/homework': { url: () => `/api/cohorts/${ids.cohort}/homework`, body: () => ({ title: 'Oppgave', dueAt: '2030-01-10T09:00:00Z', submissionKind: 'text' }), ...refused },
      'PATCH /api/homework/:id': { url: () => `/api/homework/${ids.devTask}`, body: () => ({ title: 'Endret' }), ...refused },
      'POST /api/cohorts/:id/groups': { url: () => `/api/cohorts/${ids.cohort}/groups`, body: () => ({ organisationId: ids.orgX }), ...refused },
      'GET /api/cohorts/:id/evaluation': { url: () => `/api/cohorts/${ids.cohort}/evaluation`, ...refused },
      'POST /api/groups/:id/evaluation': { url: () => `${group()}/evaluation`, body: () => ({ ratings: [], comment: '' }), ...hidden },
      'GET /api/me/development-groups': { url: () => '/api/me/development-groups', otherProgramme: 'allowed', otherOrgContributor: 'allowed', otherGroupParticipant: 'allowed' },
      'GET /api/groups/:id': { url: group, ...refused },
      'POST /api/groups/:id/response': { url: () => `${group()}/response`, body: () => ({ status: 'declined' }), ...hidden },
      'PUT /api/groups/:id/facilitator': { url: () => `${group()}/facilitator`, body: () => ({ userId: null }), ...hidden },
      'POST /api/groups/:id/members': { url: () => `${group()}/members`, body: () => ({ name: 'Ny', role: 'adviser', kind: 'administrative' }), ...hidden },
      'PATCH /api/group-members/:id': { url: () => `/api/group-members/${ids.devMember}`, body: () => ({ name: 'Endret' }), ...hidden },
      'DELETE /api/group-members/:id': { url: () => `/api/group-members/${ids.devMember}`, ...hidden },
      'PUT /api/gatherings/:id/attendance': { url: () => `/api/gatherings/${ids.gathering}/attendance`, body: () => ({ marks: [{ memberId: ids.devMember, attended: true }] }), ...hidden },
      'PUT /api/groups/:id/homework/:taskId': { url: () => `${group()}/homework/${ids.devTask}`, body: () => ({ text: 'Svar' }), ...hidden },
      'POST /api/groups/:id/homework/:taskId/file': {
        url: () => `${group()}/homework/${ids.devTask}/file`,
        body: () => '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--b--\r\n',
        headers: () => ({ 'content-type': 'multipart/form-data; boundary=b' }),
        ...hidden,
      },
      'GET /api/groups/:id/homework/:taskId/file': { url: () => `${group()}/homework/${ids.devTask}/file`, ...hidden },
      'POST /api/groups/:id/notes': { url: () => `${group()}/notes`, body: () => ({ kind: 'other', metOn: '2026-03-01', title: 'Notat' }), ...hidden },
      'PUT /api/group-notes/:id': { url: () => `/api/group-notes/${ids.devNote}`, body: () => ({ kind: 'other', metOn: '2026-03-01', title: 'Notat' }), ...hidden },
      'DELETE /api/group-notes/:id': { url: () => `/api/group-notes/${ids.devNote}`, ...hidden },
      'PUT /api/groups/:id/plan': { url: () => `${group()}/plan`, body: () => ({ revision: 0, goals: [], actors: [], efforts: [] }), ...hidden },
      'POST /api/groups/:id/plan/comments': { url: () => `${group()}/plan/comments`, body: () => ({ part: 'where_are_we', body: 'Kommentar' }), ...hidden },
      'POST /api/groups/:id/plan/programme': { url: () => `${group()}/plan/programme`, body: () => ({ slug: 'ny-kommune', name: nb('Ny') }), ...hidden },
    };
  },
};
