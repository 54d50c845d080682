import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildProject, buildUser } from '../../testing/factories';
import { startSmtp } from '../../testing/smtp';
import { reportReminders } from './reports.table';
import { REPORT_REMINDERS_QUEUE } from './reports.jobs';

describe('status report reminders', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let secretariat: TestClient;
  let owner: TestClient;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Samordna <post@samordna.example>', PUBLIC_URL: 'https://samordna.example' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** Moves the clock to the morning's run and waits for the job to have done its work. */
  async function morningOf(day: string) {
    t.clock.set(new Date(`${day}T06:15:00Z`));
    const runs = await t.app.jobs.tick();
    expect(runs.map((r) => r.name)).toContain(REPORT_REMINDERS_QUEUE);
    // Wait for the job the tick queued to have run.
    const open = async () => (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = ${REPORT_REMINDERS_QUEUE} and state not in ('completed', 'failed', 'cancelled')`)).rows[0]!.n;
    await expect.poll(open, { timeout: 20_000 }).toBe(0);
  }
  const remindersSent = async () => (await t.db.select().from(reportReminders)).map((r) => `${r.dueOn} ${r.kind} ${r.recipients}`).sort();
  const mailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

  it('e-mails the owner’s contributors once before the due date and once after it while not submitted', async () => {
    t.clock.set(new Date('2026-02-01T12:00:00Z'));
    const programme = (await buildProgramme(t.db)).id;
    const org = await buildOrganisation(t.db, { name: 'Bydel Grorud' });
    const otherOrg = await buildOrganisation(t.db);
    secretariat = await t.signIn((await buildUser(t.db, { roles: [[programme, 'secretariat']] })).email);
    const contributor = await buildUser(t.db, { email: 'kari@grorud.example', name: 'Kari Nordmann', organisationId: org.id, roles: [[programme, 'contributor']] });
    await buildUser(t.db, { email: 'ola@stovner.example', organisationId: otherOrg.id, roles: [[programme, 'contributor']] });
    await buildUser(t.db, { email: 'viewer@grorud.example', organisationId: org.id, roles: [[programme, 'viewer']] });
    owner = await t.signIn(contributor.email);
    const p = await buildProject(t.db, { programmeId: programme, ownerOrganisationId: org.id, title: { nb: 'Språkløft i barnehagene' }, endsOn: '2026-12-31' });
    await secretariat.post(`/api/programmes/${programme}/report-schedules`, { projectId: p.id, dueDates: ['2026-03-31', '2026-06-30'], remindDaysBefore: 10, remindDaysAfter: 5 });
    await t.app.jobs.start();

    await morningOf('2026-03-20'); // eleven days before: nothing yet
    expect(await remindersSent()).toEqual([]);
    await morningOf('2026-03-21'); // ten days before
    expect(await remindersSent()).toEqual(['2026-03-31 before 1']);
    await expect.poll(() => mailTo('kari@grorud.example').length, { timeout: 20_000 }).toBe(1);
    const [before] = mailTo('kari@grorud.example');
    expect(before!.raw).toMatch(/^Subject: =\?UTF-8\?Q\?P=C3=A5minnelse/m);
    expect(before!.raw).toContain('https://samordna.example/admin/prosjekter/');
    expect(smtp.received.some((m) => m.to.includes('ola@stovner.example') || m.to.includes('viewer@grorud.example'))).toBe(false);

    await morningOf('2026-03-22'); // the next morning: not again
    await morningOf('2026-04-05'); // five days late and not submitted
    expect(await remindersSent()).toEqual(['2026-03-31 after 1', '2026-03-31 before 1']);
    await expect.poll(() => mailTo('kari@grorud.example').length, { timeout: 20_000 }).toBe(2);
    expect(mailTo('kari@grorud.example')[1]!.raw).toContain('er ikke sendt inn enn');
    await morningOf('2026-04-06');
    expect(mailTo('kari@grorud.example')).toHaveLength(2);

    // A report submitted before its due date gets no reminder after it.
    const draft = await owner.put(`/api/projects/${p.id}/status-reports/2026-06-30`, { rag: 'green', narrative: 'Etter planen.' });
    await owner.post(`/api/status-reports/${draft.json().id}/submit`, { revision: 1 });
    await morningOf('2026-07-05');
    expect(await remindersSent()).toEqual(['2026-03-31 after 1', '2026-03-31 before 1']);
  });
});
