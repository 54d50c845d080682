import type { TestApp } from '../test-app';
import { buildOrganisation, buildProgramme, buildProject } from '../factories';
import type { GovernanceArranged } from './governance-cases';

/** One audit case per state-changing portfolio route, each on a project of its own. */
export function portfolioAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async () => {
    const db = app().db;
    const programme = await buildProgramme(db);
    const owner = await buildOrganisation(db);
    const project = await buildProject(db, { programmeId: programme.id, ownerOrganisationId: owner.id, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    return { p: programme.id, owner, project };
  };
  return {
    'POST /api/programmes/:id/projects': async () => {
      const { p, owner } = await fixture();
      return {
        url: `/api/programmes/${p}/projects`,
        body: { title: { nb: 'Assist' }, ownerOrganisationId: owner.id, fundingProgramme: 'erasmus_plus' },
        entry: (r) => ({ action: 'create', entityType: 'project', entityId: r.id, programmeId: p, before: null, after: { fundingProgramme: 'erasmus_plus', phase: 'initiative' } }),
      };
    },
    'PATCH /api/projects/:id': async () => {
      const { p, project } = await fixture();
      return { url: `/api/projects/${project.id}`, body: { phase: 'running' }, entry: () => ({ action: 'update', entityType: 'project', entityId: project.id, programmeId: p, before: { phase: 'initiative', revision: 1 }, after: { phase: 'running', revision: 2 } }) };
    },
    'DELETE /api/projects/:id': async () => {
      const { p, project } = await fixture();
      return { url: `/api/projects/${project.id}`, entry: () => ({ action: 'delete', entityType: 'project', entityId: project.id, programmeId: p, before: { title: project.title }, after: null }) };
    },
    'PUT /api/projects/:id/partners': async () => {
      const { p, project } = await fixture();
      return {
        url: `/api/projects/${project.id}/partners`,
        body: { partners: [{ name: 'Vilniaus miesto savivaldybė', country: 'LT', role: 'donor_programme_partner' }] },
        entry: () => ({ action: 'update', entityType: 'project', entityId: project.id, programmeId: p, before: { partners: [] }, after: { partners: ['Vilniaus miesto savivaldybė (LT): donor_programme_partner'] } }),
      };
    },
    'PUT /api/projects/:id/budget': async () => {
      const { p, project } = await fixture();
      return {
        url: `/api/projects/${project.id}/budget`,
        body: { grantedTotal: 500, lines: [{ year: 2026, source: 'state_grant', kind: 'granted', amount: 500 }] },
        entry: () => ({ action: 'update', entityType: 'project', entityId: project.id, programmeId: p, before: { budget: [], grantedTotal: null }, after: { budget: ['2026 state_grant granted: 500'], grantedTotal: 500 } }),
      };
    },
    'PUT /api/projects/:id/milestones': async () => {
      const { p, project } = await fixture();
      return {
        url: `/api/projects/${project.id}/milestones`,
        body: { milestones: [{ title: { nb: 'Oppstart' }, dueOn: '2026-03-01' }] },
        entry: () => ({ action: 'update', entityType: 'project', entityId: project.id, programmeId: p, before: { milestones: [] }, after: { milestones: ['2026-03-01 Oppstart'] } }),
      };
    },
    'PUT /api/projects/:id/links': async () => {
      const { p, project } = await fixture();
      return {
        url: `/api/projects/${project.id}/links`,
        body: { reach: [{ targetGroup: { nb: 'elever på 8. trinn' }, count: 30 }] },
        entry: () => ({ action: 'update', entityType: 'project', entityId: project.id, programmeId: p, before: { reach: [] }, after: { reach: ['–: 30 elever på 8. trinn'] } }),
      };
    },
  };
}
