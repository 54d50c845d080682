import type { TestApp } from '../test-app';
import { buildProgramme } from '../factories';
import { documents } from '../../features/documents/documents.table';
import { documentFixture } from '../documents';
import { multipart } from '../imports';
import type { GovernanceArranged } from './governance-cases';

/** One audit case per state-changing route of the document archive, each on a document of its own. */
export function documentsAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async () => {
    const db = app().db;
    const programme = await buildProgramme(db);
    const [doc] = await db.insert(documents).values({ programmeId: programme.id, type: 'minutes', title: 'Referat', documentDate: '2026-01-01', language: 'nb' }).returning();
    return { p: programme.id, doc: doc! };
  };
  return {
    'POST /api/programmes/:id/documents': async () => {
      const p = (await buildProgramme(app().db)).id;
      return {
        url: `/api/programmes/${p}/documents`,
        body: { type: 'report', title: 'Årsrapport', date: '2026-03-01', language: 'nn' },
        entry: (r) => ({ action: 'create', entityType: 'document', entityId: r.id, programmeId: p, before: null, after: { title: 'Årsrapport', language: 'nn', visibility: 'draft' } }),
      };
    },
    'PATCH /api/documents/:id': async () => {
      const { p, doc } = await fixture();
      return {
        url: `/api/documents/${doc.id}`,
        body: { visibility: 'exempt', exemptionBasis: 'Offl. § 13', revision: 1 },
        entry: () => ({ action: 'update', entityType: 'document', entityId: doc.id, programmeId: p, before: { visibility: 'draft', exemptionBasis: null, revision: 1 }, after: { visibility: 'exempt', exemptionBasis: 'Offl. § 13', revision: 2 } }),
      };
    },
    'DELETE /api/documents/:id': async () => {
      const { p, doc } = await fixture();
      return { url: `/api/documents/${doc.id}`, entry: () => ({ action: 'delete', entityType: 'document', entityId: doc.id, programmeId: p, before: { title: 'Referat' }, after: null }) };
    },
    'POST /api/documents/:id/versions': async () => {
      const { p, doc } = await fixture();
      const file = multipart({ name: 'referat.odt', content: documentFixture('referat.odt') });
      return {
        url: `/api/documents/${doc.id}/versions`,
        body: file.payload,
        headers: file.headers,
        entry: () => ({ action: 'update', entityType: 'document', entityId: doc.id, programmeId: p, before: { version: 0 }, after: { version: 1, fileName: 'referat.odt', contentType: 'application/vnd.oasis.opendocument.text' } }),
      };
    },
  };
}
