import type { TestApp } from '../test-app';
import { buildOrganisation, buildProgramme, buildProject } from '../factories';
import { projectChangeRequests } from '../../features/portfolio/project-changes.table';
import { partnerSearches } from '../../features/portfolio/partner-searches.table';
import type { GovernanceArranged } from './governance-cases';

/** One audit case per state-changing route of project change requests, thresholds and partner searches. */
export function projectChangesAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async () => {
    const db = app().db;
    const programme = await buildProgramme(db);
    const owner = await buildOrganisation(db);
    const project = await buildProject(db, { programmeId: programme.id, ownerOrganisationId: owner.id, startsOn: '2026-01-01', endsOn: '2026-12-31' });
    return { db, p: programme.id, project };
  };
  return {
    'PUT /api/programmes/:id/change-thresholds': async () => {
      const { p } = await fixture();
      return {
        url: `/api/programmes/${p}/change-thresholds`,
        body: { percent: 20, months: null },
        entry: () => ({ action: 'update', entityType: 'programme', entityId: p, programmeId: p, before: { changeThresholdPercent: 10, changeThresholdMonths: 3 }, after: { changeThresholdPercent: 20, changeThresholdMonths: null } }),
      };
    },
    'POST /api/projects/:id/change-requests': async () => {
      const { p, project } = await fixture();
      return {
        url: `/api/projects/${project.id}/change-requests`,
        body: { endsOn: '2027-06-30', justification: 'Forsinket oppstart.' },
        entry: (r) => ({ action: 'create', entityType: 'project_change_request', entityId: r.id, programmeId: p, before: null, after: { endsOn: '2027-06-30', endsOnBefore: '2026-12-31', status: 'pending' } }),
      };
    },
    'POST /api/change-requests/:id/withdraw': async () => {
      const { db, p, project } = await fixture();
      const [request] = await db
        .insert(projectChangeRequests)
        .values({ programmeId: p, projectId: project.id, justification: 'x', baseRevision: 1, startsOn: '2026-01-01', endsOn: '2027-06-30', startsOnBefore: '2026-01-01', endsOnBefore: '2026-12-31' })
        .returning();
      return {
        url: `/api/change-requests/${request!.id}/withdraw`,
        entry: () => ({ action: 'update', entityType: 'project_change_request', entityId: request!.id, programmeId: p, before: { status: 'pending' }, after: { status: 'withdrawn' } }),
      };
    },
    'POST /api/programmes/:id/partner-searches': async () => {
      const { p, project } = await fixture();
      return {
        url: `/api/programmes/${p}/partner-searches`,
        body: { organisationId: project.ownerOrganisationId, title: 'Youth in Europe', leadOrganisation: 'Gdańsk', leadCountry: 'PL', fundingProgramme: 'erasmus_plus', receivedOn: '2026-10-01' },
        entry: (r) => ({ action: 'create', entityType: 'partner_search', entityId: r.id, programmeId: p, before: null, after: { title: 'Youth in Europe', status: 'received' } }),
      };
    },
    'PATCH /api/partner-searches/:id': async () => {
      const { db, p, project } = await fixture();
      const [row] = await db.insert(partnerSearches).values({ programmeId: p, organisationId: project.ownerOrganisationId, title: 'Sport', leadOrganisation: 'Riga', fundingProgramme: 'erasmus_plus', receivedOn: '2026-10-01' }).returning();
      return {
        url: `/api/partner-searches/${row!.id}`,
        body: { assessment: 'Passer godt.', revision: 1 },
        entry: () => ({ action: 'update', entityType: 'partner_search', entityId: row!.id, programmeId: p, before: { status: 'received', assessment: '' }, after: { status: 'assessing', assessment: 'Passer godt.' } }),
      };
    },
    'POST /api/partner-searches/:id/decision': async () => {
      const { db, p, project } = await fixture();
      const [row] = await db.insert(partnerSearches).values({ programmeId: p, organisationId: project.ownerOrganisationId, title: 'Sport', leadOrganisation: 'Riga', fundingProgramme: 'erasmus_plus', receivedOn: '2026-10-01' }).returning();
      return {
        url: `/api/partner-searches/${row!.id}/decision`,
        body: { decision: 'decline', note: 'Ikke tverrfaglig.', revision: 1 },
        entry: () => ({ action: 'update', entityType: 'partner_search', entityId: row!.id, programmeId: p, before: { status: 'received' }, after: { status: 'declined', decisionNote: 'Ikke tverrfaglig.' } }),
      };
    },
  };
}
