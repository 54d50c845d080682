import type { TestApp } from '../test-app';
import { buildBenefit, buildBenefitMeasurement, buildOrganisation, buildProgramme, buildProject } from '../factories';
import type { GovernanceArranged } from './governance-cases';

/** One audit case per state-changing benefits route, each on a project of its own. */
export function benefitsAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async () => {
    const db = app().db;
    const programme = await buildProgramme(db);
    const owner = await buildOrganisation(db);
    const project = await buildProject(db, { programmeId: programme.id, ownerOrganisationId: owner.id });
    const benefit = await buildBenefit(db, { projectId: project.id, title: { nb: 'Færre meldinger' } });
    return { p: programme.id, project, benefit };
  };
  return {
    'PUT /api/projects/:id/benefits': async () => {
      const { p, project, benefit } = await fixture();
      const body = {
        benefits: [{ id: benefit.id, title: { nb: 'Færre meldinger' }, measure: 'manual', measureName: 'Bekymringsmeldinger', measureUnit: 'meldinger', direction: 'lower_is_better', baselineValue: 40, baselinePeriod: '2024', expectedValue: 25, expectedBy: '2027-12-31' }],
      };
      return {
        url: `/api/projects/${project.id}/benefits`,
        body,
        entry: () => ({
          action: 'update',
          entityType: 'project',
          entityId: project.id,
          programmeId: p,
          before: { benefits: ['Færre meldinger: Bekymringsmeldinger (meldinger) 40 (2024) → 30 (2026-12-31), lower_is_better'] },
          after: { benefits: ['Færre meldinger: Bekymringsmeldinger (meldinger) 40 (2024) → 25 (2027-12-31), lower_is_better'] },
        }),
      };
    },
    'POST /api/benefits/:id/measurements': async () => {
      const { p, benefit } = await fixture();
      return {
        url: `/api/benefits/${benefit.id}/measurements`,
        body: { period: '2025', value: 33, note: 'Fra fagsystemet' },
        entry: (r) => {
          const plan = r as unknown as { benefits: { measurements: { id: string }[] }[] };
          return { action: 'create', entityType: 'benefit_measurement', entityId: plan.benefits[0]!.measurements[0]!.id, programmeId: p, before: null, after: { benefitId: benefit.id, period: '2025', value: 33 } };
        },
      };
    },
    'DELETE /api/benefit-measurements/:id': async () => {
      const { p, benefit } = await fixture();
      const m = await buildBenefitMeasurement(app().db, { benefitId: benefit.id });
      return { url: `/api/benefit-measurements/${m.id}`, entry: () => ({ action: 'delete', entityType: 'benefit_measurement', entityId: m.id, programmeId: p, before: { benefitId: benefit.id, value: 35 }, after: null }) };
    },
  };
}
