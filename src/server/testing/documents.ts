import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { FIXTURES_DIR } from './fixtures';
import { multipart } from './imports';
import type { TestClient } from './test-app';
import type { Document } from '../../shared/contracts/documents';

/** A file under test/fixtures/documents (made by scripts/make-document-fixtures.ts). */
export const documentFixture = (name: string) => readFileSync(path.join(FIXTURES_DIR, 'documents', name));

export function uploadVersion(client: TestClient, documentId: string, name: string, content: Buffer | string): Promise<LightMyRequestResponse> {
  const body = multipart({ name, content });
  return client.request({ method: 'POST', url: `/api/documents/${documentId}/versions`, payload: body.payload, headers: body.headers });
}

/** Polls a document until its newest version's text has been read (or not), as the job does it in the background. */
export async function waitForExtraction(client: TestClient, documentId: string, timeoutMs = 30_000): Promise<Document> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const doc = (await client.get(`/api/documents/${documentId}`)).json() as Document;
    if (doc.versions[0]?.extraction?.status !== 'pending') return doc;
    if (Date.now() > until) throw new Error(`the text of document ${documentId} was not read in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
