import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import type { Permission } from '../../http/permissions';
import { route } from '../../http/route';
import { importsApi } from '../../../shared/contracts/imports';
import * as imports from './imports.service';
import * as mappings from './mappings/mappings.service';
import * as recovery from './imports.recovery';
import * as uploads from './uploads/uploads.service';
import type { UploadPart } from './uploads/uploads.service';
import { uploadFilesOf } from './uploads/upload-files';

const tags = ['statistics imports'];
/** The catalogue of statistics is shared: whoever may import, may import for every programme. */
const permission: Permission = { action: 'statistics.import', scope: 'platform' };

/** Statistics uploads, mapping and preview, import jobs with their progress and changes, saved mappings. */
export const importRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, config, jobs } = deps;
  const files = uploadFilesOf(deps.files, config);
  await app.register(multipart, {
    limits: { fileSize: config.statisticsUploadLimit, files: 1, fields: 10, parts: 20 },
    throwFileSizeLimit: true,
  });

  // The upload is multipart: its descriptor has no body schema, and the handler reads the parts.
  route(app, importsApi.upload, {
    tags,
    summary: 'Upload a statistics file (JSON-stat, PX or CSV) as multipart field `file`, with an optional `sourceUrl` field',
    permission,
    schema: { consumes: ['multipart/form-data'] },
  }, async (req) => {
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field "file"');
    return uploads.createUpload(db, files, req.actor, req.parts() as AsyncIterable<UploadPart>);
  });

  route(app, importsApi.getUpload, { tags, summary: 'What an uploaded file holds, with a suggested mapping', permission },
    (req) => uploads.getUpload(db, files, req.actor, req.params.id, req.query.dataset));

  route(app, importsApi.saveDraft, { tags, summary: 'Keep the mapping step of one dataset as it was left (for whoever opens it next)', permission }, async (req) => {
    await uploads.saveDraft(db, req.actor, req.params.id, req.body);
    return { ok: true as const };
  });

  route(app, importsApi.preview, { tags, summary: 'What an import with this mapping would write, and what stands in its way', permission },
    (req) => uploads.previewUpload(db, files, req.actor, req.params.id, req.body));

  route(app, importsApi.create, { tags, summary: 'Import an upload with a mapping, as a background job', permission },
    (req) => imports.createImport(db, files, jobs, req.actor, req.body));

  route(app, importsApi.list, { tags, summary: 'Imports, newest first', permission }, (req) => imports.listImports(db, req.actor, req.query));

  route(app, importsApi.get, { tags, summary: 'One import: provenance, progress and outcome', permission },
    (req) => imports.getImport(db, req.actor, req.params.id));

  route(app, importsApi.changes, { tags, summary: 'The observations an import changed, with their values before and after', permission },
    (req) => imports.listChanges(db, req.actor, req.params.id, req.query));

  route(app, importsApi.cancel, { tags, summary: 'Cancel a queued, running or interrupted import (nothing is written)', permission },
    (req) => recovery.cancelImport(db, req.actor, req.params.id));

  route(app, importsApi.restart, { tags, summary: 'Start an interrupted or cancelled import again', permission },
    (req) => recovery.restartImport(db, files, jobs, req.actor, req.params.id));

  route(app, importsApi.mappings, { tags, summary: 'Saved mappings by name, a page at a time (without the mappings)', permission }, (req) => mappings.listMappings(db, req.actor, req.query));

  route(app, importsApi.mapping, { tags, summary: 'One saved mapping, whole', permission }, (req) => mappings.getMapping(db, req.actor, req.params.id));

  route(app, importsApi.createMapping, { tags, summary: 'Save a mapping under a name', permission },
    (req) => mappings.createMapping(db, req.actor, req.body));

  route(app, importsApi.updateMapping, { tags, summary: 'Rename or change a saved mapping', permission },
    (req) => mappings.updateMapping(db, req.actor, req.params.id, req.body));

  route(app, importsApi.removeMapping, { tags, summary: 'Delete a saved mapping', permission }, async (req) => {
    await mappings.deleteMapping(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
