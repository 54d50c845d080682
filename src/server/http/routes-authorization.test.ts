import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildProgramme, buildTestApp, buildUser, type TestApp, type TestClient } from '../testing/test-app';
import { people } from '../features/people/people.table';
import { areas } from '../features/areas/areas.table';
import { contacts, participations } from '../features/programmes/programmes.table';
import type { AuthzCase, AuthzCases } from '../testing/authz';
import { indicatorAuthz } from '../features/indicators/indicators.authz';
import { importAuthz } from '../features/imports/imports.authz';
import { profileAuthz } from '../features/profiles/profiles.authz';
import { goalAuthz } from '../features/goals/goals.authz';

/**
 * Walks every registered route. Each non-public route must be listed below with a valid
 * request aimed at programme A's records; the test proves that anonymous users get 401, and
 * that a secretariat of programme B and a contributor of another organisation are refused
 * where they should be. A new route that is not listed here fails the first test. Features keep
 * their cases beside their code (`<feature>.authz.ts`) and are listed in FEATURES.
 */
const FEATURES: AuthzCases[] = [indicatorAuthz, importAuthz, profileAuthz, goalAuthz];
let t: TestApp;
const ids: Record<string, string> = {};
let anon: TestClient;
let otherProgramme: TestClient;
let otherOrgContributor: TestClient;

