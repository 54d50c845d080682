import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildProgramme, buildUser } from '../../testing/factories';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('programmes', () => {
  it('lets a secretariat create a sub-programme under its own programme, not a top-level one', async () => {
    const parent = await buildProgramme(t.db, { kind: 'area_initiative' });
    const u = await buildUser(t.db, { roles: [[parent.id, 'secretariat']] });
    const c = await t.signIn(u.email);
    const sub = await c.post('/api/programmes', { slug: 'under-test', kind: 'sub_programme', parentId: parent.id, name: { nb: 'Under', nn: 'Under', en: 'Sub' } });
    expect(sub.statusCode).toBe(201);
    expect(sub.json().parent.id).toBe(parent.id);
    const top = await c.post('/api/programmes', { slug: 'topp-test', kind: 'programme', name: { nb: 'Topp' } });
    expect(top.statusCode).toBe(403);
    // The role on the parent reaches the sub-programme.
    expect((await c.patch(`/api/programmes/${sub.json().id}`, { summary: { nb: 'Kort' } })).statusCode).toBe(200);
    const dup = await c.post('/api/programmes', { slug: 'under-test', kind: 'sub_programme', parentId: parent.id, name: { nb: 'Igjen' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().field).toBe('slug');
  });

  it('refuses to move a programme under its own sub-programme', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const a = await buildProgramme(t.db);
    const b = await buildProgramme(t.db, { parentId: a.id });
    const res = await admin.patch(`/api/programmes/${a.id}`, { parentId: b.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('CYCLE');
  });

  it('hides an unpublished sub-programme from the public page of its parent', async () => {
    const a = await buildProgramme(t.db, { slug: 'synlig' });
    await buildProgramme(t.db, { parentId: a.id, isPublished: false, slug: 'skjult' });
    const res = await t.app.inject({ method: 'GET', url: '/api/programmes/by-slug/synlig' });
    expect(res.json().children).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/programmes/by-slug/skjult' })).statusCode).toBe(404);
  });

  it('adds an organisation part and a contact, shown on the public page', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const p = await buildProgramme(t.db, { slug: 'med-kontakt' });
    const org = (await admin.post('/api/organisations', { name: 'Udir test', kind: 'directorate' })).json();
    const person = (await admin.post('/api/people', { name: 'Kari Test', title: 'Rådgiver', email: 'Kari@Example.org', organisationId: org.id })).json();
    expect(person.email).toBe('kari@example.org');
    expect((await admin.post(`/api/programmes/${p.id}/participations`, { organisationId: org.id, role: 'strategic_board_member' })).statusCode).toBe(201);
    expect((await admin.post(`/api/programmes/${p.id}/contacts`, { personId: person.id, role: 'programme_adviser' })).statusCode).toBe(201);
    const pub = (await t.app.inject({ method: 'GET', url: '/api/programmes/by-slug/med-kontakt' })).json();
    expect(pub.participations[0]).toMatchObject({ organisationName: 'Udir test', role: 'strategic_board_member' });
    expect(pub.contacts[0]).toMatchObject({ name: 'Kari Test', role: 'programme_adviser', organisationName: 'Udir test' });
  });
});

describe('areas', () => {
  it('checks the code format per kind, the parent kind and duplicates', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const oslo = await admin.post('/api/areas', { code: '0301', kind: 'municipality', name: 'Oslo' });
    expect(oslo.statusCode).toBe(201);
    const bad = await admin.post('/api/areas', { code: '03011', kind: 'city_district', name: 'Feil' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'code', code: 'areaCode.city_district' });
    const ok = await admin.post('/api/areas', { code: '030103', kind: 'city_district', name: 'Bydel Sagene', parentId: oslo.json().id });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().parentName).toBe('Oslo');
    const wrongParent = await admin.post('/api/areas', { code: '030104', kind: 'city_district', name: 'X', parentId: ok.json().id });
    expect(wrongParent.json().errors[0].code).toBe('parentKind.city_district');
    const dup = await admin.post('/api/areas', { code: '030103', kind: 'city_district', name: 'Igjen', parentId: oslo.json().id });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().field).toBe('code');
  });
});

describe('users and roles', () => {
  it('lets a secretariat grant roles in its programme, and nowhere else', async () => {
    const mine = await buildProgramme(t.db);
    const theirs = await buildProgramme(t.db);
    const sec = await t.signIn((await buildUser(t.db, { roles: [[mine.id, 'secretariat']] })).email);
    const target = await buildUser(t.db);
    const granted = await sec.put(`/api/users/${target.id}/roles`, { programmeId: mine.id, role: 'board_member' });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().roles).toEqual([expect.objectContaining({ programmeId: mine.id, role: 'board_member' })]);
    expect((await sec.put(`/api/users/${target.id}/roles`, { programmeId: theirs.id, role: 'viewer' })).statusCode).toBe(403);
    const listed = (await sec.get(`/api/users?programmeId=${mine.id}`)).json();
    expect(listed.items.map((u: { id: string }) => u.id)).toContain(target.id);
    expect(listed.items.every((u: { hasPassword: boolean }) => typeof u.hasPassword === 'boolean')).toBe(true);
    expect(JSON.stringify(listed)).not.toContain('argon2');
  });

  it('lets a secretariat create an account and then grant it a role', async () => {
    const mine = await buildProgramme(t.db);
    const sec = await t.signIn((await buildUser(t.db, { roles: [[mine.id, 'secretariat']] })).email);
    const created = await sec.post('/api/users', { email: 'ny.i.programmet@example.org', name: 'Ny I Programmet' });
    expect(created.statusCode).toBe(201);
    expect(created.json().roles).toEqual([]);
    expect((await sec.put(`/api/users/${created.json().id}/roles`, { programmeId: mine.id, role: 'viewer' })).statusCode).toBe(200);
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
