import type { AuthzCases } from './cases';
import { partnerSearches } from '../../features/portfolio/partner-searches.table';

/**
 * Partner searches are registered, assessed and decided by the secretariat and the contributors
 * of the organisation invited (X), and read by those who work in the programme; another
 * programme's secretariat is refused everything.
 */
export const partnerSearchesAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const [row] = await t.db
      .insert(partnerSearches)
      .values({ programmeId: ids.programme!, organisationId: ids.orgX!, title: 'Youth in Europe', leadOrganisation: 'Gdańsk', leadCountry: 'PL', fundingProgramme: 'erasmus_plus', receivedOn: '2026-10-01' })
      .returning();
    ids.partnerSearch = row!.id;
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    const insiders = { otherProgramme: 'refused', otherOrgContributor: 'allowed' } as const;
    return {
      'GET /api/programmes/:id/partner-searches': { url: () => `/api/programmes/${ids.programme}/partner-searches`, ...insiders },
      'POST /api/programmes/:id/partner-searches': {
        url: () => `/api/programmes/${ids.programme}/partner-searches`,
        body: () => ({ organisationId: ids.orgX, title: 'Sport', leadOrganisation: 'Riga', fundingProgramme: 'erasmus_plus', receivedOn: '2026-10-02' }),
        ...refused,
      },
      'GET /api/partner-searches/:id': { url: () => `/api/partner-searches/${ids.partnerSearch}`, ...insiders },
      'PATCH /api/partner-searches/:id': { url: () => `/api/partner-searches/${ids.partnerSearch}`, body: () => ({ assessment: 'Vurdert.', revision: 1 }), ...refused },
      'POST /api/partner-searches/:id/decision': { url: () => `/api/partner-searches/${ids.partnerSearch}/decision`, body: () => ({ decision: 'decline', note: 'Nei.', revision: 1 }), ...refused },
    };
  },
};
