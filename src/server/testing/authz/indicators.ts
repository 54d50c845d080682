import { indicators } from '../../features/indicators/indicators.table';
import type { AuthzCases } from './cases';

let seq = 0;

/**
 * The indicator catalogue is shared for reading and following, but each indicator is kept by its
 * owner programme's analysts and secretariat: the programme under test keeps one, which another
 * programme's secretariat may not change, delete, or add to in the owner's name.
 */
export const indicatorAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const code = `authz-indikator-${seq++}`;
    const [row] = await t.db
      .insert(indicators)
      .values({ code, name: { nb: 'Indikator' }, unit: 'percent', direction: 'higher_is_better', sourcePublisher: 'SSB', ownerProgrammeId: ids.programme! })
      .returning();
    ids.indicator = row!.id;
    ids.indicatorCode = code;
  },
  cases: (ids) => ({
    'POST /api/indicators': {
      url: () => '/api/indicators',
      body: () => ({ code: `ny-indikator-${seq++}`, name: { nb: 'Ny' }, unit: 'count', direction: 'neutral', source: { publisher: 'SSB' }, ownerProgrammeId: ids.programme }),
      otherProgramme: 'refused',
      otherOrgContributor: 'refused',
    },
    'PATCH /api/indicators/:code': { url: () => `/api/indicators/${ids.indicatorCode}`, body: () => ({ direction: 'lower_is_better' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'DELETE /api/indicators/:code': { url: () => `/api/indicators/${ids.indicatorCode}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'PUT /api/programmes/:id/statistics': {
      url: () => `/api/programmes/${ids.programme}/statistics`,
      body: () => ({ indicatorIds: [], focusAreaIds: [], referenceAreaIds: [] }),
      otherProgramme: 'refused',
      otherOrgContributor: 'refused',
    },
  }),
};
