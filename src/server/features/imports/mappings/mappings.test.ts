import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../../testing/test-app';
import { buildProgramme, buildUser } from '../../../testing/factories';
import type { SavedMapping } from '../../../../shared/contracts/imports';
import { auditEntries } from '../../audit/audit.table';

let t: TestApp;
let analyst: TestClient;
let secretariat: TestClient;

const mapping = {
  area: { dimension: 'Region', codes: { EAB: null } },
  period: { dimension: 'Tid' },
  indicator: { dimension: 'ContentsCode', categories: { KOSandel120000: 'sosialhjelp-andel' } },
  breakdowns: [{ dimension: 'Kjonn', total: '0' }],
};

beforeAll(async () => {
  t = await buildTestApp();
  const a = await buildProgramme(t.db);
  const b = await buildProgramme(t.db);
  analyst = await t.signIn((await buildUser(t.db, { roles: [[a.id, 'analyst']] })).email);
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[b.id, 'secretariat']] })).email);
});
afterAll(() => t.close());

describe('saved mappings', () => {
  it('saves, lists, changes and deletes a mapping, with an audit entry each time', async () => {
    const created = await analyst.post('/api/statistics/mappings', { name: 'KOSTRA sosialhjelp', mapping });
    expect(created.statusCode).toBe(201);
    const saved = created.json() as SavedMapping;
    expect(saved).toMatchObject({ name: 'KOSTRA sosialhjelp', mapping: { version: 1, dataset: 0, ...mapping, area: { ...mapping.area, skipUnknown: false }, filters: [] } });

    // Mappings serve the shared catalogue: another programme's secretariat sees and edits them.
    const list = await secretariat.get('/api/statistics/mappings');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: saved.id, name: 'KOSTRA sosialhjelp' }] });

    const renamed = await secretariat.put(`/api/statistics/mappings/${saved.id}`, { name: 'KOSTRA sosialhjelp 2025', mapping: { ...mapping, area: { dimension: 'Region', skipUnknown: true } } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'KOSTRA sosialhjelp 2025', mapping: { area: { skipUnknown: true, codes: {} } } });

    expect((await analyst.delete(`/api/statistics/mappings/${saved.id}`)).statusCode).toBe(200);
    expect((await analyst.get('/api/statistics/mappings')).json()).toEqual({ items: [], total: 0 });
    const audit = await t.db.select().from(auditEntries).where(and(eq(auditEntries.entityType, 'import_mapping'), eq(auditEntries.entityId, saved.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('refuses a taken name, an invalid mapping and an unknown id', async () => {
    expect((await analyst.post('/api/statistics/mappings', { name: 'Folketall', mapping })).statusCode).toBe(201);
    const taken = await analyst.post('/api/statistics/mappings', { name: 'Folketall', mapping });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const invalid = await analyst.post('/api/statistics/mappings', { name: 'Feil', mapping: { ...mapping, period: {}, indicator: { fixed: 'Not A Code' } } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe('VALIDATION_FAILED');
    expect(invalid.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['mapping.period', 'mapping.indicator.fixed']));
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await analyst.put(`/api/statistics/mappings/${missing}`, { name: 'X', mapping })).statusCode).toBe(404);
    expect((await analyst.delete(`/api/statistics/mappings/${missing}`)).json().code).toBe('NOT_FOUND');
  });

  it('lists the names a page at a time, searched by name, and gives one mapping whole by its id', async () => {
    // A large mapping (every municipality code named) stays out of the list.
    const codes = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`K${String(i).padStart(4, '0')}`, null]));
    const names = ['Side A', 'Side B', 'Side C', 'Annen tabell'];
    const ids: string[] = [];
    for (const name of names) ids.push((await analyst.post('/api/statistics/mappings', { name, mapping: { ...mapping, area: { dimension: 'Region', codes } } })).json().id);
    const first = await analyst.get('/api/statistics/mappings?q=side&limit=2');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ total: 3, items: [{ name: 'Side A' }, { name: 'Side B' }] });
    expect(first.json().items[0].mapping).toBeUndefined();
    expect(first.body.length).toBeLessThan(1000);
    expect((await analyst.get('/api/statistics/mappings?q=side&limit=2&offset=2')).json().items.map((m: { name: string }) => m.name)).toEqual(['Side C']);
    const one = await analyst.get(`/api/statistics/mappings/${ids[0]}`);
    expect(one.json()).toMatchObject({ id: ids[0], name: 'Side A' });
    expect(Object.keys(one.json().mapping.area.codes)).toHaveLength(5000);
    expect((await analyst.get('/api/statistics/mappings/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

