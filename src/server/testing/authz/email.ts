import { outboxEmails } from '../../features/email/email.table';
import type { AuthzCases } from './cases';

/** The outbox is the platform administrators' alone: every e-mail to anyone is in it. */
export const emailAuthz: AuthzCases = {
  async setup({ t, ids }) {
    const [row] = await t.db
      .insert(outboxEmails)
      .values({ toAddress: 'hvem@example.org', locale: 'nb', template: 'test', subject: 'Prøve', textBody: 'x', htmlBody: 'x', state: 'kept' })
      .returning();
    ids.email = row!.id;
  },
  cases: (ids) => ({
    'GET /api/emails': { url: () => '/api/emails', otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'GET /api/emails/:id': { url: () => `/api/emails/${ids.email}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'POST /api/emails/test': { url: () => '/api/emails/test', body: () => ({}), otherProgramme: 'refused', otherOrgContributor: 'refused' },
  }),
};
