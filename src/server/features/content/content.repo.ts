import { and, asc, count, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import { contentImages, contentItems, contentRevisions, type ContentItemRow } from './content.table';
import type { ContentKind } from '../../../shared/domain/content';

export const contentRows = rowWrites(contentItems);
export const imageRows = rowWrites(contentImages);

export type ItemWithNames = ContentItemRow & { programmeSlug: string; updatedByName: string | null };

const withNames = (db: DbOrTx) =>
  db
    .select({ c: contentItems, programmeSlug: programmes.slug, updatedByName: users.name })
    .from(contentItems)
    .innerJoin(programmes, eq(programmes.id, contentItems.programmeId))
    .leftJoin(users, eq(users.id, contentItems.updatedBy));

const flat = (r: { c: ContentItemRow; programmeSlug: string; updatedByName: string | null }): ItemWithNames => ({ ...r.c, programmeSlug: r.programmeSlug, updatedByName: r.updatedByName });

export const itemWithNames = (db: DbOrTx, id: string) =>
  withNames(db)
    .where(eq(contentItems.id, id))
    .then((r) => (r[0] ? flat(r[0]) : undefined));

/** Every page and news item of the programme, drafts too: pages by address, news newest first. */
export const itemsOfProgramme = (db: DbOrTx, programmeId: string) =>
  db
    .select()
    .from(contentItems)
    .where(eq(contentItems.programmeId, programmeId))
    .orderBy(asc(contentItems.kind), desc(contentItems.publishedDate), asc(contentItems.slug), desc(contentItems.updatedAt));

const isPublic = (programmeId: string, kind: ContentKind) => and(eq(contentItems.programmeId, programmeId), eq(contentItems.kind, kind), isNotNull(contentItems.published));

/** What the public reads of one kind: news by its date, newest first; pages by address. */
export async function publishedPage(db: DbOrTx, programmeId: string, kind: ContentKind, limit: number, offset: number) {
  const order = kind === 'news' ? [desc(contentItems.publishedDate), desc(contentItems.firstPublishedAt)] : [asc(contentItems.slug)];
  const [items, [total]] = [
    await withNames(db)
      .where(isPublic(programmeId, kind))
      .orderBy(...order)
      .limit(limit)
      .offset(offset)
      .then((r) => r.map(flat)),
    await db.select({ n: count() }).from(contentItems).where(isPublic(programmeId, kind)),
  ];
  return { items, total: total?.n ?? 0 };
}

export const publishedPageBySlug = (db: DbOrTx, programmeId: string, slug: string) =>
  withNames(db)
    .where(and(isPublic(programmeId, 'page'), eq(contentItems.slug, slug)))
    .then((r) => (r[0] ? flat(r[0]) : undefined));

export async function slugTaken(db: DbOrTx, programmeId: string, slug: string, exceptId?: string): Promise<boolean> {
  const found = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(and(eq(contentItems.programmeId, programmeId), eq(contentItems.kind, 'page'), eq(contentItems.slug, slug), exceptId ? ne(contentItems.id, exceptId) : undefined));
  return found.length > 0;
}

export const insertRevision = (tx: DbOrTx, values: typeof contentRevisions.$inferInsert) => tx.insert(contentRevisions).values(values);

export const markRevisionPublished = (tx: DbOrTx, contentId: string, revision: number) =>
  tx
    .update(contentRevisions)
    .set({ wasPublished: true })
    .where(and(eq(contentRevisions.contentId, contentId), eq(contentRevisions.revision, revision)));

export const revisionsOf = (db: DbOrTx, contentId: string) =>
  db
    .select({ r: contentRevisions, savedByName: users.name })
    .from(contentRevisions)
    .leftJoin(users, eq(users.id, contentRevisions.savedBy))
    .where(eq(contentRevisions.contentId, contentId))
    .orderBy(desc(contentRevisions.revision));

export const revisionOf = (db: DbOrTx, contentId: string, revision: number) =>
  db
    .select({ r: contentRevisions, savedByName: users.name })
    .from(contentRevisions)
    .leftJoin(users, eq(users.id, contentRevisions.savedBy))
    .where(and(eq(contentRevisions.contentId, contentId), eq(contentRevisions.revision, revision)))
    .then((r) => r[0]);

/** Which of these images the programme holds. */
export async function imagesOfProgramme(db: DbOrTx, programmeId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await db
    .select({ id: contentImages.id })
    .from(contentImages)
    .where(and(eq(contentImages.programmeId, programmeId), inArray(contentImages.id, [...ids])));
  return new Set(found.map((r) => r.id));
}

export const findImage = (db: DbOrTx, id: string) =>
  db
    .select()
    .from(contentImages)
    .where(eq(contentImages.id, id))
    .then((r) => r[0]);

/** Whether a published page or news item of the image's programme shows it. */
export async function isImagePublished(db: DbOrTx, programmeId: string, imageId: string): Promise<boolean> {
  const probe = JSON.stringify({ blocks: [{ imageId }] });
  const found = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(and(eq(contentItems.programmeId, programmeId), sql`${contentItems.published} @> ${probe}::jsonb`))
    .limit(1);
  return found.length > 0;
}
