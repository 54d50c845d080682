import type { TestApp } from '../test-app';
import { buildProgramme } from '../factories';
import { multipart } from '../imports';
import { contentItems, contentRevisions } from '../../features/content/content.table';
import type { GovernanceArranged } from './governance-cases';

const DRAFT = { title: { nb: 'Om programmet' }, blocks: [{ kind: 'text' as const, key: 'a', body: { nb: 'Tekst.' } }] };
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

/** One audit case per state-changing route of the programme's pages, news and images. */
export function contentAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const page = async (published = false) => {
    const db = app().db;
    const p = (await buildProgramme(db)).id;
    const [row] = await db
      .insert(contentItems)
      .values({ programmeId: p, kind: 'page', slug: 'om', draft: DRAFT, ...(published ? { published: DRAFT, publishedRevision: 1, publishedAt: new Date(), firstPublishedAt: new Date() } : {}) })
      .returning();
    return { p, id: row!.id };
  };
  return {
    'POST /api/programmes/:id/content-items': async () => {
      const p = (await buildProgramme(app().db)).id;
      return {
        url: `/api/programmes/${p}/content-items`,
        body: { kind: 'page', slug: 'om', draft: DRAFT },
        entry: (r) => ({ action: 'create', entityType: 'content_item', entityId: r.id, programmeId: p, before: null, after: { kind: 'page', slug: 'om', revision: 1 } }),
      };
    },
    'PUT /api/content-items/:id': async () => {
      const { p, id } = await page();
      return {
        url: `/api/content-items/${id}`,
        body: { revision: 1, draft: { ...DRAFT, title: { nb: 'Om oss' } } },
        entry: () => ({ action: 'update', entityType: 'content_item', entityId: id, programmeId: p, before: { revision: 1 }, after: { revision: 2, draft: { title: { nb: 'Om oss' } } } }),
      };
    },
    'POST /api/content-items/:id/publish': async () => {
      const { p, id } = await page();
      return { url: `/api/content-items/${id}/publish`, body: { revision: 1 }, entry: () => ({ action: 'update', entityType: 'content_item', entityId: id, programmeId: p, before: { published: null }, after: { publishedRevision: 1 } }) };
    },
    'POST /api/content-items/:id/unpublish': async () => {
      const { p, id } = await page(true);
      return { url: `/api/content-items/${id}/unpublish`, body: { revision: 1 }, entry: () => ({ action: 'update', entityType: 'content_item', entityId: id, programmeId: p, before: { publishedRevision: 1 }, after: { published: null } }) };
    },
    'POST /api/content-items/:id/restore': async () => {
      const { p, id } = await page();
      await app().db.insert(contentRevisions).values({ contentId: id, revision: 1, draft: DRAFT });
      return { url: `/api/content-items/${id}/restore`, body: { revision: 1, from: 1 }, entry: () => ({ action: 'update', entityType: 'content_item', entityId: id, programmeId: p, before: { revision: 1 }, after: { revision: 2 } }) };
    },
    'DELETE /api/content-items/:id': async () => {
      const { p, id } = await page();
      return { url: `/api/content-items/${id}`, entry: () => ({ action: 'delete', entityType: 'content_item', entityId: id, programmeId: p, before: { slug: 'om' }, after: null }) };
    },
    'POST /api/programmes/:id/content-images': async () => {
      const p = (await buildProgramme(app().db)).id;
      const body = multipart({ name: 'bilde.png', content: PNG });
      return {
        url: `/api/programmes/${p}/content-images`,
        body: body.payload,
        headers: body.headers,
        entry: (r) => ({ action: 'create', entityType: 'content_image', entityId: r.id, programmeId: p, before: null, after: { contentType: 'image/png', name: 'bilde.png' } }),
      };
    },
  };
}
