import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can, requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { inProgramme, visibleLineage } from '../programmes/programmes.access';
import * as repo from './content.repo';
import type { ContentItemRow } from './content.table';
import type { ContentCreate, ContentDraft, ContentItem, ContentRevisionDetail, ContentRevisionList, ContentSave, ContentSummaryList } from '../../../shared/contracts/content';
import { contentState, type ContentKind } from '../../../shared/domain/content';

const NOT_FOUND = 'The page or news item';

export function toItem(row: repo.ItemWithNames): ContentItem {
  return {
    id: row.id,
    programmeId: row.programmeId,
    programmeSlug: row.programmeSlug,
    kind: row.kind,
    slug: row.slug,
    draft: row.draft,
    published: row.published,
    state: contentState(row.published !== null, row.revision, row.publishedRevision),
    revision: row.revision,
    publishedRevision: row.publishedRevision,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedByName,
  };
}

/** The programme's pages and news, drafts too: for those who work in the programme. */
export async function listContent(db: Db, actor: Actor, programmeId: string): Promise<ContentSummaryList> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'programme.readInternal', inProgramme(lineage));
  const rows = await repo.itemsOfProgramme(db, programmeId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      slug: r.slug,
      title: r.draft.title,
      date: r.draft.date ?? null,
      state: contentState(r.published !== null, r.revision, r.publishedRevision),
      publishedAt: r.publishedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    })),
    canManage: can(actor, 'content.manage', inProgramme(lineage)),
  };
}

/**
 * Checks what the contract cannot: a page has an address no other page of the programme has, a
 * news item a date, the blocks distinct keys, and every image is the programme's own.
 */
async function checkDraft(db: DbOrTx, programmeId: string, kind: ContentKind, slug: string | null | undefined, draft: ContentDraft, exceptId?: string) {
  if (kind === 'page') {
    if (!slug) throw invalidField('slug', 'required', 'A page needs an address');
    if (await repo.slugTaken(db, programmeId, slug, exceptId)) throw invalidField('slug', 'slugTaken', `Another page of the programme has the address "${slug}"`);
  } else if (!draft.date) throw invalidField('draft.date', 'required', 'A news item needs its date');
  const seen = new Set<string>();
  draft.blocks.forEach((block, i) => {
    if (seen.has(block.key)) throw invalidField(`draft.blocks.${i}.key`, 'duplicate', `Two blocks have the key "${block.key}"`);
    seen.add(block.key);
  });
  const images = draft.blocks.flatMap((b, i) => (b.kind === 'image' ? [{ i, id: b.imageId }] : []));
  const held = await repo.imagesOfProgramme(db, programmeId, images.map((x) => x.id));
  const missing = images.find((x) => !held.has(x.id));
  if (missing) throw invalidField(`draft.blocks.${missing.i}.imageId`, 'notFound', 'The image is not among the programme’s images');
}

async function managed(db: Db, actor: Actor, programmeId: string) {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'content.manage', inProgramme(lineage));
  return lineage;
}

/** The item for those who work in its programme; NOT_FOUND for everyone else. */
async function scoped(db: Db, actor: Actor, id: string, need: 'read' | 'write') {
  const row = await repo.itemWithNames(db, id);
  if (!row) throw notFound(NOT_FOUND);
  const lineage = await visibleLineage(db, actor, row.programmeId, NOT_FOUND);
  if (need === 'write') authorize(actor, 'content.manage', inProgramme(lineage));
  else if (!can(actor, 'programme.readInternal', inProgramme(lineage))) throw notFound(NOT_FOUND);
  return row;
}

/** Writes a new page or news item as a draft; nothing is public until it is published. */
export async function createContent(db: Db, actor: Actor, programmeId: string, input: ContentCreate): Promise<ContentItem> {
  const user = requireUser(actor);
  await managed(db, actor, programmeId);
  const slug = input.kind === 'page' ? (input.slug ?? null) : null;
  await checkDraft(db, programmeId, input.kind, slug, input.draft);
  const id = await db.transaction(async (tx) => {
    const created = await repo.contentRows.insert(tx, { programmeId, kind: input.kind, slug, draft: input.draft, publishedDate: input.draft.date ?? null, updatedBy: user.id });
    await repo.insertRevision(tx, { contentId: created.id, revision: 1, draft: input.draft, savedBy: user.id });
    await recordAudit(tx, actor, { action: 'create', entityType: 'content_item', entityId: created.id, programmeId, after: created });
    return created.id;
  });
  return toItem((await repo.itemWithNames(db, id))!);
}

