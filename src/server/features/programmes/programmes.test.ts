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

  it('changes only the fields a change names: saving one part of the page keeps the rest, unpublished stays unpublished', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const p = await buildProgramme(t.db, { isPublished: false, summary: { nb: 'Før' } });
    const res = await admin.patch(`/api/programmes/${p.id}`, { purpose: { nb: 'Nytt formål' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isPublished: false, slug: p.slug, summary: { nb: 'Før' }, purpose: { nb: 'Nytt formål' } });
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
    const person = (await admin.post('/api/people', { name: 'Kari Test', title: 'Rådgiver', titleNn: 'Rådgjevar', titleEn: 'Adviser', email: 'Kari@Example.org', organisationId: org.id })).json();
    expect(person.email).toBe('kari@example.org');
    expect((await admin.post(`/api/programmes/${p.id}/participations`, { organisationId: org.id, role: 'strategic_board_member', note: 'Direktør', noteEn: 'Director', noteNn: '' })).statusCode).toBe(201);
    expect((await admin.post(`/api/programmes/${p.id}/contacts`, { personId: person.id, role: 'programme_adviser' })).statusCode).toBe(201);
    const pub = (await t.app.inject({ method: 'GET', url: '/api/programmes/by-slug/med-kontakt' })).json();
    expect(pub.participations[0]).toMatchObject({ organisationName: 'Udir test', role: 'strategic_board_member', note: 'Direktør', noteNn: null, noteEn: 'Director' });
    expect(pub.contacts[0]).toMatchObject({ name: 'Kari Test', role: 'programme_adviser', organisationName: 'Udir test' });
    // The title in three languages; an emptied one is none, and the page falls back to the title as written.
    expect(pub.contacts[0]).toMatchObject({ title: 'Rådgiver', titleNn: 'Rådgjevar', titleEn: 'Adviser' });
    expect((await admin.patch(`/api/people/${person.id}`, { titleEn: '' })).json()).toMatchObject({ titleEn: null, titleNn: 'Rådgjevar' });
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
