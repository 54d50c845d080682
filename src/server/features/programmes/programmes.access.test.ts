import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createTestDatabase } from '../../testing/test-db';
import { buildProgramme } from '../../testing/factories';
import type { Actor } from '../../http/actor';
import type { ProgrammeRole } from '../../../shared/contracts/users';
import { programmeLineages } from './programmes.repo';
import { visibleLineage, visibleProgrammes } from './programmes.access';

/**
 * The one answer to "which programmes may this actor see", against a real tree: a published
 * initiative with an unpublished sub-programme and, under that, a published one; and an
 * unpublished programme elsewhere.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const ids: Record<'initiative' | 'hidden' | 'grandchild' | 'elsewhere', string> = { initiative: '', hidden: '', grandchild: '', elsewhere: '' };

function actorWith(roles: [string, ProgrammeRole][] = [], isPlatformAdmin = false): Actor {
  return {
    requestId: 'test',
    user: { id: randomUUID(), name: 'Test', email: 'test@example.org', organisationId: null, isPlatformAdmin, roles: new Map(roles) },
  };
}
const anonymous: Actor = { requestId: 'test', user: null };
const names = (m: Map<string, unknown>) =>
  Object.entries(ids)
    .filter(([, id]) => m.has(id))
    .map(([name]) => name)
    .sort();

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUrl'));
  const initiative = await buildProgramme(database.db, { isPublished: true });
  const hidden = await buildProgramme(database.db, { parentId: initiative.id, isPublished: false });
  const grandchild = await buildProgramme(database.db, { parentId: hidden.id, isPublished: true });
  const elsewhere = await buildProgramme(database.db, { isPublished: false });
  Object.assign(ids, { initiative: initiative.id, hidden: hidden.id, grandchild: grandchild.id, elsewhere: elsewhere.id });
});

afterAll(() => database.drop());

describe('programmeLineages', () => {
  it('gives every programme its lineage, nearest first, with whether each is published', async () => {
    const all = await programmeLineages(database.db);
    expect(all.get(ids.grandchild)).toEqual([
      { id: ids.grandchild, isPublished: true },
      { id: ids.hidden, isPublished: false },
      { id: ids.initiative, isPublished: true },
    ]);
    expect(all.get(ids.elsewhere)).toEqual([{ id: ids.elsewhere, isPublished: false }]);
  });

  it('reads only the programmes asked for, and leaves out those that do not exist', async () => {
    const some = await programmeLineages(database.db, [ids.hidden, randomUUID()]);
    expect([...some.keys()]).toEqual([ids.hidden]);
    expect((await programmeLineages(database.db, [])).size).toBe(0);
  });
});

describe('visibleProgrammes', () => {
  it('shows anonymous visitors the published programmes only, whatever is above them', async () => {
    expect(names(await visibleProgrammes(database.db, anonymous))).toEqual(['grandchild', 'initiative']);
  });

  it('adds the unpublished programmes the actor works in or above', async () => {
    expect(names(await visibleProgrammes(database.db, actorWith([[ids.initiative, 'viewer']])))).toEqual(['grandchild', 'hidden', 'initiative']);
    expect(names(await visibleProgrammes(database.db, actorWith([[ids.grandchild, 'secretariat']])))).toEqual(['grandchild', 'initiative']);
    expect(names(await visibleProgrammes(database.db, actorWith([[ids.elsewhere, 'contributor']])))).toEqual(['elsewhere', 'grandchild', 'initiative']);
  });

  it('shows platform administrators everything', async () => {
    expect(names(await visibleProgrammes(database.db, actorWith([], true)))).toEqual(['elsewhere', 'grandchild', 'hidden', 'initiative']);
  });

  it('answers for the programmes asked for only', async () => {
    const admin = actorWith([], true);
    expect(names(await visibleProgrammes(database.db, admin, [ids.hidden, ids.elsewhere]))).toEqual(['elsewhere', 'hidden']);
  });
});

describe('visibleLineage', () => {
  it('gives the lineage of a programme the actor may see', async () => {
    const lineage = await visibleLineage(database.db, anonymous, ids.grandchild);
    expect(lineage.map((l) => l.id)).toEqual([ids.grandchild, ids.hidden, ids.initiative]);
  });

  it('answers NOT_FOUND, named as asked, for a hidden programme and for one that does not exist', async () => {
    await expect(visibleLineage(database.db, anonymous, ids.hidden, 'The goal')).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('The goal') });
    await expect(visibleLineage(database.db, actorWith([], true), randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
