import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildProgramme, buildUser } from '../../testing/factories';
import { auditEntries } from '../audit/audit.table';
import { organisations } from './organisations.table';

let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await buildTestApp({ BODY_LIMIT_BYTES: '4096' });
  const u = await buildUser(t.db, { isPlatformAdmin: true });
  admin = await t.signIn(u.email);
});
afterAll(() => t.close());

describe('organisations', () => {
  it('creates an organisation with a valid organisation number and records it in the audit trail', async () => {
    const res = await admin.post('/api/organisations', { name: 'Bydel Test', kind: 'city_district', orgNumber: '974 760 673' });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org.orgNumber).toBe('974760673');
    const audit = await admin.get(`/api/audit?entityType=organisation&entityId=${org.id}`);
    expect(audit.statusCode).toBe(200);
    const [entry] = audit.json().items;
    expect(entry).toMatchObject({ action: 'create', entityType: 'organisation', entityId: org.id, before: null });
    expect(entry.after.name).toBe('Bydel Test');
    expect(entry.actorName).toBeTruthy();
  });

  it('answers 409 naming the field when the organisation number is taken', async () => {
    const res = await admin.post('/api/organisations', { name: 'Duplikat', kind: 'ngo', orgNumber: '974760673' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', field: 'orgNumber' });
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('rejects a wrong check digit and lists every failing field', async () => {
    const res = await admin.post('/api/organisations', { name: 'X', kind: 'castle', orgNumber: '974760674' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['kind', 'name', 'orgNumber']);
    expect(body.errors.find((e: { path: string }) => e.path === 'orgNumber').code).toBe('orgNumber');
  });

  it('records before and after on update, and refuses a cycle of parents', async () => {
    const a = (await admin.post('/api/organisations', { name: 'Overordnet', kind: 'municipality' })).json();
    const b = (await admin.post('/api/organisations', { name: 'Underordnet', kind: 'agency', parentId: a.id })).json();
    const upd = await admin.patch(`/api/organisations/${a.id}`, { name: 'Overordnet kommune' });
    expect(upd.statusCode).toBe(200);
    const [entry] = (await admin.get(`/api/audit?entityId=${a.id}&action=update`)).json().items;
    expect(entry.before.name).toBe('Overordnet');
    expect(entry.after.name).toBe('Overordnet kommune');
    const cycle = await admin.patch(`/api/organisations/${a.id}`, { parentId: b.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().code).toBe('CYCLE');
  });

  it('writes nothing when a request fails half-way', async () => {
    const before = await t.db.select().from(organisations);
    const auditBefore = await t.db.select().from(auditEntries);
    const res = await admin.post('/api/organisations', { name: 'Foreldreløs', kind: 'ngo', parentId: '00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(400);
    expect(await t.db.select().from(organisations)).toHaveLength(before.length);
    expect(await t.db.select().from(auditEntries)).toHaveLength(auditBefore.length);
  });

  it('refuses to delete an organisation still in use', async () => {
    const a = (await admin.post('/api/organisations', { name: 'Mor', kind: 'municipality' })).json();
    await admin.post('/api/organisations', { name: 'Datter', kind: 'agency', parentId: a.id });
    const res = await admin.delete(`/api/organisations/${a.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('IN_USE');
    expect(await t.db.select().from(organisations).where(eq(organisations.id, a.id))).toHaveLength(1);
  });

  it('answers malformed JSON with 400, a too large body with 413 and an unknown route with a 404 problem', async () => {
    const bad = await admin.request({ method: 'POST', url: '/api/organisations', payload: '{"name": ', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('MALFORMED_JSON');
    const big = await admin.post('/api/organisations', { name: 'x'.repeat(10_000), kind: 'ngo' });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('PAYLOAD_TOO_LARGE');
    const missing = await admin.get('/api/finnes-ikke');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
  });

  it('lets a contributor edit its own organisation but no other', async () => {
    const own = (await admin.post('/api/organisations', { name: 'Egen', kind: 'ngo' })).json();
    const other = (await admin.post('/api/organisations', { name: 'Annen', kind: 'ngo' })).json();
    const prog = (await admin.post('/api/programmes', { slug: 'bidrag', kind: 'programme', name: { nb: 'Bidrag' } })).json();
    const u = await buildUser(t.db, { organisationId: own.id, roles: [[prog.id, 'contributor']] });
    const c = await t.signIn(u.email);
    expect((await c.patch(`/api/organisations/${own.id}`, { website: 'https://egen.example' })).statusCode).toBe(200);
    const res = await c.patch(`/api/organisations/${other.id}`, { website: 'https://annen.example' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });
});

/**
 * The register is shared, but each entry is kept by someone: the programme whose secretariat
 * made it, the organisation's own contributors, and the platform administrators.
 */
describe('who keeps an organisation', () => {
  it('lets the owner programme’s secretariat change it, and no other programme’s', async () => {
    const [mine, theirs] = [await buildProgramme(t.db), await buildProgramme(t.db)];
    const sec = await t.signIn((await buildUser(t.db, { roles: [[mine.id, 'secretariat']] })).email);
    const otherSec = await t.signIn((await buildUser(t.db, { roles: [[theirs.id, 'secretariat']] })).email);
    const created = await sec.post('/api/organisations', { name: `Eid av programmet ${Date.now()}`, kind: 'ngo', ownerProgrammeId: mine.id });
    expect(created.statusCode).toBe(201);
    expect(created.json().ownerProgrammeId).toBe(mine.id);
    const id = created.json().id as string;
    expect((await otherSec.patch(`/api/organisations/${id}`, { website: 'https://kapret.example' })).statusCode).toBe(403);
    expect((await sec.patch(`/api/organisations/${id}`, { website: 'https://egen.example' })).statusCode).toBe(200);
    // An entry the platform keeps (made before owners, or by an administrator) is not a secretariat's.
    const kept = (await admin.post('/api/organisations', { name: `Plattformens ${Date.now()}`, kind: 'ngo' })).json();
    expect(kept.ownerProgrammeId).toBeNull();
    expect((await sec.patch(`/api/organisations/${kept.id}`, { website: 'https://kapret.example' })).statusCode).toBe(403);
    // Handing an entry to another programme needs the right to keep entries there too.
    expect((await sec.patch(`/api/organisations/${id}`, { ownerProgrammeId: theirs.id })).statusCode).toBe(403);
    const [row] = await t.db.select().from(organisations).where(eq(organisations.id, id));
    expect({ website: row!.website, owner: row!.ownerProgrammeId }).toEqual({ website: 'https://egen.example', owner: mine.id });
  });

  it('asks a secretariat which of its programmes keeps a new organisation', async () => {
    const [mine, theirs] = [await buildProgramme(t.db), await buildProgramme(t.db)];
    const sec = await t.signIn((await buildUser(t.db, { roles: [[mine.id, 'secretariat']] })).email);
    const bare = await sec.post('/api/organisations', { name: 'Uten eier', kind: 'ngo' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual([expect.objectContaining({ path: 'ownerProgrammeId', code: 'required' })]);
    expect((await sec.post('/api/organisations', { name: 'Feil eier', kind: 'ngo', ownerProgrammeId: theirs.id })).statusCode).toBe(403);
  });
});
