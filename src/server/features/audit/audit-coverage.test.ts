import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gt, max } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildUser, buildArea, buildGoal, buildGoalTarget, buildIndicator } from '../../testing/factories';
import { statisticsFixture } from '../../testing/fixtures';
import { governanceAuditCases } from '../../testing/audit/governance-cases';
import { portfolioAuditCases } from '../../testing/audit/portfolio-cases';
import { callsAuditCases } from '../../testing/audit/calls-cases';
import { reviewsAuditCases } from '../../testing/audit/reviews-cases';
import { reportsAuditCases } from '../../testing/audit/reports-cases';
import { projectChangesAuditCases } from '../../testing/audit/project-changes-cases';
import { standardsAuditCases } from '../../testing/audit/standards-cases';
import { benefitsAuditCases } from '../../testing/audit/benefits-cases';
import { contentAuditCases } from '../../testing/audit/content-cases';
import { documentsAuditCases } from '../../testing/audit/documents-cases';
import { eventsAuditCases } from '../../testing/audit/events-cases';
import { developmentAuditCases } from '../../testing/audit/development-cases';
import { multipart } from '../../testing/imports';
import { contacts, participations } from '../programmes/participations.table';
import { people } from '../people/people.table';
import { importMappings, statisticsImports } from '../imports/imports.table';
import { auditEntries } from './audit.table';
import { ImportMapping } from '../../../shared/contracts/imports';
import type { AuditEntityType } from '../../../shared/contracts/audit';

/**
 * Every state-changing route leaves its trace in the audit trail: one valid request per route,
 * made by a platform admin, and the entry it must write (action, entity, programme, and the
 * fields that changed before and after). The list of routes comes from the application, so a new
 * mutating route without a case here, or a reason in NO_ENTRY, fails the first test.
 */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes that change no record anyone audits, and why. */
const NO_ENTRY: Record<string, string> = {
  'POST /api/auth/login': 'Signing in changes a session, not a record; the user keeps its last sign-in time.',
  'POST /api/auth/logout': 'Signing out ends a session, not a record.',
  'POST /api/statistics/uploads': 'An upload is a file held for at most a day until it is imported; the import records its name and checksum.',
  'PUT /api/statistics/uploads/:id/draft': 'A mapping step left half-way is a working copy kept with the upload for a day; the import records the mapping it used.',
  'POST /api/statistics/uploads/:id/preview': 'Reads the file and answers what an import would write; changes nothing.',
  'POST /api/emails/test': 'A test e-mail changes no record; the outbox is itself the record of every e-mail, with who made it.',
  'POST /api/events/:id/messages': "A message to an event's registrants changes no record; the outbox keeps every e-mail, with who sent it.",
};

interface Entry {
  action: 'create' | 'update' | 'delete';
  entityType: AuditEntityType;
  entityId: string;
  /** The programme the entry belongs to; null (the default) for the shared registers. */
  programmeId?: string | null;
  /** Fields the stored row held before / holds after; null when there is none (create, delete). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

interface Arranged {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The entry the request must write, given the response body. */
  entry: (res: { id: string; participations: { id: string }[]; contacts: { id: string }[] }) => Entry;
  /** An import's job runs after the request and writes its outcome (succeeded, failed): not the request's entry. */
  startsImport?: boolean;
}

let t: TestApp;
let admin: TestClient;
let adminId: string;
let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

const importMapping = (indicator: string) => ({
  area: { dimension: 'KOKbydelsregion0000', codes: { EAB: '0301', '030101': null, '030112': null } },
  period: { dimension: 'Tid' },
  indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: indicator } },
});

async function buildPerson(organisationId: string | null = null) {
  const [row] = await t.db.insert(people).values({ name: 'Kari Nordmann', organisationId }).returning();
  return row!;
}

async function buildMapping() {
  const [row] = await t.db.insert(importMappings).values({ name: `Oppsett ${unique()}`, mapping: ImportMapping.parse(importMapping('audit')), createdBy: adminId }).returning();
  return row!;
}

async function buildTarget() {
  const programme = await buildProgramme(t.db);
  const goal = await buildGoal(t.db, { programmeId: programme.id });
  const target = await buildGoalTarget(t.db, { goalId: goal.id, indicatorId: (await buildIndicator(t.db)).id, areaId: (await buildArea(t.db)).id });
  return { programme, goal, target };
}

