import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { route } from '../../http/route';
import { governanceDocumentsApi, meetingsApi } from '../../../shared/contracts/governance-meetings';
import * as svc from './attachments.service';

const tags = ['governance'];
const manage = { action: 'governance.manage', scope: 'programme' } as const;

/** `filename*` in RFC 5987 form, with a plain ASCII fallback, so a Norwegian name survives. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Files attached to cases: upload (multipart), delete, download. */
export const attachmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, files }) => {
  await app.register(multipart, { limits: { fileSize: svc.ATTACHMENT_LIMIT, files: 1, fields: 5, parts: 10 }, throwFileSizeLimit: true });

  route(app, meetingsApi.addAttachment, {
    tags,
    summary: 'Attach a file to a case (multipart field `file`)',
    description: `PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG, recognised by its content; at most ${svc.ATTACHMENT_LIMIT / 1024 / 1024} MB.`,
    permission: manage,
    schema: { consumes: ['multipart/form-data'] },
  }, async (req) => {
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field "file"');
    return svc.addAttachment(db, files, req.actor, req.params.id, req.parts() as AsyncIterable<svc.AttachmentPart>);
  });

  route(app, meetingsApi.removeAttachment, { tags, summary: 'Remove a file from a case', permission: manage }, async (req) => {
    await svc.removeAttachment(db, files, req.actor, req.params.id);
    return { ok: true as const };
  });

  route(app, governanceDocumentsApi.attachment, {
    tags,
    summary: "A case's attached file (public when its case is on a published agenda and not exempt)",
    permission: 'public',
  }, async (req, reply) => {
    const file = await svc.readAttachment(db, files, req.actor, req.params.id);
    return reply.type(file.contentType).header('content-length', file.size).header('content-disposition', disposition(file.name)).send(file.stream);
  });
};
