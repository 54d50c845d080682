import type { CallDeadlineRow, CallRow } from './calls.table';
import type { ApplicationHead } from './calls.repo';
import type { Application, ApplicationSummary, Call, CallDeadline, CallSummary } from '../../../shared/contracts/calls';
import type { ApplicationForm } from '../../../shared/contracts/application-form';
import { missingFields, requestedAmount } from '../../../shared/domain/application-form';

const text = (t: { nb?: string | null; nn?: string | null; en?: string | null }) => ({ nb: t.nb ?? '', nn: t.nn, en: t.en });

export const toDeadline = (d: CallDeadlineRow): CallDeadline => ({ id: d.id, deadline: d.deadline.toISOString(), label: d.label });

/** The first deadline not yet passed at `now`, of deadlines in time order. */
export function nextDeadline<T extends { deadline: Date }>(deadlines: readonly T[], now: Date): T | undefined {
  return deadlines.find((d) => d.deadline >= now);
}

/** `applicationCount` only for the secretariat; null for everyone else. */
export function toCallSummary(row: CallRow, deadlines: readonly CallDeadlineRow[], now: Date, applicationCount: number | null = null): CallSummary {
  return {
    id: row.id,
    programmeId: row.programmeId,
    title: row.title,
    status: row.status,
    budgetFrame: row.budgetFrame,
    deadlines: deadlines.map(toDeadline),
    nextDeadline: nextDeadline(deadlines, now)?.deadline.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    applicationCount,
  };
}

export function toCall(row: CallRow, deadlines: readonly CallDeadlineRow[], now: Date, canManage: boolean, applicationCount: number | null = null): Call {
  return {
    ...toCallSummary(row, deadlines, now, canManage ? applicationCount : null),
    text: text(row.text),
    eligibleKinds: row.eligibleKinds,
    ngoNeedsMunicipalPartner: row.ngoNeedsMunicipalPartner,
    criteria: row.criteria,
    form: row.form,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canManage,
  };
}

export function toApplicationSummary(a: ApplicationHead): ApplicationSummary {
  return {
    id: a.id,
    callId: a.callId,
    callTitle: a.callTitle,
    organisation: { id: a.organisationId, name: a.organisationName },
    title: a.title,
    status: a.status,
    currentVersion: a.currentVersion,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    requestedAmount: requestedAmount(a.callForm, a.answers),
    revision: a.revision,
    updatedAt: a.updatedAt.toISOString(),
    updatedBy: a.updatedByName,
  };
}

export interface ApplicationParts {
  form: ApplicationForm | null;
  partners: { id: string; name: string }[];
  versions: { version: number; submittedAt: Date; submittedBy: string | null }[];
  deadline: CallDeadlineRow | undefined;
  canEdit: boolean;
  /** The project a grant created, if any. */
  projectId: string | null;
}

export function toApplication(a: ApplicationHead, parts: ApplicationParts): Application {
  return {
    ...toApplicationSummary(a),
    programmeId: a.programmeId,
    partners: parts.partners.map((p) => ({ id: p.id, name: p.name })),
    answers: a.answers,
    missing: parts.form ? missingFields(parts.form, a.answers) : [],
    versions: parts.versions.map((v) => ({ version: v.version, submittedAt: v.submittedAt.toISOString(), submittedBy: v.submittedBy })),
    deadline: parts.deadline ? toDeadline(parts.deadline) : null,
    returnComment: a.returnComment,
    createdBy: a.createdByName,
    createdAt: a.createdAt.toISOString(),
    canEdit: parts.canEdit,
    decision:
      a.outcome && a.decidedAt
        ? { outcome: a.outcome, grantedAmount: a.grantedAmount, conditions: a.conditions?.nb ? a.conditions : null, decidedAt: a.decidedAt.toISOString(), projectId: parts.projectId }
        : null,
  };
}
