import { z } from './zod';
import { DateOnly, Email, Id, IdParams, LocalizedText, OkResponse, OptionalLocalizedText, Phone, Slug, Timestamp, WebUrl } from './common';
import { endpoint, link } from './endpoint';
import { CONTENT_KINDS, EMBED_LISTS } from '../domain/content';
import { LOCALES } from '../domain/localized';

export const ContentKind = z.enum(CONTENT_KINDS);

const BlockKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, { message: 'blockKey' })
  .describe('A key the editor gives the block, unique within the page');

/** Text of a text block: bokmål required, up to 20,000 characters in each language. */
const RichText = z.object({
  nb: z.string().trim().min(1, { message: 'required' }).max(20000),
  nn: z.string().trim().max(20000).nullish(),
  en: z.string().trim().max(20000).nullish(),
});
const ShortText = LocalizedText.extend({ nb: z.string().trim().min(1, { message: 'required' }).max(300) });

export const TextBlock = z.object({
  kind: z.literal('text'),
  key: BlockKey,
  body: RichText.describe('"## " and "### " start headings, "- " bullet items, "1. " numbered items; a blank line ends a paragraph'),
});
export const ImageBlock = z.object({
  kind: z.literal('image'),
  key: BlockKey,
  imageId: Id.describe('An image uploaded to the programme'),
  alt: ShortText.describe('What the image shows, for those who cannot see it (required)'),
  caption: OptionalLocalizedText.optional(),
});
export const LinksBlock = z.object({
  kind: z.literal('links'),
  key: BlockKey,
  title: OptionalLocalizedText.optional(),
  items: z.array(z.object({ label: ShortText, url: WebUrl })).min(1).max(50),
});
export const ContactCard = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  role: OptionalLocalizedText.optional(),
  organisation: z.string().trim().max(200).nullish(),
  email: Email.nullish(),
  phone: Phone.nullish(),
});
export const ContactsBlock = z.object({
  kind: z.literal('contacts'),
  key: BlockKey,
  title: OptionalLocalizedText.optional(),
  items: z.array(ContactCard).min(1).max(50),
});
export const EmbedBlock = z.object({
  kind: z.literal('embed'),
  key: BlockKey,
  list: z.enum(EMBED_LISTS).describe("A live list of the programme's own: read when the page is read"),
  title: OptionalLocalizedText.optional(),
  limit: z.number().int().min(1).max(50).default(5),
});
export const Block = z.discriminatedUnion('kind', [TextBlock, ImageBlock, LinksBlock, ContactsBlock, EmbedBlock]);
export type Block = z.infer<typeof Block>;
export type BlockInput = z.input<typeof Block>;

/** What an editor writes: the title, a lead, the date (news) and the blocks. */
export const ContentDraft = z.object({
  title: ShortText,
  lead: OptionalLocalizedText.optional(),
  date: DateOnly.nullish().describe("A news item's date (required for news)"),
  blocks: z.array(Block).max(100),
});
export type ContentDraft = z.infer<typeof ContentDraft>;
export type ContentDraftInput = z.input<typeof ContentDraft>;

export const ContentState = z.enum(['draft', 'published', 'changed']).describe('draft: never published; changed: published, with changes not yet published');

/** A page or news item as its editors see it: the draft they work on and what the public reads. */
export const ContentItem = z.object({
  id: Id,
  programmeId: Id,
  programmeSlug: z.string(),
  kind: ContentKind,
  slug: z.string().nullable().describe("A page's address within the programme"),
  draft: ContentDraft,
  published: ContentDraft.nullable(),
  state: ContentState,
  revision: z.number().int(),
  publishedRevision: z.number().int().nullable(),
  publishedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
  updatedBy: z.string().nullable(),
});
export type ContentItem = z.infer<typeof ContentItem>;

export const ContentSummary = z.object({
  id: Id,
  kind: ContentKind,
  slug: z.string().nullable(),
  title: LocalizedText,
  date: DateOnly.nullable(),
  state: ContentState,
  publishedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type ContentSummary = z.infer<typeof ContentSummary>;
export const ContentSummaryList = z.object({ items: z.array(ContentSummary), canManage: z.boolean() });
export type ContentSummaryList = z.infer<typeof ContentSummaryList>;

/** A page needs its address and a news item its date: checked with the rest, so every problem is named at once. */
export const ContentCreate = z.object({ kind: ContentKind, slug: Slug.nullish(), draft: ContentDraft }).superRefine((v, ctx) => {
  if (v.kind === 'page' && !v.slug) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'required' });
  if (v.kind === 'news' && !v.draft.date) ctx.addIssue({ code: 'custom', path: ['draft', 'date'], message: 'required' });
});
export type ContentCreate = z.infer<typeof ContentCreate>;
export type ContentCreateInput = z.input<typeof ContentCreate>;
export const ContentSave = z.object({ revision: z.number().int().min(1), slug: Slug.nullish(), draft: ContentDraft });
export type ContentSave = z.infer<typeof ContentSave>;
export type ContentSaveInput = z.input<typeof ContentSave>;
export const RevisionBody = z.object({ revision: z.number().int().min(1).describe('The revision the editor read') });
export const ContentRestore = RevisionBody.extend({ from: z.number().int().min(1).describe('The earlier revision to bring back into the draft') });

