import { randomUUID } from 'node:crypto';
import type { Body, BodyRef } from '../../shared/contracts/governance-bodies';
import type { AgendaItem, AttendanceEntry, Case, Decision, Meeting, MeetingDetail } from '../../shared/contracts/governance-meetings';

/**
 * Contract-shaped governance records for the documents' tests (calendar, feed, PDFs, archive
 * export): plain objects as the services answer them, each with sensible defaults and overrides.
 */

export const PROGRAMME_ID = '0b7a4f61-6a36-4c53-9a07-5b0c2f0c1a01';
export const BODY_ID = '0b7a4f61-6a36-4c53-9a07-5b0c2f0c1a02';

export const bodyRef: BodyRef = {
  id: BODY_ID,
  name: { nb: 'Styringsgruppa', nn: 'Styringsgruppa', en: 'Steering group' },
  kind: 'steering_group',
  programmeId: PROGRAMME_ID,
};

export function aBody(overrides: Partial<Body> = {}): Body {
  return {
    id: BODY_ID,
    programmeId: PROGRAMME_ID,
    parentId: null,
    kind: 'steering_group',
    name: bodyRef.name,
    description: { nb: '' },
    meetingFrequency: null,
    secretariatOrganisation: null,
    activeFrom: '2024-01-01',
    activeTo: null,
    isPublic: true,
    isActive: true,
    establishedByItemId: null,
    dissolvedByItemId: null,
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: randomUUID(),
    body: bodyRef,
    title: null,
    startsAt: '2026-01-15T17:00:00.000Z',
    endsAt: '2026-01-15T19:00:00.000Z',
    place: 'Rådhuset, møterom 1',
    onlineUrl: null,
    recordingUrl: null,
    status: 'planned',
    noticeDueAt: '2026-01-08T17:00:00.000Z',
    noticePublishedAt: null,
    noticeLate: false,
    heldAt: null,
    minutesApprovedAt: null,
    minutesApprovedBy: null,
    minutesPublishedAt: null,
    itemCount: 0,
    sequence: 0,
    updatedAt: '2025-12-01T08:00:00.000Z',
    ...overrides,
  };
}

export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    id: randomUUID(),
    programmeId: PROGRAMME_ID,
    body: bodyRef,
    attachments: [],
    type: 'decision',
    title: { nb: 'Budsjett for 2026', nn: 'Budsjett for 2026', en: 'Budget for 2026' },
    internalTitle: null,
    paper: { nb: 'Saksframlegget om budsjettet.' },
    proposedDecision: { nb: 'Styringsgruppa vedtar budsjettet.' },
    isExempt: false,
    exemptionBasis: null,
    restricted: false,
    effects: [],
    steps: [],
    reportsActionId: null,
    ...overrides,
  };
}

/** An exempt case as the public sees it: number, public title and legal basis, no texts. */
export function anExemptCase(overrides: Partial<Case> = {}): Case {
  return aCase({
    title: { nb: 'Personalsak' },
    internalTitle: null,
    paper: null,
    proposedDecision: null,
    isExempt: true,
    exemptionBasis: 'offl. § 13 jf. fvl. § 13',
    restricted: true,
    ...overrides,
  });
}

export function anItem(position: number, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: randomUUID(),
    position,
    number: `${position}/2026`,
    case: aCase(),
    outcome: 'adopted',
    decisionText: { nb: 'Styringsgruppa vedtar budsjettet.' },
    forwardedTo: null,
    votes: null,
    decidedAt: '2026-01-15T18:00:00.000Z',
    conflicts: [],
    actions: [],
    ...overrides,
  };
}

export function anAttendee(name: string, overrides: Partial<AttendanceEntry> = {}): AttendanceEntry {
  return { membershipId: randomUUID(), name, organisation: { id: randomUUID(), name: 'Oslo kommune' }, role: 'member', status: 'present', substituteFor: null, ...overrides };
}

export function aMeetingDetail(overrides: { meeting?: Partial<Meeting>; items?: AgendaItem[]; attendance?: AttendanceEntry[] } = {}): MeetingDetail {
  const items = overrides.items ?? [anItem(1)];
  return {
    meeting: aMeeting({
      status: 'minutes_published',
      noticePublishedAt: '2026-01-05T08:00:00.000Z',
      heldAt: '2026-01-15T17:00:00.000Z',
      minutesApprovedAt: '2026-01-20T09:00:00.000Z',
      minutesApprovedBy: 'chair',
      minutesPublishedAt: '2026-01-21T09:00:00.000Z',
      itemCount: items.length,
      ...overrides.meeting,
    }),
    programme: { id: PROGRAMME_ID, slug: 'oppvekst', name: { nb: 'Oppvekstprogrammet', en: 'The childhood programme' } },
    items,
    attendance: overrides.attendance ?? [anAttendee('Kari Nordmann', { role: 'chair' }), anAttendee('Ola Nordmann')],
    previousMeetingId: null,
    nextMeetingId: null,
    warnings: [],
    access: { canManage: false, isMember: false, myMembershipIds: [] },
  };
}

export function aDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    itemId: randomUUID(),
    meetingId: randomUUID(),
    body: bodyRef,
    number: '12/2026',
    title: { nb: 'Budsjett for 2026', nn: 'Budsjett for 2026', en: 'Budget for 2026' },
    isExempt: false,
    exemptionBasis: null,
    outcome: 'adopted',
    decisionText: { nb: 'Styringsgruppa vedtar budsjettet.' },
    decidedAt: '2026-01-15T18:00:00.000Z',
    effects: [],
    ...overrides,
  };
}
