import type { TestApp } from '../test-app';
import type { AuditEntityType } from '../../../shared/contracts/audit';
import { buildActionProgramme, buildAgendaItem, buildBody, buildCase, buildMandateVersion, buildMeeting, buildMembership, buildPerson, buildProgramme } from '../factories';
import { caseAttachments, conflicts, followUpActions } from '../../features/governance/governance.table';
import { multipart } from '../imports';

/** The entry a request must write, as src/server/features/audit/audit-coverage.test.ts reads it. */
export interface GovernanceEntry {
  action: 'create' | 'update' | 'delete';
  entityType: AuditEntityType;
  entityId: string;
  programmeId?: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface GovernanceArranged {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  entry: (res: { id: string }) => GovernanceEntry | Promise<GovernanceEntry>;
}

/** One audit case per state-changing governance route, each on records of its own. */
export function governanceAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async () => {
    const db = app().db;
    const programme = await buildProgramme(db);
    const body = await buildBody(db, { programmeId: programme.id });
    const person = await buildPerson(db);
    const membership = await buildMembership(db, { bodyId: body.id, personId: person.id });
    return { db, programme, body, person, membership, p: programme.id };
  };
  const withItem = async (status: 'planned' | 'held' = 'planned', outcome: 'adopted' | null = null) => {
    const f = await fixture();
    const meeting = await buildMeeting(f.db, { bodyId: f.body.id, status });
    const c = await buildCase(f.db, { programmeId: f.p, bodyId: f.body.id });
    const item = await buildAgendaItem(f.db, { meetingId: meeting.id, caseId: c.id, bodyId: f.body.id, numberSeq: 1, outcome, decidedAt: outcome ? meeting.startsAt : null });
    return { ...f, meeting, c, item };
  };
  return {
    'POST /api/programmes/:id/action-programmes': async () => {
      const { p } = await fixture();
      return { url: `/api/programmes/${p}/action-programmes`, body: { title: { nb: 'Handlingsprogram 2027' }, periodFrom: 2027, periodTo: 2027 }, entry: (r) => ({ action: 'create', entityType: 'action_programme', entityId: r.id, programmeId: p, before: null, after: { periodFrom: 2027 } }) };
    },
    'PATCH /api/action-programmes/:id': async () => {
      const { p, db } = await fixture();
      const ap = await buildActionProgramme(db, { programmeId: p });
      return { url: `/api/action-programmes/${ap.id}`, body: { periodTo: 2028 }, entry: () => ({ action: 'update', entityType: 'action_programme', entityId: ap.id, programmeId: p, before: { periodTo: 2026, revision: 1 }, after: { periodTo: 2028, revision: 2 } }) };
    },
    'PUT /api/action-programmes/:id/content': async () => {
      const { p, db } = await fixture();
      const ap = await buildActionProgramme(db, { programmeId: p });
      return { url: `/api/action-programmes/${ap.id}/content`, body: { priorities: [{ title: { nb: 'Prioritet' }, efforts: [] }] }, entry: () => ({ action: 'update', entityType: 'action_programme', entityId: ap.id, programmeId: p, before: { revision: 1 }, after: { revision: 2 } }) };
    },
    'DELETE /api/action-programmes/:id': async () => {
      const { p, db } = await fixture();
      const ap = await buildActionProgramme(db, { programmeId: p });
      return { url: `/api/action-programmes/${ap.id}`, entry: () => ({ action: 'delete', entityType: 'action_programme', entityId: ap.id, programmeId: p, before: { title: ap.title }, after: null }) };
    },
    'POST /api/action-programmes/:id/publication': async () => {
      const { p, db } = await fixture();
      const ap = await buildActionProgramme(db, { programmeId: p, adoptedAt: new Date() });
      return { url: `/api/action-programmes/${ap.id}/publication`, entry: () => ({ action: 'update', entityType: 'action_programme', entityId: ap.id, programmeId: p, before: { publishedAt: null }, after: {} }) };
    },
    'PUT /api/programmes/:id/governance-settings': async () => {
      const { p } = await fixture();
      return { url: `/api/programmes/${p}/governance-settings`, body: { noticeDays: 14 }, entry: () => ({ action: 'update', entityType: 'programme', entityId: p, programmeId: p, before: { noticeDays: 7 }, after: { noticeDays: 14 } }) };
    },
    'POST /api/programmes/:id/bodies': async () => {
      const { p } = await fixture();
      return { url: `/api/programmes/${p}/bodies`, body: { kind: 'expert_group', name: { nb: 'Faggruppa' } }, entry: (r) => ({ action: 'create', entityType: 'body', entityId: r.id, programmeId: p, before: null, after: { name: { nb: 'Faggruppa' } } }) };
    },
    'PATCH /api/bodies/:id': async () => {
      const { p, body } = await fixture();
      return { url: `/api/bodies/${body.id}`, body: { name: { nb: 'Nytt navn' } }, entry: () => ({ action: 'update', entityType: 'body', entityId: body.id, programmeId: p, before: { name: body.name }, after: { name: { nb: 'Nytt navn' } } }) };
    },
    'DELETE /api/bodies/:id': async () => {
      const { p, db } = await fixture();
      const lone = await buildBody(db, { programmeId: p });
      return { url: `/api/bodies/${lone.id}`, entry: () => ({ action: 'delete', entityType: 'body', entityId: lone.id, programmeId: p, before: { name: lone.name }, after: null }) };
    },
    'POST /api/bodies/:id/members': async () => {
      const { p, body, db } = await fixture();
      const person = await buildPerson(db);
      return { url: `/api/bodies/${body.id}/members`, body: { personId: person.id, role: 'observer', validFrom: '2026-01-01' }, entry: (r) => ({ action: 'create', entityType: 'membership', entityId: r.id, programmeId: p, before: null, after: { personId: person.id, role: 'observer' } }) };
    },
    'PATCH /api/memberships/:id': async () => {
      const { p, membership } = await fixture();
      return { url: `/api/memberships/${membership.id}`, body: { validTo: '2027-12-31' }, entry: () => ({ action: 'update', entityType: 'membership', entityId: membership.id, programmeId: p, before: { validTo: null }, after: { validTo: '2027-12-31' } }) };
    },
    'DELETE /api/memberships/:id': async () => {
      const { p, membership } = await fixture();
      return { url: `/api/memberships/${membership.id}`, entry: () => ({ action: 'delete', entityType: 'membership', entityId: membership.id, programmeId: p, before: { personId: membership.personId }, after: null }) };
    },
    'POST /api/bodies/:id/mandate-versions': async () => {
      const { p, body } = await fixture();
      return { url: `/api/bodies/${body.id}/mandate-versions`, body: { text: { nb: 'Mandat' } }, entry: (r) => ({ action: 'create', entityType: 'mandate_version', entityId: r.id, programmeId: p, before: null, after: { version: 1, text: { nb: 'Mandat' } } }) };
    },
    'PATCH /api/mandate-versions/:id': async () => {
      const { p, body, db } = await fixture();
      const v = await buildMandateVersion(db, { bodyId: body.id, version: 1 });
      return { url: `/api/mandate-versions/${v.id}`, body: { text: { nb: 'Endret' } }, entry: () => ({ action: 'update', entityType: 'mandate_version', entityId: v.id, programmeId: p, before: { revision: 1 }, after: { revision: 2, text: { nb: 'Endret' } } }) };
    },
    'DELETE /api/mandate-versions/:id': async () => {
      const { p, body, db } = await fixture();
      const v = await buildMandateVersion(db, { bodyId: body.id, version: 1 });
      return { url: `/api/mandate-versions/${v.id}`, entry: () => ({ action: 'delete', entityType: 'mandate_version', entityId: v.id, programmeId: p, before: { version: 1 }, after: null }) };
    },
    'POST /api/bodies/:id/meetings': async () => {
      const { p, body } = await fixture();
      return { url: `/api/bodies/${body.id}/meetings`, body: { startsAt: '2026-09-01T10:00:00+02:00', place: 'Rådhuset' }, entry: (r) => ({ action: 'create', entityType: 'meeting', entityId: r.id, programmeId: p, before: null, after: { place: 'Rådhuset' } }) };
    },
    'PATCH /api/meetings/:id': async () => {
      const { p, body, db } = await fixture();
      const m = await buildMeeting(db, { bodyId: body.id });
      return { url: `/api/meetings/${m.id}`, body: { place: 'Rådhuset' }, entry: () => ({ action: 'update', entityType: 'meeting', entityId: m.id, programmeId: p, before: { place: null, sequence: 0 }, after: { place: 'Rådhuset', sequence: 1 } }) };
    },
    'DELETE /api/meetings/:id': async () => {
      const { p, body, db } = await fixture();
      const m = await buildMeeting(db, { bodyId: body.id });
      return { url: `/api/meetings/${m.id}`, entry: () => ({ action: 'delete', entityType: 'meeting', entityId: m.id, programmeId: p, before: { status: 'planned' }, after: null }) };
    },
    'POST /api/meetings/:id/notice': async () => {
      const { p, meeting } = await withItem();
      return { url: `/api/meetings/${meeting.id}/notice`, entry: () => ({ action: 'update', entityType: 'meeting', entityId: meeting.id, programmeId: p, before: { status: 'planned' }, after: { status: 'notice_published' } }) };
    },
    'POST /api/meetings/:id/held': async () => {
      const { p, meeting } = await withItem();
      return { url: `/api/meetings/${meeting.id}/held`, entry: () => ({ action: 'update', entityType: 'meeting', entityId: meeting.id, programmeId: p, before: { status: 'planned' }, after: { status: 'held' } }) };
    },
    'PUT /api/meetings/:id/attendance': async () => {
      const { p, meeting, membership } = await withItem('held');
      return { url: `/api/meetings/${meeting.id}/attendance`, body: { entries: [{ membershipId: membership.id, status: 'present' }] }, entry: () => ({ action: 'update', entityType: 'meeting', entityId: meeting.id, programmeId: p, before: { attendance: [] }, after: { attendance: [{ membershipId: membership.id, status: 'present' }] } }) };
    },
    'POST /api/meetings/:id/minutes/approval': async () => {
      const { p, meeting } = await withItem('held');
      return { url: `/api/meetings/${meeting.id}/minutes/approval`, body: { by: 'chair' }, entry: () => ({ action: 'update', entityType: 'meeting', entityId: meeting.id, programmeId: p, before: { status: 'held' }, after: { status: 'minutes_approved', minutesApprovedBy: 'chair' } }) };
    },
    'POST /api/meetings/:id/minutes/publication': async () => {
      const f = await fixture();
      const m = await buildMeeting(f.db, { bodyId: f.body.id, status: 'minutes_approved', minutesApprovedAt: new Date() });
      return { url: `/api/meetings/${m.id}/minutes/publication`, entry: () => ({ action: 'update', entityType: 'meeting', entityId: m.id, programmeId: f.p, before: { status: 'minutes_approved' }, after: { status: 'minutes_published' } }) };
    },
    'POST /api/meetings/:id/items': async () => {
      const { p, body, db } = await fixture();
      const m = await buildMeeting(db, { bodyId: body.id });
      const c = await buildCase(db, { programmeId: p, bodyId: body.id });
      let itemId = '';
      return {
        url: `/api/meetings/${m.id}/items`,
        body: { caseId: c.id },
        entry: (r) => {
          itemId = (r as unknown as { items: { id: string }[] }).items[0]!.id;
          return { action: 'create', entityType: 'agenda_item', entityId: itemId, programmeId: p, before: null, after: { caseId: c.id, numberSeq: 1 } };
        },
      };
    },
    'PUT /api/meetings/:id/item-order': async () => {
      const { p, meeting, item, body, db } = await withItem();
      const second = await buildAgendaItem(db, { meetingId: meeting.id, caseId: (await buildCase(db, { programmeId: p, bodyId: body.id })).id, bodyId: body.id, numberSeq: 2 });
      return { url: `/api/meetings/${meeting.id}/item-order`, body: { itemIds: [second.id, item.id] }, entry: () => ({ action: 'update', entityType: 'meeting', entityId: meeting.id, programmeId: p, before: { agenda: [item.id, second.id] }, after: { agenda: [second.id, item.id] } }) };
    },
    'DELETE /api/agenda-items/:id': async () => {
      const { p, item } = await withItem();
      return { url: `/api/agenda-items/${item.id}`, entry: () => ({ action: 'delete', entityType: 'agenda_item', entityId: item.id, programmeId: p, before: { numberSeq: 1 }, after: null }) };
    },
    'POST /api/agenda-items/:id/decision': async () => {
      const { p, item } = await withItem('held');
      return { url: `/api/agenda-items/${item.id}/decision`, body: { outcome: 'noted' }, entry: () => ({ action: 'update', entityType: 'agenda_item', entityId: item.id, programmeId: p, before: { outcome: null }, after: { outcome: 'noted' } }) };
    },
    'POST /api/agenda-items/:id/conflicts': async () => {
      const { p, item, membership } = await withItem();
      return { url: `/api/agenda-items/${item.id}/conflicts`, body: { membershipId: membership.id, reason: 'Søkeren er min arbeidsgiver' }, entry: (r) => ({ action: 'create', entityType: 'conflict', entityId: r.id, programmeId: p, before: null, after: { membershipId: membership.id } }) };
    },
    'PATCH /api/conflicts/:id': async () => {
      const { p, item, membership, db } = await withItem();
      const [c] = await db.insert(conflicts).values({ itemId: item.id, membershipId: membership.id, reason: 'Inhabil' }).returning();
      return { url: `/api/conflicts/${c!.id}`, body: { ruling: 'disqualified' }, entry: () => ({ action: 'update', entityType: 'conflict', entityId: c!.id, programmeId: p, before: { ruling: null }, after: { ruling: 'disqualified' } }) };
    },
    'POST /api/cases/:id/attachments': async () => {
      const { p, c } = await withItem();
      const upload = multipart({ name: 'a.pdf', content: '%PDF-1.4\n' });
      return { url: `/api/cases/${c.id}/attachments`, body: upload.payload, headers: upload.headers, entry: () => ({ action: 'update', entityType: 'case', entityId: c.id, programmeId: p, before: { attachment: null }, after: { attachment: { name: 'a.pdf', contentType: 'application/pdf' } } }) };
    },
    'DELETE /api/case-attachments/:id': async () => {
      const { p, c, db } = await withItem();
      const [a] = await db.insert(caseAttachments).values({ caseId: c.id, fileId: c.id, name: 'a.pdf', contentType: 'application/pdf', size: 1, checksum: 'x' }).returning();
      return { url: `/api/case-attachments/${a!.id}`, entry: () => ({ action: 'update', entityType: 'case', entityId: c.id, programmeId: p, before: { attachment: { id: a!.id } }, after: { attachment: null } }) };
    },
    'POST /api/bodies/:id/cases': async () => {
      const { p, body } = await fixture();
      return { url: `/api/bodies/${body.id}/cases`, body: { type: 'decision', title: { nb: 'Ny sak' } }, entry: (r) => ({ action: 'create', entityType: 'case', entityId: r.id, programmeId: p, before: null, after: { title: { nb: 'Ny sak' } } }) };
    },
    'PATCH /api/cases/:id': async () => {
      const { p, c } = await withItem();
      return { url: `/api/cases/${c.id}`, body: { title: { nb: 'Endret sak' } }, entry: () => ({ action: 'update', entityType: 'case', entityId: c.id, programmeId: p, before: { title: c.title }, after: { title: { nb: 'Endret sak' } } }) };
    },
    'POST /api/agenda-items/:id/actions': async () => {
      const { p, item } = await withItem('held', 'adopted');
      return { url: `/api/agenda-items/${item.id}/actions`, body: { description: { nb: 'Følg opp' }, dueDate: '2026-06-01' }, entry: (r) => ({ action: 'create', entityType: 'follow_up_action', entityId: r.id, programmeId: p, before: null, after: { dueDate: '2026-06-01' } }) };
    },
    'PATCH /api/follow-up-actions/:id': async () => {
      const { p, item, db } = await withItem('held', 'adopted');
      const [a] = await db.insert(followUpActions).values({ itemId: item.id, description: { nb: 'Følg opp' } }).returning();
      return { url: `/api/follow-up-actions/${a!.id}`, body: { status: 'done' }, entry: () => ({ action: 'update', entityType: 'follow_up_action', entityId: a!.id, programmeId: p, before: { status: 'open' }, after: { status: 'done' } }) };
    },
    'POST /api/follow-up-actions/:id/report': async () => {
      const { p, item, db } = await withItem('held', 'adopted');
      const [a] = await db.insert(followUpActions).values({ itemId: item.id, description: { nb: 'Følg opp' } }).returning();
      return { url: `/api/follow-up-actions/${a!.id}/report`, entry: (r) => ({ action: 'create', entityType: 'case', entityId: r.id, programmeId: p, before: null, after: { reportsActionId: a!.id, type: 'orientation' } }) };
    },
  };
}
