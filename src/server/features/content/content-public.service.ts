import type { Readable } from 'node:stream';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { invalidField, notFound } from '../../http/errors';
import { authorize, can, requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import type { FileStore } from '../../files/file-store';
import { contentTypeOf, sniffHead } from '../../files/file-type';
import { firstBytes, withUploadedFile } from '../../files/upload-parts';
import { rssFeed } from '../../feeds/rss';
import { serverTranslator } from '../../i18n/translator';
import { findProgrammeById } from '../programmes/programmes.repo';
import { inProgramme, visibleLineage } from '../programmes/programmes.access';
import * as repo from './content.repo';
import type { ContentImage, PublicContent, PublicContentList } from '../../../shared/contracts/content';
import { plainText, type ContentKind } from '../../../shared/domain/content';
import { localePath } from '../../../shared/domain/site-paths';
import { pickText, type Locale } from '../../../shared/domain/localized';

const NOT_FOUND = 'The page or news item';

function toPublic(row: repo.ItemWithNames): PublicContent {
  const published = row.published!;
  return {
    ...published,
    date: published.date ?? null,
    id: row.id,
    programmeId: row.programmeId,
    programmeSlug: row.programmeSlug,
    kind: row.kind,
    slug: row.slug,
    publishedAt: row.publishedAt!.toISOString(),
    firstPublishedAt: (row.firstPublishedAt ?? row.publishedAt!).toISOString(),
  };
}

/** The published pages or news of a programme anyone may read. */
export async function listPublished(db: Db, actor: Actor, programmeId: string, kind: ContentKind, limit: number, offset: number): Promise<PublicContentList> {
  await visibleLineage(db, actor, programmeId);
  const { items, total } = await repo.publishedPage(db, programmeId, kind, limit, offset);
  return {
    items: items.map((r) => {
      const p = r.published!;
      return { id: r.id, kind: r.kind, slug: r.slug, title: p.title, ...(p.lead ? { lead: p.lead } : {}), date: p.date ?? null, publishedAt: r.publishedAt!.toISOString() };
    }),
    total,
  };
}

export async function getPublishedPage(db: Db, actor: Actor, programmeId: string, slug: string): Promise<PublicContent> {
  await visibleLineage(db, actor, programmeId, NOT_FOUND);
  const row = await repo.publishedPageBySlug(db, programmeId, slug);
  if (!row) throw notFound(NOT_FOUND);
  return toPublic(row);
}

export async function getPublished(db: Db, actor: Actor, id: string): Promise<PublicContent> {
  const row = await repo.itemWithNames(db, id);
  if (!row?.published) throw notFound(NOT_FOUND);
  await visibleLineage(db, actor, row.programmeId, NOT_FOUND);
  return toPublic(row);
}

/** The public path of a page or news item in a language. */
export function publicPath(locale: Locale, programmeSlug: string, item: { kind: ContentKind; id: string; slug: string | null }): string {
  const inside = item.kind === 'page' ? `/program/${programmeSlug}/sider/${item.slug}` : `/program/${programmeSlug}/nyheter/${item.id}`;
  return localePath(locale, inside);
}

/** The programme's news as an RSS 2.0 feed: the 50 newest, each with its lead as the description. */
export async function newsFeed(db: Db, actor: Actor, programmeId: string, origin: string, locale: Locale): Promise<string> {
  await visibleLineage(db, actor, programmeId);
  const programme = (await findProgrammeById(db, programmeId))!;
  const { items } = await repo.publishedPage(db, programmeId, 'news', 50, 0);
  const { t } = serverTranslator(locale);
  const name = pickText(programme.name, locale).text;
  return rssFeed(
    {
      title: t('content.feed.title', { programme: name }),
      description: t('content.feed.description', { programme: name }),
      link: `${origin}${localePath(locale, `/program/${programme.slug}/nyheter`)}`,
      selfUrl: `${origin}/api/programmes/${programmeId}/news.rss${locale === 'nb' ? '' : `?lang=${locale}`}`,
      locale,
    },
    items.map((r) => {
      const p = r.published!;
      const lead = pickText(p.lead, locale).text;
      const body = p.blocks.flatMap((b) => (b.kind === 'text' ? [plainText(pickText(b.body, locale).text)] : [])).join('\n\n');
      return {
        title: pickText(p.title, locale).text,
        link: `${origin}${publicPath(locale, programme.slug, r)}`,
        guid: r.id,
        // The item's own date orders the feed; the time it was first published dates it.
        publishedAt: (r.firstPublishedAt ?? r.publishedAt!).toISOString(),
        description: lead || body.slice(0, 1000),
      };
    }),
  );
}

export const IMAGE_PURPOSE = 'content_image';
/** The largest image taken, in bytes. */
export const IMAGE_LIMIT = 10 * 1024 * 1024;

const IMAGE_KINDS = new Set(['png', 'jpeg', 'webp']);

/** What the image is, from its first bytes (the archive's rule): PNG, JPEG or WebP. Anything else is refused. */
export function sniffImage(head: Buffer): string | undefined {
  const kind = sniffHead(head);
  return kind && IMAGE_KINDS.has(kind) ? contentTypeOf(kind as 'png' | 'jpeg' | 'webp') : undefined;
}


export interface ImagePart {
  type: 'file' | 'field';
  fieldname: string;
  filename?: string;
  file?: Readable & { truncated?: boolean };
}

/** Takes an image for the programme's pages (multipart field `file`): type-sniffed, size-limited, audited. */
export async function uploadImage(db: Db, files: FileStore, actor: Actor, programmeId: string, parts: AsyncIterable<ImagePart>): Promise<ContentImage> {
  const user = requireUser(actor);
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'content.manage', inProgramme(lineage));
  const missing = () => invalidField('file', 'required', 'Send the image in the multipart field "file"');
  return withUploadedFile(files, parts, { purpose: IMAGE_PURPOSE, fallbackName: 'bilde', missing }, async (file, name) => {
    const contentType = sniffImage(await firstBytes(files, file.id));
    if (!contentType) throw invalidField('file', 'imageType', 'Upload a PNG, JPEG or WebP image');
    const row = await db.transaction(async (tx) => {
      const created = await repo.imageRows.insert(tx, { programmeId, fileId: file.id, name, contentType, size: file.size, createdBy: user.id });
      await recordAudit(tx, actor, { action: 'create', entityType: 'content_image', entityId: created.id, programmeId, after: created });
      return created;
    });
    return { id: row.id, contentType: row.contentType, size: row.size };
  });
}

/** An image: public once a published page shows it; before that only for those who work in the programme. */
export async function readImage(db: Db, files: FileStore, actor: Actor, id: string): Promise<{ contentType: string; size: number; stream: Readable }> {
  const image = await repo.findImage(db, id);
  if (!image) throw notFound('The image');
  const lineage = await visibleLineage(db, actor, image.programmeId, 'The image');
  if (!can(actor, 'programme.readInternal', inProgramme(lineage)) && !(await repo.isImagePublished(db, image.programmeId, id))) throw notFound('The image');
  return { contentType: image.contentType, size: image.size, stream: await files.read(image.fileId) };
}
