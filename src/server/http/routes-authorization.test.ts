import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { buildArea, buildOrganisation, buildPerson, buildProgramme, buildUser } from '../testing/factories';
import { FEATURE_AUTHZ, type AuthzCase, type Outcome } from '../testing/authz';
import { eq } from 'drizzle-orm';
import { programmeRoles, users } from '../features/users/users.table';
import { HTTP_STATUS, type ErrorCode } from '../../shared/errors';

/**
 * Walks every registered route. Each non-public route must have a valid request aimed at the
 * records of the programme under test (`ids.programme`); the test proves that anonymous users
 * get 401, and that a secretariat of programme B, a contributor of another organisation (an
 * applicant of another organisation), a reviewer not assigned to the record and a participant of another
 * group of a development programme are refused where
 * they should be. A new route that is not listed fails the first test. Each
 * feature keeps its cases in `src/server/testing/authz/<feature>.ts`, listed in FEATURE_AUTHZ.
 *
 * Every case runs twice. Against an unpublished programme an outsider may be stopped by
 * visibility (404) before any scope check runs; against a published programme, which everyone
 * may read, a refused write must be a 403 — so a write path that skips its scope check is caught.
 */

/** The programme the cases aim at, with its records, and the cases aimed at it. */
interface Target {
  isPublished: boolean;
  ids: Record<string, string>;
  cases: Record<string, AuthzCase>;
}

let t: TestApp;
const targets: Target[] = [];
let anon: TestClient;
let otherProgramme: TestClient;
let otherOrgContributor: TestClient;
let notAssignedReviewer: TestClient;
let otherGroupParticipant: TestClient;

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

/** Builds a programme with every feature's records in it, and the contributors' roles there. */
async function buildTarget(shared: Record<string, string>, isPublished: boolean, contributorIds: string[]): Promise<Target> {
  const programme = await buildProgramme(t.db, { isPublished });
  await t.db.insert(programmeRoles).values(contributorIds.map((userId) => ({ userId, programmeId: programme.id, role: 'contributor' as const })));
  const ids = { ...shared, programme: programme.id };
  for (const feature of FEATURE_AUTHZ) await feature.setupInProgramme?.({ t, ids });
  const cases: Record<string, AuthzCase> = {};
  for (const feature of FEATURE_AUTHZ) {
    for (const [k, c] of Object.entries(feature.cases(ids))) {
      if (cases[k]) throw new Error(`Two authorization cases for ${k}`);
      cases[k] = c;
    }
  }
  return { isPublished, ids, cases };
}

beforeAll(async () => {
  t = await buildTestApp();
  const progB = await buildProgramme(t.db);
  const orgX = await buildOrganisation(t.db);
  const orgY = await buildOrganisation(t.db);
  const personX = await buildPerson(t.db, { name: 'Person X', organisationId: orgX.id });
  const orgZ = await buildOrganisation(t.db);
  const area = await buildArea(t.db, { code: '0301', kind: 'municipality', name: 'Oslo' });
  const assignedReviewer = await buildUser(t.db, { organisationId: orgZ.id });
  const reviewerZ = await buildUser(t.db, { organisationId: orgZ.id });
  const shared: Record<string, string> = { progB: progB.id, orgX: orgX.id, orgY: orgY.id, personX: personX.id, area: area.id, assignedReviewer: assignedReviewer.id, notAssignedReviewer: reviewerZ.id };
  for (const feature of FEATURE_AUTHZ) await feature.setup?.({ t, ids: shared });
  const userB = await buildUser(t.db, { roles: [[progB.id, 'secretariat']] });
  const contributorY = await buildUser(t.db, { organisationId: orgY.id });
  const contributors = [contributorY.id, assignedReviewer.id, reviewerZ.id];
  targets.push(await buildTarget(shared, false, contributors), await buildTarget(shared, true, contributors));
  anon = await t.client();
  otherProgramme = await t.signIn(userB.email);
  otherOrgContributor = await t.signIn(contributorY.email);
  notAssignedReviewer = await t.signIn(reviewerZ.email);
  otherGroupParticipant = await t.signIn((await t.db.select({ email: users.email }).from(users).where(eq(users.id, shared.otherGroupParticipant!)))[0]!.email);
});

afterAll(() => t.close());

/**
 * The answers a refusal may take. A record the actor may not see is a 404; but on a published
 * programme everything is visible, so a write that another programme's secretariat may not make
 * must be refused by the scope check itself.
 */
