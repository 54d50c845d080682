import type { AuthzCases } from './cases';
import { buildActionProgramme, buildAgendaItem, buildBody, buildCase, buildMandateVersion, buildMeeting, buildMembership, buildPerson } from '../factories';
import { conflicts, followUpActions } from '../../features/governance/governance.table';

/**
 * Governance is kept by the programme's secretariat: another programme's secretariat and a
 * contributor (who reads the programme's internal pages) are refused every write, and the lists
 * for insiders (a body's cases, the follow-up actions) as well.
 */
export const governanceAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const programmeId = ids.programme!;
    const body = await buildBody(t.db, { programmeId });
    const other = await buildBody(t.db, { programmeId, kind: 'strategic_board' });
    const person = await buildPerson(t.db);
    const membership = await buildMembership(t.db, { bodyId: body.id, personId: person.id });
    const draft = await buildMandateVersion(t.db, { bodyId: body.id, version: 1 });
    const meeting = await buildMeeting(t.db, { bodyId: body.id });
    const held = await buildMeeting(t.db, { bodyId: body.id, status: 'held', startsAt: new Date('2026-02-01T09:00:00Z') });
    const planned = await buildCase(t.db, { programmeId, bodyId: body.id });
    const item = await buildAgendaItem(t.db, { meetingId: meeting.id, caseId: planned.id, bodyId: body.id, numberSeq: 2 });
    const decidedCase = await buildCase(t.db, { programmeId, bodyId: body.id });
    const decided = await buildAgendaItem(t.db, { meetingId: held.id, caseId: decidedCase.id, bodyId: body.id, numberSeq: 1, outcome: 'adopted', decidedAt: held.startsAt });
    const [conflict] = await t.db.insert(conflicts).values({ itemId: item.id, membershipId: membership.id, reason: 'Inhabil' }).returning();
    const [action] = await t.db.insert(followUpActions).values({ itemId: decided.id, description: { nb: 'Følg opp' } }).returning();
    // Published, so that outsiders see it and a write must be refused by the scope check itself.
    const actionProgramme = await buildActionProgramme(t.db, { programmeId, adoptedAt: new Date(), publishedAt: new Date() });
    Object.assign(ids, {
      actionProgramme: actionProgramme.id,
      body: body.id,
      otherBody: other.id,
      govPerson: person.id,
      membership: membership.id,
      mandateDraft: draft.id,
      meeting: meeting.id,
      heldMeeting: held.id,
      govCase: planned.id,
      agendaItem: item.id,
      decidedItem: decided.id,
      conflict: conflict!.id,
      followUpAction: action!.id,
    });
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    return {
      'PUT /api/programmes/:id/governance-settings': { url: () => `/api/programmes/${ids.programme}/governance-settings`, body: () => ({ noticeDays: 10 }), ...refused },
      'POST /api/programmes/:id/bodies': { url: () => `/api/programmes/${ids.programme}/bodies`, body: () => ({ kind: 'working_group', name: { nb: 'Ny' } }), ...refused },
      'PATCH /api/bodies/:id': { url: () => `/api/bodies/${ids.body}`, body: () => ({ name: { nb: 'Endret' } }), ...refused },
      'DELETE /api/bodies/:id': { url: () => `/api/bodies/${ids.otherBody}`, ...refused },
      'POST /api/bodies/:id/members': { url: () => `/api/bodies/${ids.body}/members`, body: () => ({ personId: ids.govPerson, role: 'member', validFrom: '2030-01-01' }), ...refused },
      'PATCH /api/memberships/:id': { url: () => `/api/memberships/${ids.membership}`, body: () => ({ validTo: '2031-01-01' }), ...refused },
      'DELETE /api/memberships/:id': { url: () => `/api/memberships/${ids.membership}`, ...refused },
      'POST /api/bodies/:id/mandate-versions': { url: () => `/api/bodies/${ids.body}/mandate-versions`, body: () => ({ text: { nb: 'Mandat' } }), ...refused },
      'PATCH /api/mandate-versions/:id': { url: () => `/api/mandate-versions/${ids.mandateDraft}`, body: () => ({ text: { nb: 'Endret' } }), ...refused },
      'DELETE /api/mandate-versions/:id': { url: () => `/api/mandate-versions/${ids.mandateDraft}`, ...refused },
      'POST /api/bodies/:id/meetings': { url: () => `/api/bodies/${ids.body}/meetings`, body: () => ({ startsAt: '2026-09-01T10:00:00+02:00' }), ...refused },
      'PATCH /api/meetings/:id': { url: () => `/api/meetings/${ids.meeting}`, body: () => ({ place: 'Rådhuset' }), ...refused },
      'DELETE /api/meetings/:id': { url: () => `/api/meetings/${ids.meeting}`, ...refused },
      'POST /api/meetings/:id/notice': { url: () => `/api/meetings/${ids.meeting}/notice`, ...refused },
      'POST /api/meetings/:id/held': { url: () => `/api/meetings/${ids.meeting}/held`, ...refused },
      'PUT /api/meetings/:id/attendance': { url: () => `/api/meetings/${ids.heldMeeting}/attendance`, body: () => ({ entries: [] }), ...refused },
      'POST /api/meetings/:id/minutes/approval': { url: () => `/api/meetings/${ids.heldMeeting}/minutes/approval`, body: () => ({ by: 'chair' }), ...refused },
      'POST /api/meetings/:id/minutes/publication': { url: () => `/api/meetings/${ids.heldMeeting}/minutes/publication`, ...refused },
      'POST /api/meetings/:id/items': { url: () => `/api/meetings/${ids.meeting}/items`, body: () => ({ caseId: ids.govCase }), ...refused },
      'PUT /api/meetings/:id/item-order': { url: () => `/api/meetings/${ids.meeting}/item-order`, body: () => ({ itemIds: [ids.agendaItem] }), ...refused },
      'DELETE /api/agenda-items/:id': { url: () => `/api/agenda-items/${ids.agendaItem}`, ...refused },
      'POST /api/agenda-items/:id/decision': { url: () => `/api/agenda-items/${ids.decidedItem}/decision`, body: () => ({ outcome: 'noted' }), ...refused },
      'POST /api/agenda-items/:id/conflicts': { url: () => `/api/agenda-items/${ids.agendaItem}/conflicts`, body: () => ({ membershipId: ids.membership, reason: 'Min arbeidsgiver søker' }), ...refused },
      'PATCH /api/conflicts/:id': { url: () => `/api/conflicts/${ids.conflict}`, body: () => ({ ruling: 'disqualified' }), ...refused },
      'GET /api/bodies/:id/cases': { url: () => `/api/bodies/${ids.body}/cases`, ...refused },
      'POST /api/bodies/:id/cases': { url: () => `/api/bodies/${ids.body}/cases`, body: () => ({ type: 'decision', title: { nb: 'Ny sak' } }), ...refused },
      'PATCH /api/cases/:id': { url: () => `/api/cases/${ids.govCase}`, body: () => ({ title: { nb: 'Endret' } }), ...refused },
      'POST /api/agenda-items/:id/actions': { url: () => `/api/agenda-items/${ids.decidedItem}/actions`, body: () => ({ description: { nb: 'Gjør noe' } }), ...refused },
      'PATCH /api/follow-up-actions/:id': { url: () => `/api/follow-up-actions/${ids.followUpAction}`, body: () => ({ status: 'done' }), ...refused },
      'POST /api/follow-up-actions/:id/report': { url: () => `/api/follow-up-actions/${ids.followUpAction}/report`, ...refused },
      'POST /api/programmes/:id/action-programmes': { url: () => `/api/programmes/${ids.programme}/action-programmes`, body: () => ({ title: { nb: 'Handlingsprogram' }, periodFrom: 2027, periodTo: 2027 }), ...refused },
      'PATCH /api/action-programmes/:id': { url: () => `/api/action-programmes/${ids.actionProgramme}`, body: () => ({ title: { nb: 'Endret' } }), ...refused },
      'PUT /api/action-programmes/:id/content': { url: () => `/api/action-programmes/${ids.actionProgramme}/content`, body: () => ({ priorities: [] }), ...refused },
      'DELETE /api/action-programmes/:id': { url: () => `/api/action-programmes/${ids.actionProgramme}`, ...refused },
      'POST /api/action-programmes/:id/publication': { url: () => `/api/action-programmes/${ids.actionProgramme}/publication`, ...refused },
      'GET /api/bodies/:id/noark.xml': { url: () => `/api/bodies/${ids.body}/noark.xml?year=2026`, ...refused },
      'GET /api/programmes/:id/follow-up-actions': { url: () => `/api/programmes/${ids.programme}/follow-up-actions`, ...refused },
    };
  },
};
