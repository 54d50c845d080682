import type { Db } from '../../db/client';
import { areas } from '../../features/areas/areas.table';

let seq = 0;

/** An area; by default a school with a unique 9-digit code. */
export async function buildArea(db: Db, o: Partial<typeof areas.$inferInsert> = {}) {
  const code = o.code ?? String(100_000_000 + ((Date.now() * 1000 + seq++) % 899_999_999)).slice(0, 9);
  const [row] = await db.insert(areas).values({ kind: 'school', name: `Område ${code}`, ...o, code }).returning();
  return row!;
}
