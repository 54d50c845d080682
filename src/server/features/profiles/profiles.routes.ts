import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { IndicatorCodeParams } from '../../../shared/contracts/indicators';
import { AreaGeometries, AreaProfile, AreaProfileParams, ExportQuery, GeometryQuery, IndicatorView, IndicatorViewQuery } from '../../../shared/contracts/profiles';
import * as svc from './profiles.service';
import { getIndicatorView } from './profiles.view';
import { exportIndicator, exportProfile, type Download } from './profiles.export';

const tags = ['profiles'];

function sendDownload(reply: FastifyReply, d: Download) {
  reply
    .header('content-type', d.contentType)
    .header('content-disposition', `attachment; filename="${d.fileName}"`)
    // Figures change with every import: a download is always fetched fresh.
    .header('cache-control', 'no-cache');
  return reply.send(Readable.from(d.body));
}

/** Area profiles, indicator views, area outlines and downloads: public wherever the programme is. */
export const profileRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/programmes/:id/profile/:areaCode', {
    schema: {
      tags,
      summary: "Where are we? Every indicator the programme follows, for one area, against the programme's reference areas",
      params: AreaProfileParams,
      response: { 200: AreaProfile },
    },
    // The profile is built field by field from the statement's columns (getAreaProfile), so
    // checking it against the schema again on every page view only costs time on the hottest
    // public route. The tests hold every answer against the contract instead.
    serializerCompiler: () => (data) => JSON.stringify(data),
    config: { permission: 'public' },
  }, (req) => svc.getAreaProfile(db, req.actor, req.params.id, req.params.areaCode));

  app.get('/api/programmes/:id/profile/:areaCode/export', {
    schema: {
      tags,
      summary: "The profile's indicators for the area and its reference areas, every period, as CSV or JSON-stat 2.0",
      params: AreaProfileParams,
      querystring: ExportQuery,
    },
    config: { permission: 'public' },
  }, async (req, reply) => sendDownload(reply, await exportProfile(db, req.actor, req.params.id, req.params.areaCode, req.query)));

  app.get('/api/indicators/:code/view', {
    schema: {
      tags,
      summary: 'One indicator across areas (ranking, map) and over time (series with the reference areas)',
      params: IndicatorCodeParams,
      querystring: IndicatorViewQuery,
      response: { 200: IndicatorView },
    },
    config: { permission: 'public' },
  }, (req) => getIndicatorView(db, req.actor, req.params.code, req.query));

  app.get('/api/indicators/:code/export', {
    schema: {
      tags,
      summary: "The indicator's observations as CSV (semicolons, decimal comma, UTF-8 with BOM) or JSON-stat 2.0",
      params: IndicatorCodeParams,
      querystring: ExportQuery,
    },
    config: { permission: 'public' },
  }, async (req, reply) => sendDownload(reply, await exportIndicator(db, req.params.code, req.query)));

  app.get('/api/areas/geometries', {
    schema: {
      tags,
      summary: "Outlines of an area's child areas (GeoJSON), e.g. Oslo's city districts",
      querystring: GeometryQuery,
      response: { 200: AreaGeometries, 304: z.null().describe('Not modified: the outlines still have the tag sent in If-None-Match') },
    },
    config: { permission: 'public' },
  }, async (req, reply) => {
    const { etag, body } = await svc.getAreaGeometries(db, req.query.parent, req.headers['if-none-match']);
    // Outlines change only when a boundary file is loaded: an hour in caches, then revalidated by tag.
    reply.header('etag', etag).header('cache-control', 'public, max-age=3600');
    if (!body) return reply.code(304).send(null);
    return body;
  });
};