const CASES: Record<string, () => Promise<Arranged>> = {
  'POST /api/programmes': async () => {
    const slug = `program-${unique()}`;
    return { url: '/api/programmes', body: { slug, kind: 'programme', name: { nb: 'Nytt program' } }, entry: (r) => ({ action: 'create', entityType: 'programme', entityId: r.id, programmeId: r.id, before: null, after: { slug } }) };
  },
  'PATCH /api/programmes/:id': async () => {
    const p = await buildProgramme(t.db, { name: { nb: 'Før' } });
    return { url: `/api/programmes/${p.id}`, body: { name: { nb: 'Etter' } }, entry: () => ({ action: 'update', entityType: 'programme', entityId: p.id, programmeId: p.id, before: { name: { nb: 'Før' } }, after: { name: { nb: 'Etter' } } }) };
  },
  'DELETE /api/programmes/:id': async () => {
    const p = await buildProgramme(t.db);
    return { url: `/api/programmes/${p.id}`, entry: () => ({ action: 'delete', entityType: 'programme', entityId: p.id, programmeId: p.id, before: { slug: p.slug }, after: null }) };
  },
  'POST /api/programmes/:id/participations': async () => {
    const [p, org] = [await buildProgramme(t.db), await buildOrganisation(t.db)];
    const after = { organisationId: org.id, role: 'partner' };
    return { url: `/api/programmes/${p.id}/participations`, body: after, entry: (r) => ({ action: 'create', entityType: 'participation', entityId: r.participations[0]!.id, programmeId: p.id, before: null, after }) };
  },
  'DELETE /api/programmes/:id/participations/:childId': async () => {
    const p = await buildProgramme(t.db);
    const [row] = await t.db.insert(participations).values({ programmeId: p.id, organisationId: (await buildOrganisation(t.db)).id, role: 'partner' }).returning();
    return { url: `/api/programmes/${p.id}/participations/${row!.id}`, entry: () => ({ action: 'delete', entityType: 'participation', entityId: row!.id, programmeId: p.id, before: { organisationId: row!.organisationId }, after: null }) };
  },
  'POST /api/programmes/:id/contacts': async () => {
    const [p, person] = [await buildProgramme(t.db), await buildPerson()];
    const after = { personId: person.id, role: 'contact' };
    return { url: `/api/programmes/${p.id}/contacts`, body: after, entry: (r) => ({ action: 'create', entityType: 'contact', entityId: r.contacts[0]!.id, programmeId: p.id, before: null, after }) };
  },
  'DELETE /api/programmes/:id/contacts/:childId': async () => {
    const p = await buildProgramme(t.db);
    const [row] = await t.db.insert(contacts).values({ programmeId: p.id, personId: (await buildPerson()).id, role: 'contact' }).returning();
    return { url: `/api/programmes/${p.id}/contacts/${row!.id}`, entry: () => ({ action: 'delete', entityType: 'contact', entityId: row!.id, programmeId: p.id, before: { personId: row!.personId }, after: null }) };
  },
  'PUT /api/programmes/:id/statistics': async () => {
    const [p, indicator, area] = [await buildProgramme(t.db), await buildIndicator(t.db), await buildArea(t.db)];
    const body = { indicatorIds: [indicator.id], focusAreaIds: [area.id], referenceAreaIds: [] };
    return { url: `/api/programmes/${p.id}/statistics`, body, entry: () => ({ action: 'update', entityType: 'programme_statistics', entityId: p.id, programmeId: p.id, before: { indicators: [], focusAreas: [] }, after: { indicators: [{ id: indicator.id, code: indicator.code }], focusAreas: [{ id: area.id, code: area.code }], referenceAreas: [] } }) };
  },
  'POST /api/organisations': async () => ({ url: '/api/organisations', body: { name: 'Ny organisasjon', kind: 'ngo' }, entry: (r) => ({ action: 'create', entityType: 'organisation', entityId: r.id, before: null, after: { name: 'Ny organisasjon' } }) }),
  'PATCH /api/organisations/:id': async () => {
    const org = await buildOrganisation(t.db);
    return { url: `/api/organisations/${org.id}`, body: { website: 'https://example.org' }, entry: () => ({ action: 'update', entityType: 'organisation', entityId: org.id, before: { website: null }, after: { website: 'https://example.org' } }) };
  },
  'DELETE /api/organisations/:id': async () => {
    const org = await buildOrganisation(t.db);
    return { url: `/api/organisations/${org.id}`, entry: () => ({ action: 'delete', entityType: 'organisation', entityId: org.id, before: { name: org.name }, after: null }) };
  },
  'POST /api/areas': async () => ({ url: '/api/areas', body: { code: '0302', kind: 'municipality', name: 'Ny kommune' }, entry: (r) => ({ action: 'create', entityType: 'area', entityId: r.id, before: null, after: { code: '0302' } }) }),
  'PATCH /api/areas/:id': async () => {
    const area = await buildArea(t.db);
    return { url: `/api/areas/${area.id}`, body: { name: 'Nytt navn' }, entry: () => ({ action: 'update', entityType: 'area', entityId: area.id, before: { name: area.name }, after: { name: 'Nytt navn' } }) };
  },
  'DELETE /api/areas/:id': async () => {
    const area = await buildArea(t.db);
    return { url: `/api/areas/${area.id}`, entry: () => ({ action: 'delete', entityType: 'area', entityId: area.id, before: { code: area.code }, after: null }) };
  },
  'POST /api/people': async () => ({ url: '/api/people', body: { name: 'Ola Nordmann' }, entry: (r) => ({ action: 'create', entityType: 'person', entityId: r.id, before: null, after: { name: 'Ola Nordmann' } }) }),
  'PATCH /api/people/:id': async () => {
    const person = await buildPerson();
    return { url: `/api/people/${person.id}`, body: { title: 'Rådgiver' }, entry: () => ({ action: 'update', entityType: 'person', entityId: person.id, before: { title: null }, after: { title: 'Rådgiver' } }) };
  },
  'DELETE /api/people/:id': async () => {
    const person = await buildPerson();
    return { url: `/api/people/${person.id}`, entry: () => ({ action: 'delete', entityType: 'person', entityId: person.id, before: { name: person.name }, after: null }) };
  },
  'POST /api/users': async () => {
    const email = `ny-${unique()}@example.org`;
    // The password hash never reaches the trail, only whether one is set.
    return { url: '/api/users', body: { email, name: 'Ny Bruker', password: 'et langt og godt passord' }, entry: (r) => ({ action: 'create', entityType: 'user', entityId: r.id, before: null, after: { email, passwordHash: '(set)' } }) };
  },
  'PATCH /api/users/:id': async () => {
    const user = await buildUser(t.db);
    return { url: `/api/users/${user.id}`, body: { name: 'Nytt Navn' }, entry: () => ({ action: 'update', entityType: 'user', entityId: user.id, before: { name: user.name, passwordHash: '(set)' }, after: { name: 'Nytt Navn', passwordHash: '(set)' } }) };
  },
  'PUT /api/users/:id/roles': async () => {
    const [user, p] = [await buildUser(t.db), await buildProgramme(t.db)];
    return { url: `/api/users/${user.id}/roles`, body: { programmeId: p.id, role: 'viewer' }, entry: () => ({ action: 'create', entityType: 'role', entityId: `${user.id}:${p.id}`, programmeId: p.id, before: null, after: { role: 'viewer' } }) };
  },
  'DELETE /api/users/:id/roles/:programmeId': async () => {
    const p = await buildProgramme(t.db);
    const user = await buildUser(t.db, { roles: [[p.id, 'analyst']] });
    return { url: `/api/users/${user.id}/roles/${p.id}`, entry: () => ({ action: 'delete', entityType: 'role', entityId: `${user.id}:${p.id}`, programmeId: p.id, before: { role: 'analyst' }, after: null }) };
  },
  'POST /api/indicators': async () => {
    const code = `ny-${unique()}`;
    return { url: '/api/indicators', body: { code, name: { nb: 'Ny' }, unit: 'count', direction: 'neutral', source: { publisher: 'SSB' } }, entry: (r) => ({ action: 'create', entityType: 'indicator', entityId: r.id, before: null, after: { code } }) };
  },
  'PATCH /api/indicators/:code': async () => {
    const indicator = await buildIndicator(t.db, { decimals: 1 });
    return { url: `/api/indicators/${indicator.code}`, body: { decimals: 2 }, entry: () => ({ action: 'update', entityType: 'indicator', entityId: indicator.id, before: { decimals: 1 }, after: { decimals: 2 } }) };
  },
  'DELETE /api/indicators/:code': async () => {
    const indicator = await buildIndicator(t.db);
    return { url: `/api/indicators/${indicator.code}`, entry: () => ({ action: 'delete', entityType: 'indicator', entityId: indicator.id, before: { code: indicator.code }, after: null }) };
  },
  'POST /api/statistics/imports': async () => {
    await buildArea(t.db, { code: '0301', kind: 'municipality' });
    await buildIndicator(t.db, { code: 'audit-import' });
    const file = multipart({ name: 'kostra.json', content: readFileSync(statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json')) });
    const uploaded = await admin.request({ method: 'POST', url: '/api/statistics/uploads', payload: file.payload, headers: file.headers });
    const upload = uploaded.json() as { id: string; checksum: string };
    return { url: '/api/statistics/imports', body: { uploadId: upload.id, mapping: importMapping('audit-import') }, entry: (r) => ({ action: 'create', entityType: 'statistics_import', entityId: r.id, before: null, after: { state: 'queued', checksum: upload.checksum } }) };
  },
  'POST /api/statistics/imports/:id/cancel': async () => {
    const [row] = await t.db.insert(statisticsImports).values({ fileName: 'x.json', checksum: 'x', size: 1, format: 'jsonstat', mapping: ImportMapping.parse(importMapping('audit-cancel')) }).returning();
    return { url: `/api/statistics/imports/${row!.id}/cancel`, entry: () => ({ action: 'update', entityType: 'statistics_import', entityId: row!.id, before: { state: 'queued' }, after: { state: 'cancelled' } }) };
  },
  'POST /api/statistics/imports/:id/restart': async () => {
    await buildArea(t.db, { code: '0301', kind: 'municipality' }).catch(() => undefined);
    await buildIndicator(t.db, { code: 'audit-restart' });
    const file = multipart({ name: 'kostra.json', content: readFileSync(statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json')) });
    const upload = (await admin.request({ method: 'POST', url: '/api/statistics/uploads', payload: file.payload, headers: file.headers })).json() as { id: string };
    const [row] = await t.db.insert(statisticsImports).values({ uploadId: upload.id, state: 'interrupted', fileName: 'kostra.json', checksum: 'x', size: 1, format: 'jsonstat', mapping: ImportMapping.parse(importMapping('audit-restart')) }).returning();
    return { url: `/api/statistics/imports/${row!.id}/restart`, startsImport: true, entry: () => ({ action: 'update', entityType: 'statistics_import', entityId: row!.id, before: { state: 'interrupted' }, after: { state: 'queued' } }) };
  },
  'POST /api/statistics/mappings': async () => {
    const name = `Oppsett ${unique()}`;
    return { url: '/api/statistics/mappings', body: { name, mapping: importMapping('audit') }, entry: (r) => ({ action: 'create', entityType: 'import_mapping', entityId: r.id, before: null, after: { name } }) };
  },
  'PUT /api/statistics/mappings/:id': async () => {
    const m = await buildMapping();
    return { url: `/api/statistics/mappings/${m.id}`, body: { name: 'Nytt navn', mapping: importMapping('audit') }, entry: () => ({ action: 'update', entityType: 'import_mapping', entityId: m.id, before: { name: m.name }, after: { name: 'Nytt navn' } }) };
  },
  'DELETE /api/statistics/mappings/:id': async () => {
    const m = await buildMapping();
    return { url: `/api/statistics/mappings/${m.id}`, entry: () => ({ action: 'delete', entityType: 'import_mapping', entityId: m.id, before: { name: m.name }, after: null }) };
  },
  'POST /api/programmes/:id/goals': async () => {
    const p = await buildProgramme(t.db);
    return { url: `/api/programmes/${p.id}/goals`, body: { title: { nb: 'Nytt mål' } }, entry: (r) => ({ action: 'create', entityType: 'goal', entityId: r.id, programmeId: p.id, before: null, after: { title: { nb: 'Nytt mål' } } }) };
  },
  'PATCH /api/goals/:id': async () => {
    const { programme, goal } = await buildTarget();
    return { url: `/api/goals/${goal.id}`, body: { title: { nb: 'Endret mål' } }, entry: () => ({ action: 'update', entityType: 'goal', entityId: goal.id, programmeId: programme.id, before: { title: goal.title }, after: { title: { nb: 'Endret mål' } } }) };
  },
  'DELETE /api/goals/:id': async () => {
    const { programme, goal, target } = await buildTarget();
    // The goal's targets go with it, so the entry keeps them.
    return { url: `/api/goals/${goal.id}`, entry: () => ({ action: 'delete', entityType: 'goal', entityId: goal.id, programmeId: programme.id, before: { title: goal.title, targets: [expect.objectContaining({ id: target.id })] }, after: null }) };
  },
  'POST /api/goals/:id/targets': async () => {
    const { programme, goal } = await buildTarget();
    const [indicator, area] = [await buildIndicator(t.db), await buildArea(t.db)];
    const body = { indicatorId: indicator.id, areaId: area.id, baseline: { value: 10, period: '2020' }, target: { value: 20, period: '2030' } };
    return { url: `/api/goals/${goal.id}/targets`, body, entry: (r) => ({ action: 'create', entityType: 'goal_target', entityId: r.id, programmeId: programme.id, before: null, after: { indicatorId: indicator.id, baselineValue: 10, targetValue: 20 } }) };
  },
  'PATCH /api/goal-targets/:id': async () => {
    const { programme, target } = await buildTarget();
    return { url: `/api/goal-targets/${target.id}`, body: { target: { value: 80, period: '2030' } }, entry: () => ({ action: 'update', entityType: 'goal_target', entityId: target.id, programmeId: programme.id, before: { targetValue: 70 }, after: { targetValue: 80 } }) };
  },
  'DELETE /api/goal-targets/:id': async () => {
    const { programme, target } = await buildTarget();
    return { url: `/api/goal-targets/${target.id}`, entry: () => ({ action: 'delete', entityType: 'goal_target', entityId: target.id, programmeId: programme.id, before: { goalId: target.goalId }, after: null }) };
  },
  ...governanceAuditCases(() => t),
  ...portfolioAuditCases(() => t),
  ...callsAuditCases(() => t),
  ...reviewsAuditCases(() => t),
  ...reportsAuditCases(() => t),
  ...benefitsAuditCases(() => t),
  ...projectChangesAuditCases(() => t),
  ...contentAuditCases(() => t),
  ...documentsAuditCases(() => t),
  ...eventsAuditCases(() => t),
  ...standardsAuditCases(() => t),
  ...developmentAuditCases(() => t, () => adminId),
};

beforeAll(async () => {
  t = await buildTestApp();
  const user = await buildUser(t.db, { isPlatformAdmin: true });
  adminId = user.id;
  admin = await t.signIn(user.email);
});
afterAll(() => t.close());

describe('audit trail of every state-changing route', () => {
  it('has a case, or a reason for writing none, for every state-changing route', () => {
    const routes = t.app.registeredRoutes.filter((r) => STATE_CHANGING.has(r.method)).map((r) => `${r.method} ${r.url}`);
    expect(routes.sort()).toEqual([...Object.keys(CASES), ...Object.keys(NO_ENTRY)].sort());
    expect(Object.keys(CASES).filter((k) => k in NO_ENTRY)).toEqual([]);
  });

  for (const [route, arrange] of Object.entries(CASES)) {
    it(`${route} writes its audit entry`, async () => {
      const arranged = await arrange();
      const [{ last } = { last: 0 }] = await t.db.select({ last: max(auditEntries.id) }).from(auditEntries);
      const res = await admin.request({ method: route.split(' ')[0] as 'POST', url: arranged.url, payload: arranged.body as object, headers: arranged.headers });
      // A form posted without script is answered with a redirect (303) rather than JSON.
      expect({ route, status: res.statusCode < 300 || res.statusCode === 303 }).toEqual({ route, status: true });
      const want = await arranged.entry(res.statusCode === 303 ? { id: '', participations: [], contacts: [] } : res.json());
      const written = await t.db
        .select()
        .from(auditEntries)
        .where(and(gt(auditEntries.id, last ?? 0), eq(auditEntries.entityType, want.entityType), eq(auditEntries.entityId, want.entityId), eq(auditEntries.action, want.action)))
        .then((rows) => (arranged.startsImport ? rows.filter((e) => !['succeeded', 'failed'].includes((e.after as { state?: string } | null)?.state ?? '')) : rows));
      // Exactly one entry of this action (an import's background job adds its own update later).
      expect({ route, written: written.map((e) => ({ actorId: e.actorId, programmeId: e.programmeId })) }).toEqual({
        route,
        written: [{ actorId: adminId, programmeId: want.programmeId ?? null }],
      });
      const [entry] = written;
      for (const side of ['before', 'after'] as const) {
        if (want[side] === null) expect({ [side]: entry![side] }).toEqual({ [side]: null });
        else expect(entry![side]).toMatchObject(want[side]);
      }
    });
  }
});
