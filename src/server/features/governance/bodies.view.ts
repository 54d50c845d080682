import type { Body, BodyRef, MandateVersion, Membership } from '../../../shared/contracts/governance-bodies';
import type { BodyRow } from './governance.table';
import type { BodyListRow, MandateViewRow, MembershipViewRow } from './bodies.repo';

export function toBodyRef(b: Pick<BodyRow, 'id' | 'name' | 'kind' | 'programmeId'>): BodyRef {
  return { id: b.id, name: b.name, kind: b.kind, programmeId: b.programmeId };
}

/** Within its period and not dissolved, on the given day. */
export function isActive(b: BodyRow, today: string): boolean {
  return !b.dissolvedByItemId && (!b.activeFrom || b.activeFrom <= today) && (!b.activeTo || b.activeTo >= today);
}

export function toBody(b: BodyRow & { secretariatName?: string | null }, today: string): Body {
  return {
    id: b.id,
    programmeId: b.programmeId,
    parentId: b.parentId,
    kind: b.kind,
    name: b.name,
    description: { nb: b.description.nb ?? '', nn: b.description.nn, en: b.description.en },
    meetingFrequency: b.meetingFrequency,
    secretariatOrganisation: b.secretariatOrganisationId ? { id: b.secretariatOrganisationId, name: b.secretariatName ?? '' } : null,
    activeFrom: b.activeFrom,
    activeTo: b.activeTo,
    isPublic: b.isPublic,
    isActive: isActive(b, today),
    establishedByItemId: b.establishedByItemId,
    dissolvedByItemId: b.dissolvedByItemId,
  };
}

export function toListedBody(b: BodyListRow, today: string): Body & { memberCount: number } {
  return { ...toBody(b, today), memberCount: b.memberCount };
}

export function toMembership(m: MembershipViewRow, today: string): Membership {
  return {
    id: m.id,
    bodyId: m.bodyId,
    person: { id: m.personId, name: m.personName, title: m.personTitle },
    organisation: m.organisationId ? { id: m.organisationId, name: m.organisationName ?? '' } : null,
    role: m.role,
    deputyFor: m.deputyForId ? { id: m.deputyForId, name: m.deputyForName ?? '' } : null,
    hasVote: m.hasVote,
    validFrom: m.validFrom,
    validTo: m.validTo,
    isCurrent: m.validFrom <= today && (!m.validTo || m.validTo >= today),
  };
}

export function toMandateVersion(v: MandateViewRow): MandateVersion {
  return {
    id: v.id,
    bodyId: v.bodyId,
    version: v.version,
    text: v.text,
    effectiveFrom: v.effectiveFrom,
    status: v.adoptedAt ? 'adopted' : 'draft',
    adoptedAt: v.adoptedAt?.toISOString() ?? null,
    adoptedBy:
      v.adoptedByItemId && v.adoptedMeetingId && v.adoptedNumber && v.adoptedBodyName && v.adoptedDate
        ? { itemId: v.adoptedByItemId, meetingId: v.adoptedMeetingId, caseNumber: v.adoptedNumber, bodyName: v.adoptedBodyName, date: v.adoptedDate.toISOString() }
        : null,
    citedSource: v.citedSource,
    revision: v.revision,
  };
}
