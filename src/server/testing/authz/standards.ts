import type { AuthzCases } from './cases';
import { standards, standardVersions } from '../../features/standards/standards.table';

const sections = [{ key: 'goal', kind: 'text' as const, heading: 'Mål', text: 'Styrke samarbeidet.', items: [], fromSchool: [], fromHome: [] }];

/**
 * Standards are edited and published by the secretariat (a school's contributors for their own
 * local guideline) and translated by the secretariat and the programme's translators; a
 * contributor of another organisation and another programme's secretariat are refused. Reading a
 * published standard is public.
 */
export const standardsAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const [row] = await t.db.insert(standards).values({ programmeId: ids.programme!, title: 'Oslostandard', sections }).returning();
    await t.db.insert(standardVersions).values({ standardId: row!.id, number: 1, title: 'Oslostandard', sections });
    ids.standard = row!.id;
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    const section = { heading: 'Goal', text: 'Strengthen the cooperation.', revision: 0 };
    return {
      'POST /api/programmes/:id/standards': { url: () => `/api/programmes/${ids.programme}/standards`, body: () => ({ title: 'Ny standard' }), ...refused },
      'GET /api/standards/:id': { url: () => `/api/standards/${ids.standard}`, ...refused },
      'PATCH /api/standards/:id': { url: () => `/api/standards/${ids.standard}`, body: () => ({ title: 'Endret', revision: 1 }), ...refused },
      'POST /api/standards/:id/versions': { url: () => `/api/standards/${ids.standard}/versions`, body: () => ({ revision: 1 }), ...refused },
      'GET /api/standards/:id/translations/:lang': { url: () => `/api/standards/${ids.standard}/translations/ar`, ...refused },
      'PUT /api/standards/:id/translations/:lang/title': { url: () => `/api/standards/${ids.standard}/translations/en/title`, body: () => ({ title: 'Oslo standard', revision: 0 }), ...refused },
      'PUT /api/standards/:id/translations/:lang/sections/:key': { url: () => `/api/standards/${ids.standard}/translations/en/sections/goal`, body: () => section, ...refused },
    };
  },
};