type Who = 'otherProgramme' | 'otherOrgContributor' | 'notAssignedReviewer' | 'otherGroupParticipant';
/** The routes any signed-in user may use ('authenticated'), by key. */
const forEveryone = () => new Set(t.app.registeredRoutes.filter((r) => r.permission === 'authenticated').map(key));
function outcomeOf(c: AuthzCase, who: Who, k: string): Outcome {
  if (who === 'notAssignedReviewer') return c.notAssignedReviewer ?? c.otherOrgContributor;
  if (who === 'otherGroupParticipant') return c.otherGroupParticipant ?? (c.otherOrgContributor === 'allowed' && forEveryone().has(k) ? 'allowed' : 'refused');
  return c[who];
}
const WHO: Record<Who, string> = {
  otherProgramme: 'a secretariat of another programme',
  otherOrgContributor: 'a contributor (an applicant) of another organisation',
  notAssignedReviewer: 'a reviewer not assigned to the record',
  otherGroupParticipant: 'a participant of another group of a development programme',
};

function acceptedRefusals(target: Target, c: AuthzCase, method: string, who: Who): ErrorCode[] {
  if (target.isPublished && who === 'otherProgramme' && method !== 'GET' && !c.isHiddenRecord) return ['FORBIDDEN'];
  return ['FORBIDDEN', 'NOT_FOUND'];
}

describe('authorization of every route', () => {
  it('every route declares a permission, and every non-public route is covered here', () => {
    const undeclared = t.app.registeredRoutes.filter((r) => r.permission === undefined).map(key);
    expect(undeclared).toEqual([]);
    const guarded = t.app.registeredRoutes.filter((r) => r.permission !== 'public').map(key).sort();
    for (const target of targets) expect(guarded).toEqual(Object.keys(target.cases).sort());
  });

  it('a published programme is open to outsiders, an unpublished one is hidden from them', async () => {
    const [hidden, open] = targets;
    expect((await otherProgramme.get(`/api/programmes/${open!.ids.programme}`)).statusCode).toBe(200);
    expect((await anon.get(`/api/programmes/${open!.ids.programme}`)).statusCode).toBe(200);
    const list = (await otherProgramme.get('/api/programmes')).json() as { id: string }[];
    expect(list.map((p) => p.id)).not.toContain(hidden!.ids.programme);
    expect((await otherProgramme.get(`/api/programmes/${hidden!.ids.programme}`)).statusCode).toBe(404);
    expect((await anon.get(`/api/programmes/${hidden!.ids.programme}`)).statusCode).toBe(404);
  });

  for (const isPublished of [false, true]) {
    const on = isPublished ? 'a published programme' : 'an unpublished programme';
    const targetOf = () => targets.find((x) => x.isPublished === isPublished)!;

    it(`refuses anonymous users with 401 on every non-public route, aimed at ${on}`, async () => {
      const { cases } = targetOf();
      for (const r of t.app.registeredRoutes.filter((x) => x.permission !== 'public')) {
        const c = cases[key(r)]!;
        const res = await anon.request({ method: r.method as 'GET', url: c.url(), payload: c.body?.() as object, headers: c.headers?.() });
        expect({ route: key(r), status: res.statusCode, code: res.json().code }).toEqual({ route: key(r), status: 401, code: 'UNAUTHENTICATED' });
      }
    });

    for (const who of ['otherProgramme', 'otherOrgContributor', 'notAssignedReviewer', 'otherGroupParticipant'] as const) {
      it(`refuses ${WHO[who]} where it should, on ${on}`, async () => {
        const target = targetOf();
        const client = { otherProgramme, otherOrgContributor, notAssignedReviewer, otherGroupParticipant }[who];
        for (const [k, c] of Object.entries(target.cases)) {
          const outcome = outcomeOf(c, who, k);
          // Allowed deletions and sign-out would destroy the fixture or the session the loop uses.
          if ((k.startsWith('DELETE') || k.endsWith('/logout')) && outcome === 'allowed') continue;
          const [method] = k.split(' ');
          const res = await client.request({ method: method as 'GET', url: c.url(), payload: c.body?.() as object, headers: c.headers?.() });
          if (outcome === 'refused') {
            const accepted = acceptedRefusals(target, c, method!, who);
            const code = res.json().code as ErrorCode;
            const expected = accepted.includes(code) ? code : accepted[0]!;
            expect({ route: k, status: res.statusCode, code }).toEqual({ route: k, status: HTTP_STATUS[expected], code: expected });
          } else {
            expect({ route: k, status: res.statusCode < 300 }).toEqual({ route: k, status: true });
          }
        }
      });
    }
  }
});
