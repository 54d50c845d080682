import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildCohort, buildGroup, buildMember, buildProgramme, buildUser } from '../../testing/factories';
import { startSmtp } from '../../testing/smtp';
import { HOMEWORK_REMINDERS_QUEUE } from './development.jobs';
import { outboxEmails } from '../email/email.table';

describe('homework e-mails', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Samordna <post@samordna.example>', PUBLIC_URL: 'https://samordna.example' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function morningOf(day: string) {
    t.clock.set(new Date(`${day}T06:30:00Z`));
    const runs = await t.app.jobs.tick();
    expect(runs.map((r) => r.name)).toContain(HOMEWORK_REMINDERS_QUEUE);
    const open = async () => (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = ${HOMEWORK_REMINDERS_QUEUE} and state not in ('completed', 'failed', 'cancelled')`)).rows[0]!.n;
    await expect.poll(open, { timeout: 20_000 }).toBe(0);
  }
  const mailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const outbox = (email: string) => t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, email)).orderBy(outboxEmails.createdAt);

  it('tells the members with access when homework is set, and reminds once those who have not handed in', async () => {
    t.clock.set(new Date('2026-03-01T12:00:00Z'));
    const programme = await buildProgramme(t.db, { kind: 'development_programme' });
    const cohort = await buildCohort(t.db, { programmeId: programme.id, name: { nb: 'Innlandet', nn: 'Innlandet', en: 'Inland' } });
    const office = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
    const [hamar, elverum, invited] = [await buildGroup(t.db, { cohortId: cohort.id }), await buildGroup(t.db, { cohortId: cohort.id }), await buildGroup(t.db, { cohortId: cohort.id, status: 'invited', hasCommitted: false })];
    const eirik = await buildUser(t.db, { email: 'eirik@hamar.example', roles: [[programme.id, 'participant']] });
    await buildMember(t.db, { groupId: hamar.id, name: 'Eirik Sand', email: 'eirik@hamar.example', userId: eirik.id, locale: 'nn' });
    await buildMember(t.db, { groupId: hamar.id, name: 'Uten tilgang', email: 'uten@hamar.example' });
    const ingrid = await buildUser(t.db, { email: 'ingrid@elverum.example', roles: [[programme.id, 'participant']] });
    await buildMember(t.db, { groupId: elverum.id, name: 'Ingrid Moen', email: 'ingrid@elverum.example', userId: ingrid.id });
    const ivar = await buildUser(t.db, { email: 'ivar@invited.example', roles: [[programme.id, 'participant']] });
    await buildMember(t.db, { groupId: invited.id, name: 'Ivar', email: 'ivar@invited.example', userId: ivar.id });
    await t.app.jobs.start();

    const task = await office.post(`/api/cohorts/${cohort.id}/homework`, { title: 'Hvor er vi?', dueAt: '2026-03-20T15:00:00Z', submissionKind: 'text' });
    expect(task.statusCode, task.body).toBe(201);
    await expect.poll(() => mailTo('eirik@hamar.example').length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => mailTo('ingrid@elverum.example').length, { timeout: 20_000 }).toBe(1);
    const [set] = await outbox('eirik@hamar.example');
    // In the member's own language (nynorsk), linking to the group's page.
    expect(set!.subject).toBe('Ny heimeoppgåve: Hvor er vi?');
    expect(set!.textBody).toContain(`https://samordna.example/nn/admin/grupper/${hamar.id}`);
    expect(set!.textBody).toContain('fredag 20. mars 2026');
    expect(mailTo('uten@hamar.example')).toEqual([]);
    expect(mailTo('ivar@invited.example')).toEqual([]);

    const eirikClient = await t.signIn(eirik.email);
    expect((await eirikClient.put(`/api/groups/${hamar.id}/homework/${task.json().id}`, { text: 'Vårt svar', submit: true })).statusCode).toBe(200);

    await morningOf('2026-03-10'); // ten days before: nothing yet
    expect(await outbox('ingrid@elverum.example')).toHaveLength(1);
    await morningOf('2026-03-18'); // two days before: Elverum has not handed in, Hamar has
    await expect.poll(() => mailTo('ingrid@elverum.example').length, { timeout: 20_000 }).toBe(2);
    expect((await outbox('ingrid@elverum.example')).map((m) => m.subject)).toEqual(['Ny hjemmeoppgave: Hvor er vi?', 'Påminnelse: «Hvor er vi?» skal leveres snart']);
    await morningOf('2026-03-19'); // once only
    expect(await outbox('ingrid@elverum.example')).toHaveLength(2);
    expect(await outbox('eirik@hamar.example')).toHaveLength(1);
  });
});
