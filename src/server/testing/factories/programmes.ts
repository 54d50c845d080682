import type { Db } from '../../db/client';
import { programmes } from '../../features/programmes/programmes.table';
import { unique } from './unique';

export async function buildProgramme(db: Db, o: Partial<typeof programmes.$inferInsert> = {}) {
  const slug = `program-${unique()}`;
  const [row] = await db
    .insert(programmes)
    .values({ slug, kind: 'programme', name: { nb: `Program ${slug}` }, ...o })
    .returning();
  return row!;
}
