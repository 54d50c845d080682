import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildArea, buildIndicator, buildOrganisation, buildPerson, buildProgramme, buildUser } from '../../testing/factories';
import { recordAudit } from '../../db/audit-writer';
import { auditEntries } from './audit.table';
import type { AuditEntityType, AuditEntry } from '../../../shared/contracts/audit';

/**
 * Reading the audit trail: who may read which part of it, and the filters. (That every change
 * writes its entry is audit-coverage.test.ts.)
 */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const system = { requestId: 'audit-test', user: null };

async function entry(programmeId: string | null, entityType: AuditEntityType, entityId: string, action: 'create' | 'update' | 'delete' = 'create') {
  await recordAudit(t.db, system, { action, entityType, entityId, programmeId, after: { n: 1 } });
}

describe('the audit trail', () => {
  it('shows a secretariat its programme and the sub-programmes under it, and nothing else', async () => {
    const mine = await buildProgramme(t.db);
    const sub = await buildProgramme(t.db, { kind: 'sub_programme', parentId: mine.id });
    const other = await buildProgramme(t.db);
    const tag = `trail-${Date.now()}`;
    await entry(mine.id, 'goal', `${tag}-mine`);
    await entry(sub.id, 'goal', `${tag}-sub`);
    await entry(other.id, 'goal', `${tag}-other`);
    await entry(null, 'organisation', `${tag}-register`);
    const sec = await t.signIn((await buildUser(t.db, { roles: [[mine.id, 'secretariat']] })).email);
    const page = (await sec.get(`/api/audit?programmeId=${mine.id}&entityType=goal`)).json();
    expect(page.items.map((e: { entityId: string }) => e.entityId).filter((id: string) => id.startsWith(tag))).toEqual([`${tag}-sub`, `${tag}-mine`]);
    const unchosen = await sec.get('/api/audit');
    expect(unchosen.statusCode).toBe(400);
    expect(unchosen.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'programmeId', code: 'required' }] });
    expect((await sec.get(`/api/audit?programmeId=${other.id}`)).statusCode).toBe(403);
    // The secretariat of the sub-programme does not see the programme above it.
    const subSec = await t.signIn((await buildUser(t.db, { roles: [[sub.id, 'secretariat']] })).email);
    expect((await subSec.get(`/api/audit?programmeId=${mine.id}`)).statusCode).toBe(403);
  });

  it('is closed to those who do not administer, and whole for a platform administrator', async () => {
    const p = await buildProgramme(t.db);
    const tag = `whole-${Date.now()}`;
    await entry(null, 'organisation', `${tag}-register`);
    const board = await t.signIn((await buildUser(t.db, { roles: [[p.id, 'board_member']] })).email);
    expect((await board.get(`/api/audit?programmeId=${p.id}`)).statusCode).toBe(403);
    expect((await (await t.client()).get('/api/audit')).statusCode).toBe(401);
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const all = (await admin.get(`/api/audit?entityId=${tag}-register`)).json();
    expect(all.items).toHaveLength(1);
  });

  it('filters by entity, action and day, newest first, a page at a time', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const id = `filter-${Date.now()}`;
    await entry(null, 'person', id, 'create');
    await entry(null, 'person', id, 'update');
    await entry(null, 'person', id, 'update');
    await entry(null, 'person', id, 'delete');
    const all = (await admin.get(`/api/audit?entityType=person&entityId=${id}`)).json();
    expect(all.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'update', 'create']);
    const updates = (await admin.get(`/api/audit?entityId=${id}&action=update&limit=1&offset=1`)).json();
    expect({ total: updates.total, n: updates.items.length, action: updates.items[0].action }).toEqual({ total: 2, n: 1, action: 'update' });
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    // `to` takes in the whole of its day.
    expect((await admin.get(`/api/audit?entityId=${id}&from=${today}&to=${today}`)).json().total).toBe(4);
    expect((await admin.get(`/api/audit?entityId=${id}&to=${yesterday}`)).json().total).toBe(0);
    const bad = await admin.get('/api/audit?from=31.12.2025');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('querystring.from');
  });

  it('keeps the entry of a user who no longer exists', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const [row] = await t.db
      .insert(auditEntries)
      .values({ actorId: '00000000-0000-4000-8000-00000000dead', actorName: 'Borte Bruker', action: 'update', entityType: 'area', entityId: `gone-${Date.now()}` })
      .returning();
    const page = (await admin.get(`/api/audit?entityId=${row!.entityId}`)).json();
    expect(page.items[0]).toMatchObject({ actorName: 'Borte Bruker', actorId: '00000000-0000-4000-8000-00000000dead' });
  });

  it('tells what an update changed in words, names instead of ids, and keeps nothing for a save that changed nothing', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const programme = await buildProgramme(t.db, { name: { nb: 'Lesbart program' } });
    const area = await buildArea(t.db, { kind: 'city_district', name: 'Bydel Lesbar', code: '039901' });
    const indicator = await buildIndicator(t.db, { name: { nb: 'Lesbar indikator' }, ownerProgrammeId: programme.id });
    const put = await admin.put(`/api/programmes/${programme.id}/statistics`, { indicatorIds: [indicator.id], focusAreaIds: [area.id], referenceAreaIds: [] });
    expect(put.statusCode).toBe(200);
    const [settings] = (await admin.get(`/api/audit?entityType=programme_statistics&programmeId=${programme.id}`)).json().items as AuditEntry[];
    expect(settings!.label).toEqual({ nb: 'Lesbart program' });
    // One line per list, by the records' names; the lists of ids beside them are not told again.
    expect(settings!.changes.map((c) => c.field)).toEqual(['focusAreas', 'indicators']);
    expect(settings!.changes[0]).toEqual({ field: 'focusAreas', before: null, after: null, added: ['Bydel Lesbar (039901)'], removed: [] });
    expect(settings!.changes[1]!.added).toEqual([expect.objectContaining({ nb: expect.stringMatching(/^Lesbar indikator \(/) })]);

    const oldOrg = await buildOrganisation(t.db, { name: 'Gammel arbeidsgiver' });
    const newOrg = await buildOrganisation(t.db, { name: 'Ny arbeidsgiver' });
    const person = await buildPerson(t.db, { name: 'Lesbar Person', organisationId: oldOrg.id });
    expect((await admin.patch(`/api/people/${person.id}`, { organisationId: newOrg.id })).statusCode).toBe(200);
    const entries = async () => (await admin.get(`/api/audit?entityType=person&entityId=${person.id}`)).json().items as AuditEntry[];
    const [moved] = await entries();
    expect(moved).toMatchObject({ label: 'Lesbar Person', changes: [{ field: 'organisationId', before: 'Gammel arbeidsgiver', after: 'Ny arbeidsgiver' }] });
    // The same values saved again change nothing, and are not logged.
    expect((await admin.patch(`/api/people/${person.id}`, { organisationId: newOrg.id, name: 'Lesbar Person' })).statusCode).toBe(200);
    expect(await entries()).toHaveLength(1);
  });

  it('logs a new password, though the old one was set too and the hash is never shown', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const user = await buildUser(t.db);
    expect((await admin.patch(`/api/users/${user.id}`, { password: 'Blåbærsyltetøy-på-Hamar-2026' })).statusCode).toBe(200);
    const [entry] = (await admin.get(`/api/audit?entityType=user&entityId=${user.id}`)).json().items as AuditEntry[];
    expect(entry?.changes).toEqual([{ field: 'passwordChanged', before: null, after: true, added: [], removed: [] }]);
    expect(JSON.stringify(entry)).not.toContain('argon');
  });
});
