import type { Db } from '../../db/client';
import { projects } from '../../features/portfolio/projects.table';
import { unique } from './unique';

export async function buildProject(db: Db, o: Partial<typeof projects.$inferInsert> & { programmeId: string; ownerOrganisationId: string }) {
  const [row] = await db.insert(projects).values({ title: { nb: `Prosjekt ${unique()}` }, fundingProgramme: 'own_budget', ...o }).returning();
  return row!;
}
