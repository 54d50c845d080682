import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';
import { people } from './people.table';

let t: TestApp;
let orgX: string;
let orgY: string;
/** A contributor of organisation X. */
let contributorX: TestClient;
let secretariat: TestClient;
let programmeId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db);
  programmeId = programme.id;
  orgX = (await buildOrganisation(t.db)).id;
  orgY = (await buildOrganisation(t.db)).id;
  contributorX = await t.signIn((await buildUser(t.db, { organisationId: orgX, roles: [[programme.id, 'contributor']] })).email);
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
});
afterAll(() => t.close());

async function buildPerson(organisationId: string | null, ownerProgrammeId: string | null = null) {
  const [row] = await t.db.insert(people).values({ name: 'Kari Nordmann', organisationId, ownerProgrammeId }).returning();
  return row!;
}

async function organisationOf(id: string) {
  const [row] = await t.db.select({ organisationId: people.organisationId }).from(people).where(eq(people.id, id));
  return row!.organisationId;
}

/**
 * A contributor keeps the people of its own organisation; a person moves to another organisation
 * only by someone who may change the people of both (a secretariat, a platform admin).
 */
describe('moving a person to another organisation', () => {
  it('lets a contributor edit the people of its own organisation', async () => {
    const person = await buildPerson(orgX);
    const res = await contributorX.patch(`/api/people/${person.id}`, { title: 'Rådgiver', organisationId: orgX });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Rådgiver', organisationId: orgX });
  });

  it('refuses a contributor moving a person of its organisation into another one', async () => {
    const person = await buildPerson(orgX);
    const res = await contributorX.patch(`/api/people/${person.id}`, { organisationId: orgY });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect(await organisationOf(person.id)).toBe(orgX);
  });

  it('refuses a contributor taking a person out of every organisation', async () => {
    const person = await buildPerson(orgX);
    const res = await contributorX.patch(`/api/people/${person.id}`, { organisationId: null });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect(await organisationOf(person.id)).toBe(orgX);
  });

  it('refuses a contributor bringing a person of another organisation into its own (it cannot see that person)', async () => {
    const person = await buildPerson(orgY);
    const res = await contributorX.patch(`/api/people/${person.id}`, { organisationId: orgX });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    expect(await organisationOf(person.id)).toBe(orgY);
  });

  it('refuses a contributor adding a person to another organisation', async () => {
    const res = await contributorX.post('/api/people', { name: 'Ola Nordmann', organisationId: orgY });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  it('lets a secretariat move a person it keeps between organisations', async () => {
    const person = await buildPerson(orgX, programmeId);
    const res = await secretariat.patch(`/api/people/${person.id}`, { organisationId: orgY });
    expect(res.statusCode).toBe(200);
    expect(res.json().organisationId).toBe(orgY);
    expect(await organisationOf(person.id)).toBe(orgY);
  });
});

describe('who keeps a person', () => {
  it('lets the owner programme’s secretariat change a person, and no other programme’s', async () => {
    const theirs = await buildProgramme(t.db);
    const otherSec = await t.signIn((await buildUser(t.db, { roles: [[theirs.id, 'secretariat']] })).email);
    const created = await secretariat.post('/api/people', { name: 'Eid Person', organisationId: orgY, ownerProgrammeId: programmeId });
    expect(created.statusCode).toBe(201);
    expect(created.json().ownerProgrammeId).toBe(programmeId);
    const id = created.json().id as string;
    expect((await otherSec.patch(`/api/people/${id}`, { title: 'Kapret' })).statusCode).toBe(403);
    expect((await otherSec.post('/api/people', { name: 'Feil eier', ownerProgrammeId: programmeId })).statusCode).toBe(403);
    expect((await otherSec.post('/api/people', { name: 'Uten eier' })).json().errors).toEqual([expect.objectContaining({ path: 'ownerProgrammeId', code: 'required' })]);
    // A person the platform keeps is the administrators' (and its organisation's contributors').
    const kept = await buildPerson(orgX);
    expect((await secretariat.patch(`/api/people/${kept.id}`, { title: 'Kapret' })).statusCode).toBe(403);
    expect((await contributorX.patch(`/api/people/${kept.id}`, { title: 'Rådgiver' })).statusCode).toBe(200);
    // The contributor's own new person needs no programme: its organisation keeps it.
    expect((await contributorX.post('/api/people', { name: 'Ny Kollega', organisationId: orgX })).statusCode).toBe(201);
  });
});
