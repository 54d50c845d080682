import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import type { Permission } from '../../http/permissions';
import { IdParams, OkResponse, PageQuery } from '../../../shared/contracts/common';
import {
  ImportCreate,
  ImportMapping,
  ImportPage,
  ImportPreview,
  ImportQuery,
  ObservationChangePage,
  SavedMapping,
  SavedMappingCreate,
  SavedMappingPage,
  StatisticsImport,
  Upload,
  UploadDatasetQuery,
  UploadParams,
} from '../../../shared/contracts/imports';
import * as imports from './imports.service';
import * as mappings from './mappings/mappings.service';
import * as uploads from './uploads/uploads.service';
import type { UploadPart } from './uploads/uploads.service';

const tags = ['statistics imports'];
/** The catalogue of statistics is shared: whoever may import, may import for every programme. */
const permission: Permission = { action: 'statistics.import', scope: 'platform' };

/** Statistics uploads, mapping and preview, import jobs with their progress and changes, saved mappings. */
export const importRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, config, jobs } = deps;
  await app.register(multipart, {
    limits: { fileSize: config.statisticsUploadLimit, files: 1, fields: 10, parts: 20 },
    throwFileSizeLimit: true,
  });

  app.post('/api/statistics/uploads', {
    schema: {
      tags,
      summary: 'Upload a statistics file (JSON-stat, PX or CSV) as multipart field `file`, with an optional `sourceUrl` field',
      consumes: ['multipart/form-data'],
      response: { 201: Upload },
    },
    config: { permission },
  }, async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field "file"');
    const upload = await uploads.createUpload(db, config, req.actor, req.parts() as AsyncIterable<UploadPart>);
    return reply.status(201).send(upload);
  });

  app.get('/api/statistics/uploads/:id', {
    schema: { tags, summary: 'What an uploaded file holds, with a suggested mapping', params: UploadParams, querystring: UploadDatasetQuery, response: { 200: Upload } },
    config: { permission },
  }, (req) => uploads.getUpload(db, config, req.actor, req.params.id, req.query.dataset));

  app.post('/api/statistics/uploads/:id/preview', {
    schema: { tags, summary: 'What an import with this mapping would write, and what stands in its way', params: UploadParams, body: ImportMapping, response: { 200: ImportPreview } },
    config: { permission },
  }, (req) => uploads.previewUpload(db, config, req.actor, req.params.id, req.body));

  app.post('/api/statistics/imports', {
    schema: { tags, summary: 'Import an upload with a mapping, as a background job', body: ImportCreate, response: { 202: StatisticsImport } },
    config: { permission },
  }, async (req, reply) => reply.status(202).send(await imports.createImport(db, config, jobs, req.actor, req.body)));

  app.get('/api/statistics/imports', {
    schema: { tags, summary: 'Imports, newest first', querystring: ImportQuery, response: { 200: ImportPage } },
    config: { permission },
  }, (req) => imports.listImports(db, req.actor, req.query));

  app.get('/api/statistics/imports/:id', {
    schema: { tags, summary: 'One import: provenance, progress and outcome', params: IdParams, response: { 200: StatisticsImport } },
    config: { permission },
  }, (req) => imports.getImport(db, req.actor, req.params.id));

  app.get('/api/statistics/imports/:id/changes', {
    schema: { tags, summary: 'The observations an import changed, with their values before and after', params: IdParams, querystring: PageQuery, response: { 200: ObservationChangePage } },
    config: { permission },
  }, (req) => imports.listChanges(db, req.actor, req.params.id, req.query));

  app.get('/api/statistics/mappings', {
    schema: { tags, summary: 'Saved mappings, by name', response: { 200: SavedMappingPage } },
    config: { permission },
  }, async (req) => {
    const items = await mappings.listMappings(db, req.actor);
    return { items, total: items.length };
  });

  app.post('/api/statistics/mappings', {
    schema: { tags, summary: 'Save a mapping under a name', body: SavedMappingCreate, response: { 201: SavedMapping } },
    config: { permission },
  }, async (req, reply) => reply.status(201).send(await mappings.createMapping(db, req.actor, req.body)));

  app.put('/api/statistics/mappings/:id', {
    schema: { tags, summary: 'Rename or change a saved mapping', params: IdParams, body: SavedMappingCreate, response: { 200: SavedMapping } },
    config: { permission },
  }, (req) => mappings.updateMapping(db, req.actor, req.params.id, req.body));

  app.delete('/api/statistics/mappings/:id', {
    schema: { tags, summary: 'Delete a saved mapping', params: IdParams, response: { 200: OkResponse } },
    config: { permission },
  }, async (req) => {
    await mappings.deleteMapping(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
