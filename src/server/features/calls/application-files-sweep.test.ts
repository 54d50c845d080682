import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildCall, buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';
import { multipart } from '../../testing/imports';
import { storedFiles } from '../../files/files.table';
import { applicationFiles, applications, applicationVersions } from './calls.table';
import { SWEEP_APPLICATION_FILES_QUEUE } from './calls.jobs';
import type { AttachmentRef } from '../../../shared/contracts/application-form';

describe('the nightly sweep of application attachments', () => {
  let t: TestApp;
  let applicant: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  /** The first 03:41 UTC after `from` plus `days`: when the sweep falls due. */
  const nightAfter = (from: Date, days: number) => {
    const d = new Date(from.getTime() + days * 24 * 3600_000);
    const at = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 3, 41));
    return at > d ? at : new Date(at.getTime() + 24 * 3600_000);
  };
  async function sweepAt(when: Date) {
    t.clock.set(when);
    const runs = await t.app.jobs.tick();
    expect(runs.map((r) => r.name)).toContain(SWEEP_APPLICATION_FILES_QUEUE);
    const open = async () => (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = ${SWEEP_APPLICATION_FILES_QUEUE} and state not in ('completed', 'failed', 'cancelled')`)).rows[0]!.n;
    await expect.poll(open, { timeout: 20_000 }).toBe(0);
  }
  const upload = async (applicationId: string, name: string) => {
    const body = multipart({ name, content: `%PDF-1.4 ${name}` });
    const res = await applicant.request({ method: 'POST', url: `/api/applications/${applicationId}/attachments?field=budget_file`, payload: body.payload, headers: body.headers });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as AttachmentRef;
  };
  const stored = async (ids: string[]) => (await t.db.select({ id: storedFiles.id }).from(storedFiles).where(inArray(storedFiles.id, ids))).map((r) => r.id).sort();

  it('keeps what an answer or a submitted version names and removes the rest a day after upload', async () => {
    const programmeId = (await buildProgramme(t.db)).id;
    const district = await buildOrganisation(t.db, { kind: 'city_district' });
    const email = (await buildUser(t.db, { organisationId: district.id, roles: [[programmeId, 'contributor']] })).email;
    applicant = await t.signIn(email);
    const call = await buildCall(t.db, { programmeId });
    const created = await applicant.post(`/api/calls/${call.id}/applications`, { title: 'Leksehjelp' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    const named = await upload(id, 'budsjett-v2.pdf');
    const replaced = await upload(id, 'budsjett-v1.pdf');
    const inVersion = await upload(id, 'budsjett-sendt.pdf');
    const saved = await applicant.put(`/api/applications/${id}/answers`, { answers: { summary: 'Leksehjelp', budget_file: [named] }, revision: created.json().revision });
    expect(saved.statusCode, saved.body).toBe(200);
    // A version submitted earlier named another file (the draft has since replaced it).
    await t.db.insert(applicationVersions).values({ applicationId: id, version: 1, answers: { summary: 'Leksehjelp', budget_file: [inVersion] }, submittedAt: new Date() });
    // An application deleted with its attachment rows leaves its file behind.
    const otherCall = await buildCall(t.db, { programmeId });
    const gone = (await applicant.post(`/api/calls/${otherCall.id}/applications`, { title: 'Slettes' })).json().id as string;
    const orphan = await upload(gone, 'borte.pdf');
    await t.db.delete(applications).where(eq(applications.id, gone));
    const all = [named.fileId, replaced.fileId, inVersion.fileId, orphan.fileId];
    t.clock.set(new Date());
    await t.app.jobs.start();

    // The first night comes less than a day after the uploads: the applicant may still be choosing.
    await sweepAt(nightAfter(new Date(), 0));
    expect(await stored(all)).toEqual([...all].sort());

    await sweepAt(nightAfter(new Date(), 1));
    expect(await stored(all)).toEqual([named.fileId, inVersion.fileId].sort());
    const rows = await t.db.select({ id: applicationFiles.fileId }).from(applicationFiles).where(eq(applicationFiles.applicationId, id));
    expect(rows.map((r) => r.id).sort()).toEqual([named.fileId, inVersion.fileId].sort());
    // Two days on, the session has expired: sign in again to read the file kept.
    applicant = await t.signIn(email);
    expect((await applicant.get(`/api/applications/${id}/attachments/${named.fileId}`)).body).toBe('%PDF-1.4 budsjett-v2.pdf');
  });
});
