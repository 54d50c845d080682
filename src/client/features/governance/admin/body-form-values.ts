import type { Body, BodyCreate } from '../../../../shared/contracts/governance-bodies';
import { emptyText, textOrNull, textPayload, textValues, type TextValues } from './form-support';

export interface BodyFormValues {
  kind: string;
  name: TextValues;
  description: TextValues;
  parentId: string;
  meetingFrequency: TextValues;
  secretariatOrganisationId: string | null;
  activeFrom: string;
  activeTo: string;
  isPublic: boolean;
}

export function emptyBodyValues(): BodyFormValues {
  return { kind: '', name: emptyText(), description: emptyText(), parentId: '', meetingFrequency: emptyText(), secretariatOrganisationId: null, activeFrom: '', activeTo: '', isPublic: true };
}

export function bodyValues(body: Body): BodyFormValues {
  return {
    kind: body.kind,
    name: textValues(body.name),
    description: textValues(body.description),
    parentId: body.parentId ?? '',
    meetingFrequency: textValues(body.meetingFrequency),
    secretariatOrganisationId: body.secretariatOrganisation?.id ?? null,
    activeFrom: body.activeFrom ?? '',
    activeTo: body.activeTo ?? '',
    isPublic: body.isPublic,
  };
}

/** The form's values as the API takes them: empty texts and dates are sent as null. */
export function bodyPayload(v: BodyFormValues): Record<keyof BodyCreate, unknown> {
  return {
    kind: v.kind || undefined,
    name: textPayload(v.name),
    description: textPayload(v.description),
    parentId: v.parentId || null,
    meetingFrequency: textOrNull(v.meetingFrequency),
    secretariatOrganisationId: v.secretariatOrganisationId,
    activeFrom: v.activeFrom.trim() || null,
    activeTo: v.activeTo.trim() || null,
    isPublic: v.isPublic,
  };
}
