import type { Db } from '../../db/client';
import { applications, applicationVersions, callDeadlines, calls } from '../../features/calls/calls.table';
import type { ApplicationForm } from '../../../shared/contracts/application-form';
import { unique } from './unique';

/** A small form: one required text, one amount and one PDF attachment field. */
export const TEST_FORM: ApplicationForm = {
  sections: [
    {
      key: 'project',
      title: { nb: 'Prosjektet' },
      fields: [
        { kind: 'short_text', key: 'summary', label: { nb: 'Sammendrag' }, required: true, maxLength: 200 },
        { kind: 'amount', key: 'amount', label: { nb: 'Søknadsbeløp' }, required: false },
        { kind: 'attachment', key: 'budget_file', label: { nb: 'Budsjett' }, required: false, accept: ['pdf'], maxSizeMb: 1, maxFiles: 1 },
      ],
    },
  ],
};

/** A call, open by default, taking city districts, with the test form and one deadline a day ahead. */
export async function buildCall(db: Db, o: Partial<typeof calls.$inferInsert> & { programmeId: string }) {
  const [row] = await db
    .insert(calls)
    .values({ title: { nb: `Utlysning ${unique()}` }, eligibleKinds: ['city_district'], form: TEST_FORM, status: 'open', publishedAt: new Date(), ...o })
    .returning();
  const [deadline] = await db.insert(callDeadlines).values({ callId: row!.id, deadline: new Date(Date.now() + 24 * 3600_000), label: { nb: 'Frist' } }).returning();
  return { ...row!, deadlineId: deadline!.id };
}

/** An application; with `version`, submitted with that many frozen versions. */
export async function buildApplication(db: Db, o: Partial<typeof applications.$inferInsert> & { callId: string; organisationId: string; versions?: number }) {
  const { versions = 0, ...values } = o;
  const answers = { summary: 'Sommerjobb for ungdom' };
  const [row] = await db
    .insert(applications)
    .values({ title: `Søknad ${unique()}`, answers, ...(versions ? { status: 'submitted' as const, currentVersion: versions, submittedAt: new Date() } : {}), ...values })
    .returning();
  for (let v = 1; v <= versions; v++) await db.insert(applicationVersions).values({ applicationId: row!.id, version: v, answers, submittedAt: new Date() });
  return row!;
}
