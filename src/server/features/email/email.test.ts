import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildProgramme, buildUser } from '../../testing/factories';
import { startSmtp } from '../../testing/smtp';
import { outboxEmails } from './email.table';
import { MAX_ATTEMPTS, sendDueEmails } from './email.service';
import { EMAIL_QUEUE } from './email.jobs';
import type { EmailMessage } from '../../../shared/contracts/email';

describe('the outbox without an SMTP server', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true, name: 'Ada Administrator' })).email);
  });
  afterAll(() => t.close());

  it('keeps the e-mail that tells a new user about the account, in the language asked for, for administrators to read', async () => {
    const programme = await buildProgramme(t.db, { name: { nb: 'Kultur for læring', nn: 'Kultur for læring' } });
    const created = await admin.post('/api/users', { email: 'ny.deltaker@example.org', name: 'Ny Deltaker', programmeId: programme.id, role: 'viewer', locale: 'nn' });
    expect(created.statusCode).toBe(201);
    const list = await admin.get('/api/emails?q=ny.deltaker');
    expect(list.json()).toMatchObject({ total: 1, items: [{ toAddress: 'ny.deltaker@example.org', template: 'accountCreated', state: 'kept', locale: 'nn', subject: 'Du har fått ein konto i Samordna' }] });
    const mail = (await admin.get(`/api/emails/${list.json().items[0].id}`)).json() as EmailMessage;
    expect(mail.textBody).toContain('Ada Administrator har laga ein konto til deg i Samordna, med ei rolle i Kultur for læring.');
    expect(mail.textBody).toMatch(/Logg inn i Samordna: http:\/\/[^/]+\/nn\/logg-inn/);
    expect(mail.htmlBody).toContain('<html lang="nn">');
    expect(mail.htmlBody).toMatch(/<a href="http:\/\/[^"]+\/nn\/logg-inn">Logg inn i Samordna<\/a>/);
  });

  it('writes no e-mail for an account that was not made, and escapes what it quotes in HTML', async () => {
    await admin.post('/api/users', { email: 'to.ganger@example.org', name: 'To Ganger' });
    expect((await admin.post('/api/users', { email: 'to.ganger@example.org', name: 'To Ganger' })).statusCode).toBe(409);
    expect((await admin.get('/api/emails?q=to.ganger')).json().total).toBe(1);
    await admin.post('/api/users', { email: 'html@example.org', name: '<b>Fet</b> & co' });
    const [row] = await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, 'html@example.org'));
    expect(row!.htmlBody).toContain('Hei, &#60;b&#62;Fet&#60;/b&#62; &#38; co!');
    expect(row!.textBody).toContain('Hei, <b>Fet</b> & co!');
  });

  it('is for platform administrators alone', async () => {
    const programme = await buildProgramme(t.db);
    const secretariat = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
    expect((await secretariat.get('/api/emails')).statusCode).toBe(403);
    expect((await secretariat.post('/api/emails/test', {})).statusCode).toBe(403);
  });
});

describe('the outbox with an SMTP server', () => {
  let t: TestApp;
  let admin: TestClient;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const refuse = new Set<string>();
  beforeAll(async () => {
    smtp = await startSmtp(refuse);
    t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Samordna <post@samordna.example>' });
    admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true, name: 'Ada Administrator' })).email);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const stateOf = async (to: string) => (await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, to)))[0];

  it('sends through it, with a plain-text and an HTML part, and records that it was sent', async () => {
    expect((await admin.post('/api/users', { email: 'sendt@example.org', name: 'Sendt Til', locale: 'en' })).statusCode).toBe(201);
    await expect.poll(async () => (await stateOf('sendt@example.org'))?.state, { timeout: 20_000 }).toBe('sent');
    const got = smtp.received.find((m) => m.to.includes('sendt@example.org'))!;
    expect(got.raw).toMatch(/^From: Samordna <post@samordna\.example>/m);
    expect(got.raw).toMatch(/^Subject: You have an account in Samordna/m);
    expect(got.raw).toContain('multipart/alternative');
    expect(got.raw).toContain('text/plain');
    expect(got.raw).toContain('text/html');
    expect((await stateOf('sendt@example.org'))!.messageId).toBeTruthy();
  });

  it('tries again later when the server refuses, and gives up after the last attempt', async () => {
    refuse.add('senere@example.org');
    await admin.post('/api/emails/test', { to: 'senere@example.org', locale: 'nb' });
    await expect.poll(async () => (await stateOf('senere@example.org'))?.attempts, { timeout: 20_000 }).toBe(1);
    const waiting = (await stateOf('senere@example.org'))!;
    expect(waiting.state).toBe('queued');
    expect(waiting.lastError).toMatch(/Mailbox unavailable/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // The clock moves on: the retry is due, and the server takes it now.
    refuse.delete('senere@example.org');
    await t.db.update(outboxEmails).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(outboxEmails.id, waiting.id));
    await t.app.jobs.send(EMAIL_QUEUE, {});
    await expect.poll(async () => (await stateOf('senere@example.org'))?.state, { timeout: 20_000 }).toBe('sent');
    expect((await stateOf('senere@example.org'))!.attempts).toBe(2);

    // A message that never goes through is failed after the last attempt, with the reason.
    refuse.add('aldri@example.org');
    await t.db.insert(outboxEmails).values({ toAddress: 'aldri@example.org', locale: 'nb', template: 'test', subject: 'Prøve', textBody: 'x', htmlBody: 'x', state: 'queued', attempts: MAX_ATTEMPTS - 1, nextAttemptAt: sql`now() - interval '1 second'` });
    await sendDueEmails(t.db, { sendMail: () => Promise.reject(new Error('Connection refused')) }, 'post@samordna.example', { warn: () => undefined });
    const never = (await stateOf('aldri@example.org'))!;
    expect([never.state, never.attempts]).toEqual(['failed', MAX_ATTEMPTS]);
    expect(never.lastError).toBeTruthy();
  });
});
