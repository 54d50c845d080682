import type { TestApp } from '../test-app';
import { buildProgramme } from '../factories';
import { standards, standardTranslations, standardVersions } from '../../features/standards/standards.table';
import type { GovernanceArranged } from './governance-cases';

const sections = [{ key: 'goal', kind: 'text' as const, heading: 'Mål', text: 'Styrke samarbeidet.', items: [], fromSchool: [], fromHome: [] }];

/** One audit case per state-changing route of standards, their versions and translations. */
export function standardsAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async (publish = true) => {
    const db = app().db;
    const p = (await buildProgramme(db)).id;
    const [row] = await db.insert(standards).values({ programmeId: p, title: 'Oslostandard', sections }).returning();
    if (publish) await db.insert(standardVersions).values({ standardId: row!.id, number: 1, title: 'Oslostandard', sections });
    return { db, p, id: row!.id };
  };
  return {
    'POST /api/programmes/:id/standards': async () => {
      const { p } = await fixture();
      return {
        url: `/api/programmes/${p}/standards`,
        body: { title: 'Oslostandard for skole-hjem-samarbeid' },
        entry: (r) => ({ action: 'create', entityType: 'standard', entityId: r.id, programmeId: p, before: null, after: { title: 'Oslostandard for skole-hjem-samarbeid' } }),
      };
    },
    'PATCH /api/standards/:id': async () => {
      const { p, id } = await fixture();
      return {
        url: `/api/standards/${id}`,
        body: { title: 'Oslostandarden', revision: 1 },
        entry: () => ({ action: 'update', entityType: 'standard', entityId: id, programmeId: p, before: { title: 'Oslostandard' }, after: { title: 'Oslostandarden', revision: 2 } }),
      };
    },
    'POST /api/standards/:id/versions': async () => {
      const { p, id } = await fixture(false);
      return {
        url: `/api/standards/${id}/versions`,
        body: { note: 'Vedtatt', revision: 1 },
        entry: (r) => ({ action: 'create', entityType: 'standard_version', entityId: (r as unknown as { versions: { id: string }[] }).versions[0]!.id, programmeId: p, before: null, after: { standardId: id, number: 1, note: 'Vedtatt', sections: ['goal'] } }),
      };
    },
    'PUT /api/standards/:id/translations/:lang/title': async () => {
      const { db, p, id } = await fixture();
      const [tr] = await db.insert(standardTranslations).values({ standardId: id, language: 'en', title: 'Oslo standard' }).returning();
      return {
        url: `/api/standards/${id}/translations/en/title`,
        body: { title: 'The Oslo standard', revision: 1 },
        entry: () => ({ action: 'update', entityType: 'standard_translation', entityId: tr!.id, programmeId: p, before: { title: 'Oslo standard' }, after: { title: 'The Oslo standard', revision: 2 } }),
      };
    },
    'PUT /api/standards/:id/translations/:lang/sections/:key': async () => {
      const { p, id } = await fixture();
      return {
        url: `/api/standards/${id}/translations/ar/sections/goal`,
        body: { heading: 'الهدف', text: 'تعزيز التعاون.', revision: 0 },
        entry: (r) => ({ action: 'create', entityType: 'standard_translation', entityId: r.id, programmeId: p, before: null, after: { language: 'ar', sections: { goal: { heading: 'الهدف', sourceVersion: 1 } } } }),
      };
    },
  };
}
