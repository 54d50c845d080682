import { count, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';
import type { Page } from '../../shared/contracts/common';

/**
 * The small query pieces every feature needs, written once: a search pattern that takes the
 * user's text literally, Norwegian alphabetical order, a page of rows with the total, and a walk
 * up or down a tree held as parent links.
 */

/** `%text%` for ILIKE, with `%`, `_` and `\` in the user's text matched as themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/** Norwegian alphabetical order (æ, ø, å after z; aa as å), from the ICU collation. */
export function norwegianOrder(column: PgColumn | SQL): SQL {
  return sql`${column} collate "nb-NO-x-icu"`;
}

/** Norwegian order of a localized name (JSON with nb, nn, en) by its bokmål text. */
export function norwegianNameOrder(column: PgColumn): SQL {
  return sql`${column}->>'nb' collate "nb-NO-x-icu"`;
}

/** A uuid[] parameter: one bound value, not one per element. */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${sql.param([...ids])}::uuid[]`;
}

/** A text[] parameter: one bound value however many, for `= any(...)`. */
export function textArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::text[]`;
}

/**
 * A table's name, quoted, for the few statements kept as text (a named prepared statement, COPY
 * and the bulk merge of an import): the name comes from the table's definition, not a copy of it.
 */
export function tableName(table: PgTable): string {
  return `"${getTableName(table)}"`;
}

/** `select count(*) from table where cond`, for the total of a page. */
export function countRows(db: DbOrTx, table: PgTable, where: SQL | undefined) {
  return db.select({ n: count() }).from(table).where(where);
}

/**
 * One page of a list: the rows of the page and the count of all rows that match, run side by
 * side. `map` turns a row into the contract's item.
 */
export function fetchPage<Row>(rows: PromiseLike<Row[]>, counted: PromiseLike<{ n: number }[]>): Promise<Page<Row>>;
export function fetchPage<Row, Item>(rows: PromiseLike<Row[]>, counted: PromiseLike<{ n: number }[]>, map: (row: Row) => Item): Promise<Page<Item>>;
export async function fetchPage(rows: PromiseLike<unknown[]>, counted: PromiseLike<{ n: number }[]>, map?: (row: unknown) => unknown): Promise<Page<unknown>> {
  const [items, [total]] = await Promise.all([rows, counted]);
  return { items: map ? items.map(map) : items, total: total?.n ?? 0 };
}

/** A table that holds a tree as a parent link on each row. */
export interface TreeTable {
  table: PgTable;
  id: PgColumn;
  parentId: PgColumn;
}

/** How deep a walk goes before it stops: a damaged tree (a cycle) cannot make it loop. */
export const MAX_TREE_DEPTH = 50;

/**
 * A query for the rows reached from the rows matching `start` by following parent links `up`
 * (the row, its parent, the parent's parent …) or `down` (the row, its children …). Answers
 * `start` (the id the walk began at), `id` and `depth` (0 for the start). Run it with
 * `db.execute`, or use it as a sub-query: `id in (select id from (${walk}) w)`.
 */
export function treeWalk(tree: TreeTable, direction: 'up' | 'down', start: SQL): SQL {
  const { table, id, parentId } = tree;
  const step = direction === 'up' ? sql`${id} = walk.parent_id` : sql`${parentId} = walk.id`;
  return sql`
    with recursive walk(start, id, parent_id, depth) as (
      select ${id}, ${id}, ${parentId}, 0 from ${table} where ${start}
      union all
      select walk.start, ${id}, ${parentId}, walk.depth + 1 from ${table} join walk on ${step}
      where walk.depth < ${MAX_TREE_DEPTH}
    )
    select start, id, depth from walk`;
}

/** The row and every row above it, nearest first; empty when the row does not exist. */
export async function ancestorIds(db: DbOrTx, tree: TreeTable, id: string): Promise<string[]> {
  const res = await db.execute<{ id: string }>(sql`select id from (${treeWalk(tree, 'up', sql`${tree.id} = ${id}`)}) w order by depth`);
  return res.rows.map((r) => r.id);
}

/** The row and every row below it; empty when the row does not exist. */
export async function descendantIds(db: DbOrTx, tree: TreeTable, id: string): Promise<string[]> {
  const res = await db.execute<{ id: string }>(sql`select id from (${treeWalk(tree, 'down', sql`${tree.id} = ${id}`)}) w order by depth`);
  return res.rows.map((r) => r.id);
}