export const ContentRevision = z.object({
  revision: z.number().int(),
  savedAt: Timestamp,
  savedBy: z.string().nullable(),
  title: LocalizedText,
  wasPublished: z.boolean().describe('This revision was published at some time'),
});
export const ContentRevisionList = z.object({ items: z.array(ContentRevision) });
export type ContentRevisionList = z.infer<typeof ContentRevisionList>;
export const ContentRevisionDetail = ContentRevision.extend({ draft: ContentDraft });
export type ContentRevisionDetail = z.infer<typeof ContentRevisionDetail>;

/** A page or news item as the public reads it: what was published last. */
export const PublicContent = ContentDraft.extend({
  id: Id,
  programmeId: Id,
  programmeSlug: z.string(),
  kind: ContentKind,
  slug: z.string().nullable(),
  publishedAt: Timestamp,
  firstPublishedAt: Timestamp,
});
export type PublicContent = z.infer<typeof PublicContent>;

export const PublicContentSummary = z.object({
  id: Id,
  kind: ContentKind,
  slug: z.string().nullable(),
  title: LocalizedText,
  lead: OptionalLocalizedText.optional(),
  date: DateOnly.nullable(),
  publishedAt: Timestamp,
});
export type PublicContentSummary = z.infer<typeof PublicContentSummary>;
export const PublicContentList = z.object({ items: z.array(PublicContentSummary), total: z.number().int() });
export type PublicContentList = z.infer<typeof PublicContentList>;
export const PublicContentQuery = z.object({
  kind: ContentKind.default('news'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});

export const ContentImage = z.object({ id: Id, contentType: z.string(), size: z.number().int() });
export type ContentImage = z.infer<typeof ContentImage>;

const PageParams = z.object({ id: Id, slug: z.string().max(80) });
const RevisionParams = z.object({ id: Id, revision: z.coerce.number().int().min(1) });
const Lang = z.object({ lang: z.enum(LOCALES).default('nb') });

export const contentApi = {
  publicList: endpoint({ method: 'GET', path: '/api/programmes/:id/content', params: IdParams, query: PublicContentQuery, response: PublicContentList }),
  publicPage: endpoint({ method: 'GET', path: '/api/programmes/:id/pages/:slug', params: PageParams, response: PublicContent }),
  publicItem: endpoint({ method: 'GET', path: '/api/published-content/:id', params: IdParams, response: PublicContent }),
  newsFeed: link({ path: '/api/programmes/:id/news.rss', params: IdParams, query: Lang }),
  list: endpoint({ method: 'GET', path: '/api/programmes/:id/content-items', params: IdParams, response: ContentSummaryList }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/content-items', params: IdParams, body: ContentCreate, response: ContentItem, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/content-items/:id', params: IdParams, response: ContentItem }),
  save: endpoint({ method: 'PUT', path: '/api/content-items/:id', params: IdParams, body: ContentSave, response: ContentItem }),
  publish: endpoint({ method: 'POST', path: '/api/content-items/:id/publish', params: IdParams, body: RevisionBody, response: ContentItem }),
  unpublish: endpoint({ method: 'POST', path: '/api/content-items/:id/unpublish', params: IdParams, body: RevisionBody, response: ContentItem }),
  revisions: endpoint({ method: 'GET', path: '/api/content-items/:id/revisions', params: IdParams, response: ContentRevisionList }),
  revision: endpoint({ method: 'GET', path: '/api/content-items/:id/revisions/:revision', params: RevisionParams, response: ContentRevisionDetail }),
  restore: endpoint({ method: 'POST', path: '/api/content-items/:id/restore', params: IdParams, body: ContentRestore, response: ContentItem }),
  remove: endpoint({ method: 'DELETE', path: '/api/content-items/:id', params: IdParams, response: OkResponse }),
  uploadImage: endpoint({ method: 'POST', path: '/api/programmes/:id/content-images', params: IdParams, response: ContentImage, status: 201 }),
  image: link({ path: '/api/content-images/:id', params: IdParams }),
};
