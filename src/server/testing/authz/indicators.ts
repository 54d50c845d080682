import { indicators } from '../../features/indicators/indicators.table';
import type { AuthzCases } from './cases';

let seq = 0;

/** The indicator catalogue is shared: any secretariat may add to it; a programme's settings are its own. */
export const indicatorAuthz: AuthzCases = {
  async setup({ t, ids }) {
    const [row] = await t.db
      .insert(indicators)
      .values({ code: 'authz-indikator', name: { nb: 'Indikator' }, unit: 'percent', direction: 'higher_is_better', sourcePublisher: 'SSB' })
      .returning();
    ids.indicator = row!.id;
  },
  cases: (ids) => ({
    'POST /api/indicators': {
      url: () => '/api/indicators',
      body: () => ({ code: `ny-indikator-${seq++}`, name: { nb: 'Ny' }, unit: 'count', direction: 'neutral', source: { publisher: 'SSB' } }),
      otherProgramme: 'allowed',
      otherOrgContributor: 'refused',
    },
    'PATCH /api/indicators/:code': { url: () => '/api/indicators/authz-indikator', body: () => ({ decimals: 2 }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'DELETE /api/indicators/:code': { url: () => '/api/indicators/authz-indikator', otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'PUT /api/programmes/:id/statistics': {
      url: () => `/api/programmes/${ids.programme}/statistics`,
      body: () => ({ indicatorIds: [], focusAreaIds: [], referenceAreaIds: [] }),
      otherProgramme: 'refused',
      otherOrgContributor: 'refused',
    },
  }),
};
