import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { profilesApi } from '../../../shared/contracts/profiles';
import * as svc from './profiles.service';
import { getIndicatorView } from './profiles.view';
import { exportIndicator, exportProfile, type Download } from './profiles.export';
import { exportProfilePdf } from './profiles.pdf';
import { originOf } from '../../http/origin';

const tags = ['profiles'];

function sendDownload(reply: FastifyReply, d: Download) {
  reply
    .header('content-type', d.contentType)
    .header('content-disposition', `attachment; filename="${d.fileName}"`)
    // Figures change with every import: a download is always fetched fresh.
    .header('cache-control', 'no-cache');
  return reply.send(Readable.from(d.body));
}

/**
 * Area profiles, indicator views, area outlines and downloads: public wherever the programme is.
 * The downloads are links (`link()` descriptors): they answer with a file, not JSON.
 */
export const profileRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  route(app, profilesApi.areaProfile, {
    tags,
    summary: "Where are we? Every indicator the programme follows, for one area, against the programme's reference areas",
    permission: 'public',
    // The profile is built field by field from the statement's columns (getAreaProfile), so
    // checking it against the schema again on every page view only costs time on the hottest
    // public route. The tests hold every answer against the contract instead.
    serializerCompiler: () => (data) => JSON.stringify(data),
  }, (req) => svc.getAreaProfile(db, req.actor, req.params.id, req.params.areaCode));

  route(app, profilesApi.areaProfileExport, {
    tags,
    summary: "The profile's indicators for the area and its reference areas, every period, as CSV or JSON-stat 2.0",
    permission: 'public',
  }, async (req, reply) => sendDownload(reply, await exportProfile(db, req.actor, req.params.id, req.params.areaCode, req.query)));

  route(app, profilesApi.areaProfilePdf, {
    tags,
    summary: 'The area profile as an accessible PDF (tagged PDF/UA-1: language, title, headings, tables, real text) in the language asked for',
    permission: 'public',
  }, async (req, reply) => {
    const pdf = await exportProfilePdf(db, req.actor, req.params.id, req.params.areaCode, req.query.lang, originOf(req, config.publicUrl));
    // Rendered from the same answer as the page, so cached like it (a public read: a minute in any
    // cache, a moment in the server's memory); the CSV and JSON-stat files stream every period.
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${pdf.fileName}"`).send(pdf.body);
  });

  route(app, profilesApi.indicatorView, {
    tags,
    summary: 'One indicator across areas (ranking, map) and over time (series with the reference areas)',
    permission: 'public',
  }, (req) => getIndicatorView(db, req.actor, req.params.code, req.query));

  route(app, profilesApi.indicatorExport, {
    tags,
    summary: "The indicator's observations as CSV (semicolons, decimal comma, UTF-8 with BOM) or JSON-stat 2.0",
    permission: 'public',
  }, async (req, reply) => sendDownload(reply, await exportIndicator(db, req.params.code, req.query)));

  route(app, profilesApi.geometries, {
    tags,
    summary: "Outlines of an area's child areas (GeoJSON), e.g. Oslo's city districts",
    permission: 'public',
    schema: { response: { 304: z.null().describe('Not modified: the outlines still have the tag sent in If-None-Match') } },
  }, async (req, reply) => {
    const { etag, body } = await svc.getAreaGeometries(db, req.query.parent, req.headers['if-none-match']);
    // Outlines change only when a boundary file is loaded: an hour in caches, then revalidated by tag.
    reply.header('etag', etag).header('cache-control', 'public, max-age=3600');
    if (!body) return reply.code(304).send(null);
    return body;
  });
};
