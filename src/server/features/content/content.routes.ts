import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { originOf } from '../../http/origin';
import { route } from '../../http/route';
import { contentApi } from '../../../shared/contracts/content';
import * as svc from './content.service';
import * as pub from './content-public.service';

const tags = ['content'];
const manage = { action: 'content.manage', scope: 'programme' } as const;
const readInternal = { action: 'programme.readInternal', scope: 'programme' } as const;

/** The programme's pages and news: public reading, the RSS feed, and the editors' drafts, revisions and images. */
export const contentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, files, config }) => {
  await app.register(multipart, { limits: { fileSize: pub.IMAGE_LIMIT, files: 1, fields: 5, parts: 10 }, throwFileSizeLimit: true });

  route(app, contentApi.publicList, { tags, summary: "The programme's published news (or pages), newest first", permission: 'public' }, (req) =>
    pub.listPublished(db, req.actor, req.params.id, req.query.kind, req.query.limit, req.query.offset),
  );
  route(app, contentApi.publicPage, { tags, summary: 'A published page by its address', permission: 'public' }, (req) => pub.getPublishedPage(db, req.actor, req.params.id, req.params.slug));
  route(app, contentApi.publicItem, { tags, summary: 'A published page or news item by id', permission: 'public' }, (req) => pub.getPublished(db, req.actor, req.params.id));
  route(app, contentApi.newsFeed, { tags, summary: "The programme's news as RSS 2.0", permission: 'public' }, async (req, reply) =>
    reply.type('application/rss+xml; charset=utf-8').send(await pub.newsFeed(db, req.actor, req.params.id, originOf(req, config.publicUrl), req.query.lang)),
  );

  route(app, contentApi.list, { tags, summary: "The programme's pages and news, drafts too", permission: readInternal }, (req) => svc.listContent(db, req.actor, req.params.id));
  route(app, contentApi.create, { tags, summary: 'Write a new page or news item (as a draft)', permission: manage }, (req) => svc.createContent(db, req.actor, req.params.id, req.body));
  route(app, contentApi.get, { tags, summary: 'A page or news item with its draft and what is published', permission: readInternal }, (req) => svc.getContent(db, req.actor, req.params.id));
  route(app, contentApi.save, { tags, summary: 'Save the draft (a new revision; the published text stays)', permission: manage }, (req) => svc.saveContent(db, req.actor, req.params.id, req.body));
  route(app, contentApi.publish, { tags, summary: 'Publish the draft as it stands', permission: manage }, (req) => svc.publishContent(db, req.actor, req.params.id, req.body.revision));
  route(app, contentApi.unpublish, { tags, summary: 'Take the page off the public site', permission: manage }, (req) => svc.unpublishContent(db, req.actor, req.params.id, req.body.revision));
  route(app, contentApi.revisions, { tags, summary: 'Every saved revision of the draft', permission: readInternal }, (req) => svc.listRevisions(db, req.actor, req.params.id));
  route(app, contentApi.revision, { tags, summary: 'One saved revision', permission: readInternal }, (req) => svc.getRevision(db, req.actor, req.params.id, req.params.revision));
  route(app, contentApi.restore, { tags, summary: 'Bring an earlier revision back as the draft', permission: manage }, (req) =>
    svc.restoreContent(db, req.actor, req.params.id, req.body.revision, req.body.from),
  );
  route(app, contentApi.remove, { tags, summary: 'Delete a page or news item with its history', permission: manage }, async (req) => {
    await svc.removeContent(db, req.actor, req.params.id);
    return { ok: true as const };
  });

  route(app, contentApi.uploadImage, {
    tags,
    summary: 'Upload an image for the pages (multipart field `file`)',
    description: `PNG, JPEG or WebP, recognised by its content; at most ${pub.IMAGE_LIMIT / 1024 / 1024} MB.`,
    permission: manage,
    schema: { consumes: ['multipart/form-data'] },
  }, async (req) => {
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the image as multipart/form-data in the field "file"');
    return pub.uploadImage(db, files, req.actor, req.params.id, req.parts() as AsyncIterable<pub.ImagePart>);
  });
  route(app, contentApi.image, { tags, summary: 'An image of a published page (the editors see every image)', permission: 'public' }, async (req, reply) => {
    const image = await pub.readImage(db, files, req.actor, req.params.id);
    return reply.type(image.contentType).header('content-length', image.size).header('cache-control', 'public, max-age=86400').header('x-content-type-options', 'nosniff').send(image.stream);
  });
};
