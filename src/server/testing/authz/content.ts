import type { AuthzCases } from './cases';
import { multipart } from '../imports';
import { contentItems, contentRevisions } from '../../features/content/content.table';

const DRAFT = { title: { nb: 'Om programmet' }, blocks: [] };
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

/**
 * Pages and news are written by the secretariat alone and their drafts read by those who work in
 * the programme; another programme's secretariat is refused everything (the published pages are
 * public and have no case here).
 */
export const contentAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const [row] = await t.db.insert(contentItems).values({ programmeId: ids.programme!, kind: 'page', slug: 'om', draft: DRAFT }).returning();
    await t.db.insert(contentRevisions).values({ contentId: row!.id, revision: 1, draft: DRAFT });
    ids.contentItem = row!.id;
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    const insiders = { otherProgramme: 'refused', otherOrgContributor: 'allowed' } as const;
    const image = multipart({ name: 'bilde.png', content: PNG });
    return {
      'GET /api/programmes/:id/content-items': { url: () => `/api/programmes/${ids.programme}/content-items`, ...insiders },
      'POST /api/programmes/:id/content-items': { url: () => `/api/programmes/${ids.programme}/content-items`, body: () => ({ kind: 'page', slug: 'ny-side', draft: DRAFT }), ...refused },
      'GET /api/content-items/:id': { url: () => `/api/content-items/${ids.contentItem}`, ...insiders },
      'PUT /api/content-items/:id': { url: () => `/api/content-items/${ids.contentItem}`, body: () => ({ revision: 1, draft: DRAFT }), ...refused },
      'POST /api/content-items/:id/publish': { url: () => `/api/content-items/${ids.contentItem}/publish`, body: () => ({ revision: 1 }), ...refused },
      'POST /api/content-items/:id/unpublish': { url: () => `/api/content-items/${ids.contentItem}/unpublish`, body: () => ({ revision: 1 }), ...refused },
      'GET /api/content-items/:id/revisions': { url: () => `/api/content-items/${ids.contentItem}/revisions`, ...insiders },
      'GET /api/content-items/:id/revisions/:revision': { url: () => `/api/content-items/${ids.contentItem}/revisions/1`, ...insiders },
      'POST /api/content-items/:id/restore': { url: () => `/api/content-items/${ids.contentItem}/restore`, body: () => ({ revision: 1, from: 1 }), ...refused },
      'DELETE /api/content-items/:id': { url: () => `/api/content-items/${ids.contentItem}`, ...refused },
      'POST /api/programmes/:id/content-images': { url: () => `/api/programmes/${ids.programme}/content-images`, body: () => image.payload, headers: () => image.headers, ...refused },
    };
  },
};
