import type pg from 'pg';

/**
 * What a backup covers, read from PostgreSQL's catalog rather than from a list kept by hand, so
 * that a table a later migration adds is backed up without anyone remembering to add it.
 *
 * The application's tables are the ordinary tables of the `public` schema. Left out on purpose:
 * `drizzle` (the migrations applied: recorded in the backup's header, re-created by restore's
 * migration) and `pgboss` (the job queue: see README, "Backup and restore").
 */
export const APP_SCHEMA = 'public';

export interface CatalogTable {
  name: string;
  /** Columns COPY reads and writes, in table order; generated columns are left out (PostgreSQL recomputes them). */
  columns: { name: string; type: string }[];
}

export interface ForeignKey {
  table: string;
  references: string;
  isDeferrable: boolean;
}

export interface Catalog {
  tables: CatalogTable[];
  foreignKeys: ForeignKey[];
  sequences: string[];
}

/** A name quoted for SQL, schema included: `"public"."areas"`. */
export const qualified = (name: string): string => `${quoteIdent(APP_SCHEMA)}.${quoteIdent(name)}`;

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The COPY statement of one table, the same for backup (`TO STDOUT`) and restore (`FROM STDIN`). */
export function copyStatement(table: Pick<CatalogTable, 'name' | 'columns'>, direction: 'TO STDOUT' | 'FROM STDIN'): string {
  return `COPY ${qualified(table.name)} (${table.columns.map((c) => quoteIdent(c.name)).join(', ')}) ${direction}`;
}

export async function readCatalog(client: pg.ClientBase): Promise<Catalog> {
  const tables = await client.query<{ name: string; columns: { name: string; type: string }[] | null }>(
    `select c.relname as name,
            (select json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod)) order by a.attnum)
               from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind = 'r'
      order by c.relname collate "C"`,
    [APP_SCHEMA],
  );
  const foreignKeys = await client.query<ForeignKey>(
    `select child.relname as "table", parent.relname as "references", con.condeferrable as "isDeferrable"
       from pg_constraint con
       join pg_class child on child.oid = con.conrelid
       join pg_class parent on parent.oid = con.confrelid
       join pg_namespace n on n.oid = child.relnamespace
      where con.contype = 'f' and n.nspname = $1
      order by 1, 2`,
    [APP_SCHEMA],
  );
  const sequences = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind = 'S' order by c.relname collate "C"`,
    [APP_SCHEMA],
  );
  return {
    tables: tables.rows.map((t) => ({ name: t.name, columns: t.columns ?? [] })),
    foreignKeys: foreignKeys.rows,
    sequences: sequences.rows.map((s) => s.name),
  };
}

/**
 * The tables in an order that loads every referenced table before the tables that reference it
 * (a table referencing itself loads in one COPY: its checks run at the end of the statement).
 * Among tables free to go, alphabetical, so the order is stable. Foreign keys that form a cycle
 * can only be loaded if they are deferrable; otherwise this throws, naming the tables.
 */
export function loadOrder(tables: readonly string[], foreignKeys: readonly ForeignKey[]): string[] {
  const known = new Set(tables);
  const needs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const fk of foreignKeys) {
    if (fk.table === fk.references || fk.isDeferrable || !known.has(fk.table) || !known.has(fk.references)) continue;
    needs.get(fk.table)!.add(fk.references);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  const waiting = [...tables].sort();
  while (waiting.length > 0) {
    const next = waiting.findIndex((t) => [...needs.get(t)!].every((p) => placed.has(p)));
    if (next < 0) throw new Error(`The foreign keys of these tables form a cycle, so no load order satisfies them: ${waiting.join(', ')}`);
    const [table] = waiting.splice(next, 1);
    order.push(table!);
    placed.add(table!);
  }
  return order;
}

/** Foreign keys that the given load order breaks (a table loaded before one it references). */
export function orderViolations(order: readonly string[], foreignKeys: readonly ForeignKey[]): ForeignKey[] {
  const position = new Map(order.map((t, i) => [t, i]));
  return foreignKeys.filter((fk) => {
    if (fk.table === fk.references || fk.isDeferrable) return false;
    const child = position.get(fk.table);
    const parent = position.get(fk.references);
    return child !== undefined && parent !== undefined && parent > child;
  });
}

/**
 * What restore sets aside while it loads and puts back after: foreign keys, then the primary
 * key, unique and exclusion constraints and the other indexes, each with the statement that
 * re-creates it as it was (name, columns, options).
 */
export interface SetAside {
  /** Re-created in this order, dropped in the reverse. */
  items: { drop: string; create: string }[];
}

export async function setAsideDefinitions(client: pg.ClientBase): Promise<SetAside> {
  const { rows: constraints } = await client.query<{ table: string; name: string; definition: string; kind: string }>(
    `select child.relname as "table", con.conname as name, pg_get_constraintdef(con.oid) as definition, con.contype as kind
       from pg_constraint con
       join pg_class child on child.oid = con.conrelid
       join pg_namespace n on n.oid = child.relnamespace
      where con.contype in ('f', 'p', 'u', 'x') and n.nspname = $1
      order by 1, 2`,
    [APP_SCHEMA],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `select ic.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       join pg_class ic on ic.oid = i.indexrelid
       join pg_class t on t.oid = i.indrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = $1 and t.relkind = 'r' and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by 1`,
    [APP_SCHEMA],
  );
  const constraint = (c: (typeof constraints)[number]) => ({
    drop: `alter table ${qualified(c.table)} drop constraint ${quoteIdent(c.name)}`,
    create: `alter table ${qualified(c.table)} add constraint ${quoteIdent(c.name)} ${c.definition}`,
  });
  return {
    items: [
      ...constraints.filter((c) => c.kind !== 'f').map(constraint),
      ...indexes.map((i) => ({ drop: `drop index ${qualified(i.name)}`, create: i.definition })),
      // Foreign keys last: they need the keys they reference.
      ...constraints.filter((c) => c.kind === 'f').map(constraint),
    ],
  };
}

/** The application tables that hold at least one row. */
export async function nonEmptyTables(client: pg.ClientBase, tables: readonly string[]): Promise<string[]> {
  if (tables.length === 0) return [];
  const checks = tables.map((t, i) => `select ${i} as i where exists (select 1 from ${qualified(t)})`).join(' union all ');
  const { rows } = await client.query<{ i: number }>(checks);
  return rows.map((r) => tables[r.i]!).sort();
}
