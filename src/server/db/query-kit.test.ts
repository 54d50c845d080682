import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { eq, ilike, inArray, sql } from 'drizzle-orm';
import { createTestDatabase } from '../testing/test-db';
import { buildOrganisation } from '../testing/factories';
import { organisations } from '../features/organisations/organisations.table';
import { ancestorIds, containsPattern, countRows, descendantIds, fetchPage, MAX_TREE_DEPTH, norwegianOrder, treeWalk } from './query-kit';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const tree = () => ({ table: organisations, id: organisations.id, parentId: organisations.parentId });

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUrl'));
});
afterAll(() => database.drop());

describe('containsPattern', () => {
  it('takes the wildcards and the escape character in the text literally', async () => {
    const { db } = database;
    const tag = `lit${Date.now()}`;
    for (const name of [`${tag} 100% sikker`, `${tag} 100 sikker`, `${tag} a_b`, `${tag} axb`, `${tag} c\\d`, `${tag} cd`]) await buildOrganisation(db, { name });
    const find = async (text: string) =>
      (await db.select({ name: organisations.name }).from(organisations).where(ilike(organisations.name, containsPattern(`${tag} ${text}`)))).map((r) => r.name);
    expect(await find('100%')).toEqual([`${tag} 100% sikker`]);
    expect(await find('a_b')).toEqual([`${tag} a_b`]);
    expect(await find('c\\d')).toEqual([`${tag} c\\d`]);
    expect(containsPattern('Ås')).toBe('%Ås%');
  });
});

describe('norwegianOrder', () => {
  it('puts Æ, Ø and Å after Z, in that order', async () => {
    const { db } = database;
    const tag = `ord${Date.now()}`;
    const names = ['Å', 'Ø', 'Z', 'Æ', 'A', 'O'].map((l) => `${tag} ${l}`);
    for (const name of names) await buildOrganisation(db, { name });
    const rows = await db
      .select({ name: organisations.name })
      .from(organisations)
      .where(ilike(organisations.name, `${tag}%`))
      .orderBy(norwegianOrder(organisations.name));
    expect(rows.map((r) => r.name.slice(tag.length + 1))).toEqual(['A', 'O', 'Z', 'Æ', 'Ø', 'Å']);
  });
});

describe('fetchPage', () => {
  it('answers one page of rows with the count of all that match', async () => {
    const { db } = database;
    const tag = `page${Date.now()}`;
    for (let i = 0; i < 5; i++) await buildOrganisation(db, { name: `${tag} ${i}` });
    const cond = ilike(organisations.name, `${tag}%`);
    const page = await fetchPage(
      db.select({ name: organisations.name }).from(organisations).where(cond).orderBy(organisations.name).limit(2).offset(2),
      countRows(db, organisations, cond),
      (r) => r.name.slice(-1),
    );
    expect(page).toEqual({ items: ['2', '3'], total: 5 });
  });
});

describe('tree walks', () => {
  it('walks up to the root, nearest first, and down to every descendant', async () => {
    const { db } = database;
    const root = await buildOrganisation(db);
    const child = await buildOrganisation(db, { parentId: root.id });
    const grandchild = await buildOrganisation(db, { parentId: child.id });
    const sibling = await buildOrganisation(db, { parentId: root.id });
    expect(await ancestorIds(db, tree(), grandchild.id)).toEqual([grandchild.id, child.id, root.id]);
    expect(await ancestorIds(db, tree(), root.id)).toEqual([root.id]);
    expect((await descendantIds(db, tree(), root.id)).sort()).toEqual([root.id, child.id, grandchild.id, sibling.id].sort());
    expect(await descendantIds(db, tree(), grandchild.id)).toEqual([grandchild.id]);
    expect(await ancestorIds(db, tree(), '00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('walks from several starts at once and says where each walk began', async () => {
    const { db } = database;
    const root = await buildOrganisation(db);
    const a = await buildOrganisation(db, { parentId: root.id });
    const b = await buildOrganisation(db, { parentId: root.id });
    const res = await db.execute<{ start: string; id: string; depth: number }>(
      sql`select start, id, depth from (${treeWalk(tree(), 'up', inArray(organisations.id, [a.id, b.id]))}) w order by start, depth`,
    );
    const byStart = new Map<string, string[]>();
    for (const r of res.rows) byStart.set(r.start, [...(byStart.get(r.start) ?? []), r.id]);
    expect(byStart).toEqual(new Map([[a.id, [a.id, root.id]], [b.id, [b.id, root.id]]]));
  });

  it('stops on a damaged tree that loops', async () => {
    const { db } = database;
    const one = await buildOrganisation(db);
    const two = await buildOrganisation(db, { parentId: one.id });
    await db.update(organisations).set({ parentId: two.id }).where(eq(organisations.id, one.id));
    const up = await ancestorIds(db, tree(), one.id);
    expect(up).toHaveLength(MAX_TREE_DEPTH + 1);
    expect(new Set(up)).toEqual(new Set([one.id, two.id]));
  });
});
