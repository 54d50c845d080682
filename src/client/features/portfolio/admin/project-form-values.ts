import type { Project, ProjectCreate, ProjectUpdate } from '../../../../shared/contracts/projects';
import type { PublicProjectField } from '../../../../shared/domain/portfolio';
import { emptyText, textPayload, textValues, type TextValues } from '../../governance/admin/form-support';

/** A project's facts as the form holds them: texts per language, dates and choices as written. */
export interface ProjectFormValues {
  title: TextValues;
  summary: TextValues;
  results: TextValues;
  ownerOrganisationId: string | null;
  ownerRole: string;
  fundingProgramme: string;
  fundingProgrammeName: string;
  currency: string;
  phase: string;
  startsOn: string;
  endsOn: string;
  isPublished: boolean;
  publicFields: PublicProjectField[];
}

export function emptyProjectValues(): ProjectFormValues {
  return {
    title: emptyText(),
    summary: emptyText(),
    results: emptyText(),
    ownerOrganisationId: null,
    ownerRole: 'coordinator',
    fundingProgramme: '',
    fundingProgrammeName: '',
    currency: 'NOK',
    phase: 'initiative',
    startsOn: '',
    endsOn: '',
    isPublished: false,
    publicFields: [],
  };
}

export function projectValues(p: Project): ProjectFormValues {
  return {
    title: textValues(p.title),
    summary: textValues(p.summary),
    results: textValues(p.results),
    ownerOrganisationId: p.owner.id,
    ownerRole: p.ownerRole,
    fundingProgramme: p.fundingProgramme,
    fundingProgrammeName: p.fundingProgrammeName ?? '',
    currency: p.currency,
    phase: p.phase,
    startsOn: p.startsOn ?? '',
    endsOn: p.endsOn ?? '',
    isPublished: p.isPublished,
    publicFields: p.publicFields,
  };
}

/** What the form sends to create a project (the contract checks it, and says what is wrong where). */
export function createPayload(v: ProjectFormValues): Record<keyof ProjectCreate, unknown> {
  return {
    title: textPayload(v.title),
    summary: textPayload(v.summary),
    results: textPayload(v.results),
    ownerOrganisationId: v.ownerOrganisationId ?? '',
    ownerRole: v.ownerRole,
    fundingProgramme: v.fundingProgramme,
    fundingProgrammeName: v.fundingProgrammeName.trim() || null,
    currency: v.currency,
    phase: v.phase,
    startsOn: v.startsOn || null,
    endsOn: v.endsOn || null,
  };
}

/** What the form sends to change a project; the owner, publication and public fields only for the secretariat. */
export function updatePayload(v: ProjectFormValues, canManage: boolean): Partial<Record<keyof ProjectUpdate, unknown>> {
  const { ownerOrganisationId, ...rest } = createPayload(v);
  return canManage ? { ...rest, ownerOrganisationId, isPublished: v.isPublished, publicFields: v.publicFields } : { ...rest, publicFields: v.publicFields };
}