export async function getContent(db: Db, actor: Actor, id: string): Promise<ContentItem> {
  return toItem(await scoped(db, actor, id, 'read'));
}

/**
 * Changes the item under a lock, when it is still the revision the editor read (STATE_CHANGED
 * otherwise: someone else saved in between), and audits the change.
 */
async function change(db: Db, actor: Actor, id: string, revision: number, apply: (tx: DbOrTx, before: ContentItemRow) => Promise<Partial<ContentItemRow>>): Promise<ContentItem> {
  const head = await scoped(db, actor, id, 'write');
  await db.transaction(async (tx) => {
    const before = await repo.contentRows.lock(tx, id);
    if (!before) throw notFound(NOT_FOUND);
    if (before.revision !== revision) throw new AppError('STATE_CHANGED', 'The page has been saved by someone else since it was read');
    const values = await apply(tx, before);
    const after = await repo.contentRows.update(tx, id, { ...values, updatedBy: actor.user?.id ?? null, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'content_item', entityId: id, programmeId: head.programmeId, before, after });
  });
  return toItem((await repo.itemWithNames(db, id))!);
}

/** Saves the draft as a new revision; what the public reads stays as published. */
export function saveContent(db: Db, actor: Actor, id: string, input: ContentSave): Promise<ContentItem> {
  const user = requireUser(actor);
  return change(db, actor, id, input.revision, async (tx, before) => {
    const slug = before.kind === 'page' ? (input.slug ?? before.slug) : null;
    await checkDraft(tx, before.programmeId, before.kind, slug, input.draft, id);
    const revision = before.revision + 1;
    await repo.insertRevision(tx, { contentId: id, revision, draft: input.draft, savedBy: user.id });
    return { draft: input.draft, slug, revision };
  });
}

/** Publishes the draft as it stands: from now the public reads this revision. */
export function publishContent(db: Db, actor: Actor, id: string, revision: number): Promise<ContentItem> {
  return change(db, actor, id, revision, async (tx, before) => {
    const now = new Date();
    await repo.markRevisionPublished(tx, id, before.revision);
    return { published: before.draft, publishedRevision: before.revision, publishedAt: now, firstPublishedAt: before.firstPublishedAt ?? now, publishedDate: before.draft.date ?? null };
  });
}

/** Takes the item off the public site; the draft and its history stay. */
export function unpublishContent(db: Db, actor: Actor, id: string, revision: number): Promise<ContentItem> {
  return change(db, actor, id, revision, async (_tx, before) => {
    if (!before.published) throw new AppError('STATE_CHANGED', 'The page is not published');
    return { published: null, publishedRevision: null, publishedAt: null };
  });
}

/** Brings an earlier revision back as the draft (a new revision; nothing is lost). */
export function restoreContent(db: Db, actor: Actor, id: string, revision: number, from: number): Promise<ContentItem> {
  const user = requireUser(actor);
  return change(db, actor, id, revision, async (tx, before) => {
    const earlier = await repo.revisionOf(tx, id, from);
    if (!earlier) throw invalidField('from', 'notFound', `The page has no revision ${from}`);
    await checkDraft(tx, before.programmeId, before.kind, before.slug, earlier.r.draft, id);
    const next = before.revision + 1;
    await repo.insertRevision(tx, { contentId: id, revision: next, draft: earlier.r.draft, savedBy: user.id });
    return { draft: earlier.r.draft, revision: next };
  });
}

export async function removeContent(db: Db, actor: Actor, id: string): Promise<void> {
  const head = await scoped(db, actor, id, 'write');
  await db.transaction(async (tx) => {
    const before = await repo.contentRows.remove(tx, id);
    if (!before) throw notFound(NOT_FOUND);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'content_item', entityId: id, programmeId: head.programmeId, before });
  });
}

export async function listRevisions(db: Db, actor: Actor, id: string): Promise<ContentRevisionList> {
  await scoped(db, actor, id, 'read');
  const rows = await repo.revisionsOf(db, id);
  return { items: rows.map(({ r, savedByName }) => ({ revision: r.revision, savedAt: r.savedAt.toISOString(), savedBy: savedByName, title: r.draft.title, wasPublished: r.wasPublished })) };
}

export async function getRevision(db: Db, actor: Actor, id: string, revision: number): Promise<ContentRevisionDetail> {
  await scoped(db, actor, id, 'read');
  const found = await repo.revisionOf(db, id, revision);
  if (!found) throw notFound('The revision');
  const { r, savedByName } = found;
  return { revision: r.revision, savedAt: r.savedAt.toISOString(), savedBy: savedByName, title: r.draft.title, wasPublished: r.wasPublished, draft: r.draft };
}
