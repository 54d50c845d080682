import type { ProjectHead, ProjectParts, PortfolioRow } from './projects.repo';
import type { Project, ProjectSummary } from '../../../shared/contracts/projects';
import { budgetTotal, type PublicProjectField } from '../../../shared/domain/portfolio';

const text = (t: { nb?: string | null; nn?: string | null; en?: string | null }) => ({ nb: t.nb ?? '', nn: t.nn, en: t.en });

interface Reader {
  canEdit: boolean;
  canManage: boolean;
  isInsider: boolean;
}

/** Whether the reader sees the field: those who work in the programme or keep the project see all. */
const shows = (reader: Reader, publicFields: readonly string[], field: PublicProjectField) => reader.isInsider || reader.canEdit || publicFields.includes(field);

export function toProject(head: ProjectHead, parts: ProjectParts, reader: Reader): Project {
  const show = (field: PublicProjectField) => shows(reader, head.publicFields, field);
  return {
    id: head.id,
    programmeId: head.programmeId,
    programme: head.programme,
    title: head.title,
    summary: text(head.summary),
    results: show('results') ? text(head.results) : { nb: '' },
    phase: head.phase,
    fundingProgramme: head.fundingProgramme,
    fundingProgrammeName: head.fundingProgrammeName,
    currency: head.currency,
    startsOn: head.startsOn,
    endsOn: head.endsOn,
    owner: { id: head.ownerOrganisationId, name: head.ownerName },
    ownerRole: head.ownerRole,
    isPublished: head.publishedAt !== null,
    publicFields: head.publicFields,
    grantedTotal: show('budget') ? head.grantedTotal : null,
    budget: show('budget') ? { applied: budgetTotal(parts.budget, 'applied'), granted: budgetTotal(parts.budget, 'granted'), spent: budgetTotal(parts.budget, 'spent') } : null,
    budgetLines: show('budget') ? parts.budget : null,
    partners: show('partners')
      ? parts.partners.map((p) => ({ id: p.id, organisation: p.organisationId ? { id: p.organisationId, name: p.organisationName ?? p.name } : null, name: p.organisationName ?? p.name, country: p.country, role: p.role }))
      : null,
    partnerCountries: show('partners') ? [...new Set(parts.partners.flatMap((p) => (p.country ? [p.country] : [])))].sort() : [],
    milestones: show('milestones') ? parts.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn })) : null,
    reach: show('reach') ? parts.reach.map((r) => ({ area: r.areaId ? { id: r.areaId, name: r.areaName ?? '' } : null, targetGroup: r.targetGroup, count: r.count })) : null,
    goals: parts.goals,
    goalIds: parts.goals.map((g) => g.id),
    efforts: parts.efforts.map((e) => ({ id: e.id, title: e.title, actionProgramme: { id: e.actionProgrammeId, title: e.actionProgrammeTitle } })),
    revision: head.revision,
    changeThresholds: head.thresholds,
    hasPendingChange: head.hasPendingChange,
    createdAt: head.createdAt.toISOString(),
    updatedAt: head.updatedAt.toISOString(),
    canEdit: reader.canEdit,
    canManage: reader.canManage,
  };
}

export function toSummary(r: PortfolioRow, insider: boolean): ProjectSummary {
  const show = (field: PublicProjectField) => insider || r.public_fields.includes(field);
  return {
    id: r.id,
    programmeId: r.programme_id,
    title: r.title,
    phase: r.phase,
    fundingProgramme: r.funding_programme,
    fundingProgrammeName: r.funding_programme_name,
    currency: r.currency,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    owner: { id: r.owner_organisation_id, name: r.owner_name },
    ownerRole: r.owner_role,
    isPublished: r.published,
    budget: show('budget') ? { applied: Number(r.applied), granted: Number(r.granted), spent: Number(r.spent) } : null,
    partnerCountries: show('partners') ? [...r.countries].sort() : [],
    goalIds: r.goal_ids,
    rag: insider ? r.rag : null,
  };
}
