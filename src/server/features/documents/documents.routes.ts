import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { route } from '../../http/route';
import { documentsApi } from '../../../shared/contracts/documents';
import * as svc from './documents.service';
import * as fileSvc from './document-files.service';

const tags = ['documents'];
const read = { action: 'programme.readInternal', scope: 'programme' } as const;
const manage = { action: 'document.manage', scope: 'programme' } as const;

/** `filename*` in RFC 5987 form, with a plain ASCII fallback, so a Norwegian name survives. */
export function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The programme's document archive: search (public and internal), documents, their versions and files. */
export const documentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, files, jobs, config }) => {
  await app.register(multipart, { limits: { fileSize: config.documentUploadLimit, files: 1, fields: 5, parts: 10 }, throwFileSizeLimit: false });

  route(app, documentsApi.search, {
    tags,
    summary: 'Search the public documents',
    description:
      'Full-text search over the titles, descriptions and the text read from PDF, DOCX and ODT files of public documents (never drafts or exempt ones), of one programme (`programme`: its slug) or of every published programme. Bokmål and nynorsk documents are searched with Norwegian stemming (a search for "skolen" finds "skoler"), others word for word. Ranked, with a snippet whose hits are marked by U+0002 … U+0003.',
    permission: 'public',
  }, (req) => svc.searchPublicDocuments(db, req.actor, req.query));
  route(app, documentsApi.list, {
    tags,
    summary: "The programme's archive with drafts and exempt documents, searchable",
    permission: read,
  }, (req) => svc.listProgrammeDocuments(db, req.actor, req.params.id, req.query));
  route(app, documentsApi.create, {
    tags,
    summary: 'Register a document (a draft; its file is uploaded as its first version)',
    permission: manage,
  }, (req) => svc.createDocument(db, req.actor, req.params.id, req.body));
  route(app, documentsApi.get, {
    tags,
    summary: 'A document with its versions (public ones for anyone; all for the programme)',
    permission: 'public',
  }, (req) => svc.getDocument(db, req.actor, req.params.id));
  route(app, documentsApi.update, {
    tags,
    summary: "Change a document's facts, publish it, or exempt it from public access",
    description: 'Exempt needs `exemptionBasis` (the legal basis); publishing needs an uploaded file.',
    permission: manage,
  }, (req) => svc.updateDocument(db, req.actor, req.params.id, req.body));
  route(app, documentsApi.remove, { tags, summary: 'Delete a document with all its versions', permission: manage }, async (req) => {
    const fileIds = await svc.removeDocument(db, req.actor, req.params.id);
    await files.remove(fileIds).catch(() => undefined);
    return { ok: true as const };
  });
  route(app, documentsApi.addVersion, {
    tags,
    summary: 'Upload a file as the next version of a document (multipart field `file`)',
    description: `PDF, DOCX, XLSX, ODT, PNG, JPEG or WebP, recognised by its content; at most DOCUMENT_UPLOAD_LIMIT_MB (${config.documentUploadLimit / 1024 / 1024} MB here). Its text is read for search afterwards.`,
    permission: manage,
    schema: { consumes: ['multipart/form-data'] },
  }, async (req) => {
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field "file"');
    return fileSvc.addVersion(db, files, jobs, req.actor, req.params.id, config.documentUploadLimit, req.parts() as AsyncIterable<fileSvc.DocumentPart>);
  });
  route(app, documentsApi.file, {
    tags,
    summary: "A version's file, as an attachment with its sniffed type",
    permission: 'public',
  }, async (req, reply) => {
    const file = await fileSvc.readVersionFile(db, files, req.actor, req.params.id);
    return reply
      .type(file.contentType)
      .header('content-length', file.size)
      .header('content-disposition', disposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .send(file.stream);
  });
};
