import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { sql } from 'drizzle-orm';
import { buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((u) => u.id);

describe('users and roles', () => {
  it('lets a secretariat grant roles in its programme, and nowhere else', async () => {
    const mine = await buildProgramme(t.db);
    const theirs = await buildProgramme(t.db);
    const sec = await t.signIn((await buildUser(t.db, { roles: [[mine.id, 'secretariat']] })).email);
    const target = await buildUser(t.db, { roles: [[mine.id, 'viewer']] });
    const granted = await sec.put(`/api/users/${target.id}/roles`, { programmeId: mine.id, role: 'board_member' });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().roles).toEqual([expect.objectContaining({ programmeId: mine.id, role: 'board_member' })]);
    expect((await sec.put(`/api/users/${target.id}/roles`, { programmeId: theirs.id, role: 'viewer' })).statusCode).toBe(403);
    const listed = (await sec.get(`/api/users?programmeId=${mine.id}`)).json();
    expect(listed.items.map((u: { id: string }) => u.id)).toContain(target.id);
    expect(listed.items.every((u: { hasPassword: boolean }) => typeof u.hasPassword === 'boolean')).toBe(true);
    expect(JSON.stringify(listed)).not.toContain('argon2');
  });

  it('lets a secretariat create an account only with a role in a programme it administers', async () => {
    const mine = await buildProgramme(t.db);
    const theirs = await buildProgramme(t.db);
    const sec = await t.signIn((await buildUser(t.db, { roles: [[mine.id, 'secretariat']] })).email);
    const bare = await sec.post('/api/users', { email: 'uten.program@example.org', name: 'Uten Program' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual([expect.objectContaining({ path: 'programmeId', code: 'required' })]);
    const halfway = await sec.post('/api/users', { email: 'uten.rolle@example.org', name: 'Uten Rolle', programmeId: mine.id });
    expect(halfway.json().errors).toEqual([expect.objectContaining({ path: 'role', code: 'required' })]);
    expect((await sec.post('/api/users', { email: 'feil.program@example.org', name: 'Feil Program', programmeId: theirs.id, role: 'viewer' })).statusCode).toBe(403);
    const created = await sec.post('/api/users', { email: 'ny.i.programmet@example.org', name: 'Ny I Programmet', programmeId: mine.id, role: 'viewer' });
    expect(created.statusCode).toBe(201);
    expect(created.json().roles).toEqual([expect.objectContaining({ programmeId: mine.id, role: 'viewer' })]);
    expect((await sec.get(`/api/users/${created.json().id}`)).statusCode).toBe(200);
    // Nothing of the refused attempts was kept.
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const emails = (await admin.get('/api/users?q=example.org&limit=200')).json().items.map((u: { email: string }) => u.email);
    expect(emails).not.toContain('uten.program@example.org');
    expect(emails).not.toContain('feil.program@example.org');
  });

  it('lets a secretariat grant roles only to users it can see, and shows it only its own programmes’ roles', async () => {
    const mine = await buildProgramme(t.db);
    const theirs = await buildProgramme(t.db);
    const hiddenSub = await buildProgramme(t.db, { parentId: theirs.id, isPublished: false, name: { nb: 'Skjult delprogram' } });
    const sec = await t.signIn((await buildUser(t.db, { roles: [[mine.id, 'secretariat']] })).email);
    const outsider = await buildUser(t.db, { roles: [[hiddenSub.id, 'analyst']] });
    const admin = await buildUser(t.db, { isPlatformAdmin: true });
    for (const target of [outsider, admin]) {
      const res = await sec.put(`/api/users/${target.id}/roles`, { programmeId: mine.id, role: 'viewer' });
      expect({ status: res.statusCode, body: res.body.includes('Skjult') }).toEqual({ status: 404, body: false });
      expect((await sec.get(`/api/users/${target.id}`)).statusCode).toBe(404);
    }
    const roles = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from user_programme_roles where user_id in (${outsider.id}, ${admin.id}) and programme_id = ${mine.id}`);
    expect(roles.rows[0]!.n).toBe(0);
    // A user with roles in both programmes is visible, with only the role this secretariat administers.
    const both = await buildUser(t.db, { roles: [[mine.id, 'viewer'], [hiddenSub.id, 'analyst']] });
    const seen = (await sec.get(`/api/users/${both.id}`)).json();
    expect(seen.roles.map((r: { programmeId: string }) => r.programmeId)).toEqual([mine.id]);
    const listed = (await sec.get(`/api/users?programmeId=${mine.id}&limit=200`)).json();
    expect(JSON.stringify(listed)).not.toContain('Skjult');
    const changed = (await sec.put(`/api/users/${both.id}/roles`, { programmeId: mine.id, role: 'contributor' })).json();
    expect(changed.roles).toEqual([expect.objectContaining({ programmeId: mine.id, role: 'contributor' })]);
  });

  it('keeps password hashes out of the audit trail and lets a disabled user no longer sign in', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const created = await admin.post('/api/users', { email: 'ny@example.org', name: 'Ny Bruker', password: 'a long enough password' });
    expect(created.statusCode).toBe(201);
    const audit = (await admin.get(`/api/audit?entityId=${created.json().id}`)).json();
    expect(JSON.stringify(audit)).not.toContain('$argon2');
    const c = await t.client();
    expect((await c.post('/api/auth/login', { email: 'ny@example.org', password: 'a long enough password' })).statusCode).toBe(200);
    await admin.patch(`/api/users/${created.json().id}`, { isDisabled: true });
    expect((await c.get('/api/auth/me')).json().user).toBeNull();
    const again = await (await t.client()).post('/api/auth/login', { email: 'ny@example.org', password: 'a long enough password' });
    expect(again.statusCode).toBe(401);
  });
});

describe('sessions that must not outlive a change', () => {
  const signedIn = async (c: Awaited<ReturnType<TestApp['signIn']>>) => (await c.get('/api/auth/me')).json().user !== null;

  it('ends a user’s sessions when the user is disabled, so re-enabling does not bring them back', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const user = await buildUser(t.db);
    const session = await t.signIn(user.email);
    expect(await signedIn(session)).toBe(true);
    await admin.patch(`/api/users/${user.id}`, { isDisabled: true });
    await admin.patch(`/api/users/${user.id}`, { isDisabled: false });
    expect(await signedIn(session)).toBe(false);
    expect(await signedIn(await t.signIn(user.email))).toBe(true);
  });

  it('ends every session of a user whose password is changed, but the one the user changed it from', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const user = await buildUser(t.db);
    const session = await t.signIn(user.email);
    expect((await admin.patch(`/api/users/${user.id}`, { password: 'a brand new long password' })).statusCode).toBe(200);
    expect(await signedIn(session)).toBe(false);
    // An administrator changing their own password stays signed in where they did it, and nowhere else.
    const self = await buildUser(t.db, { isPlatformAdmin: true });
    const here = await t.signIn(self.email);
    const elsewhere = await t.signIn(self.email);
    expect((await here.patch(`/api/users/${self.id}`, { password: 'my own new long password' })).statusCode).toBe(200);
    expect([await signedIn(here), await signedIn(elsewhere)]).toEqual([true, false]);
    // A change of name ends nothing.
    const kept = await t.signIn(user.email, 'a brand new long password');
    await admin.patch(`/api/users/${user.id}`, { name: 'Nytt Navn' });
    expect(await signedIn(kept)).toBe(true);
  });
});

describe('listing users', () => {
  it('searches name and e-mail literally, in Norwegian order, a page at a time', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const tag = `søk${Date.now()}`;
    const names = ['Åse', 'Øystein', 'Zara', 'Ærling', 'Anne'].map((n) => `${n} ${tag}`);
    for (const name of names) await buildUser(t.db, { name });
    await buildUser(t.db, { name: `Per ${tag.replace('ø', '_')}` });
    const all = (await admin.get(`/api/users?q=${encodeURIComponent(tag)}`)).json();
    expect(all.total).toBe(5);
    expect(all.items.map((u: { name: string }) => u.name.split(' ')[0])).toEqual(['Anne', 'Zara', 'Ærling', 'Øystein', 'Åse']);
    // An underscore is a letter to search for, not a wildcard.
    expect((await admin.get(`/api/users?q=${encodeURIComponent(tag.replace('ø', '_'))}`)).json().total).toBe(1);
    const second = (await admin.get(`/api/users?q=${encodeURIComponent(tag)}&limit=2&offset=2`)).json();
    expect({ total: second.total, names: second.items.map((u: { name: string }) => u.name.split(' ')[0]) }).toEqual({ total: 5, names: ['Ærling', 'Øystein'] });
  });

  it('asks a secretariat to choose its programme, and lists only the users of that programme', async () => {
    const mine = await buildProgramme(t.db);
    const other = await buildProgramme(t.db);
    const sec = await t.signIn((await buildUser(t.db, { roles: [[mine.id, 'secretariat']] })).email);
    const inMine = await buildUser(t.db, { roles: [[mine.id, 'viewer']] });
    const inOther = await buildUser(t.db, { roles: [[other.id, 'viewer']] });
    const unchosen = await sec.get('/api/users');
    expect(unchosen.statusCode).toBe(400);
    expect(unchosen.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'programmeId', code: 'required' }] });
    const listed = ids((await sec.get(`/api/users?programmeId=${mine.id}`)).json());
    expect(listed).toContain(inMine.id);
    expect(listed).not.toContain(inOther.id);
    expect((await sec.get(`/api/users?programmeId=${other.id}`)).statusCode).toBe(403);
  });

  it('keeps the register of users from those without a role to manage it', async () => {
    const p = await buildProgramme(t.db);
    const viewer = await t.signIn((await buildUser(t.db, { roles: [[p.id, 'viewer']] })).email);
    expect((await viewer.get(`/api/users?programmeId=${p.id}`)).statusCode).toBe(403);
    expect((await (await t.client()).get('/api/users')).statusCode).toBe(401);
  });
});

describe('reading one user', () => {
  it('shows a secretariat the users of its programme and itself, and hides the rest as not found', async () => {
    const mine = await buildProgramme(t.db);
    const other = await buildProgramme(t.db);
    const me = await buildUser(t.db, { roles: [[mine.id, 'secretariat']] });
    const sec = await t.signIn(me.email);
    const org = await buildOrganisation(t.db);
    const colleague = await buildUser(t.db, { roles: [[mine.id, 'analyst']], organisationId: org.id });
    const stranger = await buildUser(t.db, { roles: [[other.id, 'analyst']] });
    const seen = await sec.get(`/api/users/${colleague.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ id: colleague.id, organisationName: org.name, hasPassword: true, roles: [{ programmeId: mine.id, role: 'analyst' }] });
    expect(seen.json()).not.toHaveProperty('passwordHash');
    expect((await sec.get(`/api/users/${me.id}`)).statusCode).toBe(200);
    expect((await sec.get(`/api/users/${stranger.id}`)).statusCode).toBe(404);
    expect((await sec.get('/api/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('changing users', () => {
  it('lets only a platform administrator make an administrator, and not unmake itself', async () => {
    const p = await buildProgramme(t.db);
    const sec = await t.signIn((await buildUser(t.db, { roles: [[p.id, 'secretariat']] })).email);
    const refused = await sec.post('/api/users', { email: 'admin.forsok@example.org', name: 'Forsøk', isPlatformAdmin: true });
    expect(refused.statusCode).toBe(403);
    const me = await buildUser(t.db, { isPlatformAdmin: true });
    const admin = await t.signIn(me.email);
    const made = await admin.post('/api/users', { email: 'ny.admin@example.org', name: 'Ny Admin', isPlatformAdmin: true });
    expect(made.json()).toMatchObject({ isPlatformAdmin: true, hasPassword: false });
    expect((await admin.patch(`/api/users/${me.id}`, { isPlatformAdmin: false })).statusCode).toBe(403);
    const renamed = await admin.patch(`/api/users/${made.json().id}`, { name: 'Omdøpt Admin' });
    expect(renamed.json().name).toBe('Omdøpt Admin');
  });

  it('says which field is wrong, in the shape the forms read', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const bad = await admin.post('/api/users', { email: 'ikke-en-adresse', name: 'X', password: 'kort' });
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json().errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['email', 'name', 'password']);
    const taken = await admin.post('/api/users', { email: (await buildUser(t.db)).email, name: 'Samme Adresse' });
    expect(taken.statusCode).toBe(409);
  });

  it('revokes a role, once, and records who did it', async () => {
    const p = await buildProgramme(t.db);
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const u = await buildUser(t.db, { roles: [[p.id, 'contributor']] });
    expect((await admin.delete(`/api/users/${u.id}/roles/${p.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/users/${u.id}`)).json().roles).toEqual([]);
    expect((await admin.delete(`/api/users/${u.id}/roles/${p.id}`)).statusCode).toBe(404);
    const trail = (await admin.get(`/api/audit?entityType=role&entityId=${u.id}:${p.id}`)).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual(['delete']);
  });
});
