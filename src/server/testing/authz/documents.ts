import type { AuthzCases } from './cases';
import { documents, documentVersions } from '../../features/documents/documents.table';
import { multipart } from '../imports';

/**
 * The document archive is kept by the programme's secretariat (`document.manage`): a contributor
 * reads the internal list but changes nothing; another programme's secretariat is refused
 * everything.
 */
const pdfUpload = multipart({ name: 'a.pdf', content: '%PDF-1.4\n' });

export const documentsAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const [doc] = await t.db.insert(documents).values({ programmeId: ids.programme!, type: 'report', title: 'Rapport', documentDate: '2026-01-01', language: 'nb', visibility: 'public', publishedAt: new Date() }).returning();
    await t.db.insert(documentVersions).values({ documentId: doc!.id, version: 1, fileId: doc!.id, fileName: 'a.pdf', contentType: 'application/pdf', size: 1, checksum: 'x', extractionStatus: 'done' });
    ids.document = doc!.id;
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    return {
      'GET /api/programmes/:id/documents': { url: () => `/api/programmes/${ids.programme}/documents`, otherProgramme: 'refused', otherOrgContributor: 'allowed' },
      'POST /api/programmes/:id/documents': { url: () => `/api/programmes/${ids.programme}/documents`, body: () => ({ type: 'report', title: 'Ny', date: '2026-01-01', language: 'nb' }), ...refused },
      'PATCH /api/documents/:id': { url: () => `/api/documents/${ids.document}`, body: () => ({ title: 'Endret', revision: 1 }), ...refused },
      'DELETE /api/documents/:id': { url: () => `/api/documents/${ids.document}`, ...refused },
      'POST /api/documents/:id/versions': { url: () => `/api/documents/${ids.document}/versions`, body: () => pdfUpload.payload, headers: () => pdfUpload.headers, ...refused },
    };
  },
};