const CASES: Record<string, AuthzCase> = {
  'POST /api/auth/logout': { url: () => '/api/auth/logout', otherProgramme: 'allowed', otherOrgContributor: 'allowed' },
  'POST /api/programmes': { url: () => '/api/programmes', body: () => ({ slug: `sub-${Date.now()}`, kind: 'sub_programme', parentId: ids.progA, name: { nb: 'Under A' } }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'PATCH /api/programmes/:id': { url: () => `/api/programmes/${ids.progA}`, body: () => ({ name: { nb: 'Endret' } }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'DELETE /api/programmes/:id': { url: () => `/api/programmes/${ids.progA}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'POST /api/programmes/:id/participations': { url: () => `/api/programmes/${ids.progA}/participations`, body: () => ({ organisationId: ids.orgY, role: 'partner' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'DELETE /api/programmes/:id/participations/:childId': { url: () => `/api/programmes/${ids.progA}/participations/${ids.participation}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'POST /api/programmes/:id/contacts': { url: () => `/api/programmes/${ids.progA}/contacts`, body: () => ({ personId: ids.personX, role: 'contact' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'DELETE /api/programmes/:id/contacts/:childId': { url: () => `/api/programmes/${ids.progA}/contacts/${ids.contact}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  // The registers of organisations and areas are shared by all programmes on the installation.
  'POST /api/organisations': { url: () => '/api/organisations', body: () => ({ name: `Ny org ${Date.now()}`, kind: 'ngo' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
  'PATCH /api/organisations/:id': { url: () => `/api/organisations/${ids.orgX}`, body: () => ({ website: 'https://example.org' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
  'DELETE /api/organisations/:id': { url: () => `/api/organisations/${ids.orgX}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'POST /api/areas': { url: () => '/api/areas', body: () => ({ code: String(100000 + Math.floor(Math.random() * 800000)), kind: 'school', name: 'Skole' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
  'PATCH /api/areas/:id': { url: () => `/api/areas/${ids.area}`, body: () => ({ name: 'Nytt navn' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
  'DELETE /api/areas/:id': { url: () => `/api/areas/${ids.area}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'GET /api/people': { url: () => '/api/people', otherProgramme: 'allowed', otherOrgContributor: 'allowed' },
  'GET /api/people/:id': { url: () => `/api/people/${ids.personX}`, otherProgramme: 'allowed', otherOrgContributor: 'refused' },
  'POST /api/people': { url: () => '/api/people', body: () => ({ name: 'Ny Person', organisationId: ids.orgX }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
  'PATCH /api/people/:id': { url: () => `/api/people/${ids.personX}`, body: () => ({ title: 'Rådgiver' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
  'DELETE /api/people/:id': { url: () => `/api/people/${ids.personX}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'GET /api/users': { url: () => `/api/users?programmeId=${ids.progA}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'GET /api/users/:id': { url: () => `/api/users/${ids.userA}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'POST /api/users': { url: () => '/api/users', body: () => ({ email: `ny-${Date.now()}@example.org`, name: 'Ny Bruker', isPlatformAdmin: true }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'PATCH /api/users/:id': { url: () => `/api/users/${ids.userA}`, body: () => ({ name: 'Endret Navn' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'PUT /api/users/:id/roles': { url: () => `/api/users/${ids.userA}/roles`, body: () => ({ programmeId: ids.progA, role: 'viewer' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'DELETE /api/users/:id/roles/:programmeId': { url: () => `/api/users/${ids.userA}/roles/${ids.progA}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  'GET /api/audit': { url: () => `/api/audit?programmeId=${ids.progA}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
};

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

beforeAll(async () => {
  t = await buildTestApp();
  const progA = await buildProgramme(t.db, { isPublished: false });
  const progB = await buildProgramme(t.db);
  const orgX = await buildOrganisation(t.db);
  const orgY = await buildOrganisation(t.db);
  const [personX] = await t.db.insert(people).values({ name: 'Person X', organisationId: orgX.id }).returning();
  const [part] = await t.db.insert(participations).values({ programmeId: progA.id, organisationId: orgX.id, role: 'partner' }).returning();
  const [contact] = await t.db.insert(contacts).values({ programmeId: progA.id, personId: personX!.id, role: 'contact' }).returning();
  const [areaRow] = await t.db.insert(areas).values({ code: '0301', kind: 'municipality', name: 'Oslo' }).returning();
  const userA = await buildUser(t.db, { organisationId: orgX.id, roles: [[progA.id, 'secretariat']] });
  const userB = await buildUser(t.db, { roles: [[progB.id, 'secretariat']] });
  const contributorY = await buildUser(t.db, { organisationId: orgY.id, roles: [[progA.id, 'contributor']] });
  Object.assign(ids, { progA: progA.id, progB: progB.id, orgX: orgX.id, orgY: orgY.id, personX: personX!.id, participation: part!.id, contact: contact!.id, area: areaRow!.id, userA: userA.id });
  for (const feature of FEATURES) {
    await feature.setup?.({ t, ids });
    for (const [k, c] of Object.entries(feature.cases(ids))) {
      if (CASES[k]) throw new Error(`Two authorization cases for ${k}`);
      CASES[k] = c;
    }
  }
  anon = await t.client();
  otherProgramme = await t.signIn(userB.email);
  otherOrgContributor = await t.signIn(contributorY.email);
});

afterAll(() => t.close());

describe('authorization of every route', () => {
  it('every route declares a permission, and every non-public route is covered here', () => {
    const undeclared = t.app.registeredRoutes.filter((r) => r.permission === undefined).map(key);
    expect(undeclared).toEqual([]);
    const guarded = t.app.registeredRoutes.filter((r) => r.permission !== 'public').map(key).sort();
    expect(guarded).toEqual(Object.keys(CASES).sort());
  });

  it('refuses anonymous users with 401 on every non-public route', async () => {
    for (const r of t.app.registeredRoutes.filter((x) => x.permission !== 'public')) {
      const c = CASES[key(r)]!;
      const res = await anon.request({ method: r.method as 'GET', url: c.url(), payload: c.body?.() as object, headers: c.headers?.() });
      expect({ route: key(r), status: res.statusCode, code: res.json().code }).toEqual({ route: key(r), status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  for (const who of ['otherProgramme', 'otherOrgContributor'] as const) {
    it(`refuses ${who === 'otherProgramme' ? 'a secretariat of another programme' : 'a contributor of another organisation'} where it should`, async () => {
      const client = who === 'otherProgramme' ? otherProgramme : otherOrgContributor;
      for (const [k, c] of Object.entries(CASES)) {
        // Allowed deletions and sign-out would destroy the fixture or the session the loop uses.
        if ((k.startsWith('DELETE') || k.endsWith('/logout')) && c[who] === 'allowed') continue;
        const [method] = k.split(' ');
        const res = await client.request({ method: method as 'GET', url: c.url(), payload: c.body?.() as object, headers: c.headers?.() });
        if (c[who] === 'refused') {
          expect({ route: k, refused: [403, 404].includes(res.statusCode), code: res.json().code }).toEqual({
            route: k,
            refused: true,
            code: res.statusCode === 403 ? 'FORBIDDEN' : 'NOT_FOUND',
          });
        } else {
          expect({ route: k, status: res.statusCode < 300 }).toEqual({ route: k, status: true });
        }
      }
    });
  }

  it('shows nothing internal of programme A to a user of programme B', async () => {
    const list = (await otherProgramme.get('/api/programmes')).json() as { id: string }[];
    expect(list.map((p) => p.id)).not.toContain(ids.progA);
    expect((await otherProgramme.get(`/api/programmes/${ids.progA}`)).statusCode).toBe(404);
    expect((await anon.get(`/api/programmes/${ids.progA}`)).statusCode).toBe(404);
  });

  it('refuses state-changing requests without the CSRF token', async () => {
    const res = await otherProgramme.request({ method: 'POST', url: '/api/organisations', payload: { name: 'Uten token', kind: 'ngo' }, headers: { 'x-csrf-token': '' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
  });
});
