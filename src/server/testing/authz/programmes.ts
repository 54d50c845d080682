import { contacts, participations } from '../../features/programmes/participations.table';
import type { AuthzCases } from './cases';

/**
 * A programme is changed by its own secretariat (or an ancestor's) and platform admins; the
 * programme under test gets a participation of organisation X and a contact (person X).
 */
export const programmeAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const [part] = await t.db.insert(participations).values({ programmeId: ids.programme!, organisationId: ids.orgX!, role: 'partner' }).returning();
    const [contact] = await t.db.insert(contacts).values({ programmeId: ids.programme!, personId: ids.personX!, role: 'contact' }).returning();
    Object.assign(ids, { participation: part!.id, contact: contact!.id });
  },
  cases: (ids) => ({
    'POST /api/programmes': { url: () => '/api/programmes', body: () => ({ slug: `sub-${Date.now()}`, kind: 'sub_programme', parentId: ids.programme, name: { nb: 'Under A' } }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'PATCH /api/programmes/:id': { url: () => `/api/programmes/${ids.programme}`, body: () => ({ name: { nb: 'Endret' } }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'DELETE /api/programmes/:id': { url: () => `/api/programmes/${ids.programme}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'POST /api/programmes/:id/participations': { url: () => `/api/programmes/${ids.programme}/participations`, body: () => ({ organisationId: ids.orgY, role: 'partner' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'DELETE /api/programmes/:id/participations/:childId': { url: () => `/api/programmes/${ids.programme}/participations/${ids.participation}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'POST /api/programmes/:id/contacts': { url: () => `/api/programmes/${ids.programme}/contacts`, body: () => ({ personId: ids.personX, role: 'contact' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'DELETE /api/programmes/:id/contacts/:childId': { url: () => `/api/programmes/${ids.programme}/contacts/${ids.contact}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  }),
};
