import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { originOf } from '../../http/origin';
import { route } from '../../http/route';
import { standardsApi } from '../../../shared/contracts/standards';
import * as svc from './standards.service';
import * as translations from './standard-translations.service';
import { standardPdf } from './standards.pdf';

const tags = ['standards'];
const manage = { action: 'standard.manage', scope: 'programme' } as const;
const translate = { action: 'standard.translate', scope: 'programme' } as const;

/** Published standards (the Oslostandard for skole-hjem-samarbeid), their versions and translations. */
export const standardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  route(app, standardsApi.list, { tags, summary: "The programme's standards and local guidelines", description: 'Published ones for everyone; drafts too for the secretariat and translators.', permission: 'public' }, (req) =>
    svc.listStandards(db, req.actor, req.params.id));
  route(app, standardsApi.create, { tags, summary: 'Create a standard, or a school\'s local guideline building on the latest version of a city-wide one', permission: manage }, (req) =>
    svc.createStandard(db, req.actor, req.params.id, req.body));
  route(app, standardsApi.get, { tags, summary: 'A standard with its draft, versions, timeline and every language × section status', permission: translate }, (req) =>
    svc.getStandard(db, req.actor, req.params.id));
  route(app, standardsApi.update, { tags, summary: "Change the draft source: title, sections (stable keys) and timeline", permission: manage }, (req) =>
    svc.updateStandard(db, req.actor, req.params.id, req.body));
  route(app, standardsApi.publish, {
    tags,
    summary: 'Publish the draft as the next, immutable version',
    description: 'Translations of sections whose source changed become outdated; local guidelines building on the standard are flagged as superseded.',
    permission: manage,
  }, (req) => svc.publishStandard(db, req.actor, req.params.id, req.body));
  route(app, standardsApi.read, { tags, summary: 'The latest published version in the source language (nb) or a translation, for the public page', permission: 'public' }, (req) =>
    translations.readStandard(db, req.actor, req.params.id, req.query.lang));
  route(app, standardsApi.translation, { tags, summary: "One language's translation beside the latest source, with each section's status and word diff", permission: translate }, (req) =>
    translations.getTranslation(db, req.actor, req.params.id, req.params.lang));
  route(app, standardsApi.saveTitle, { tags, summary: "Save the translation's title (the secretariat, or a translator assigned to the language)", permission: translate }, (req) =>
    translations.saveTranslationTitle(db, req.actor, req.params.id, req.params.lang, req.body));
  route(app, standardsApi.saveSection, {
    tags,
    summary: "Save or confirm one section's translation as made from the latest version",
    description: 'Saving an outdated section, changed or not, confirms it against the latest version. A translator assigned to another language gets 403.',
    permission: translate,
  }, (req) => translations.saveTranslationSection(db, req.actor, req.params.id, req.params.lang, req.params.key, req.body));
  route(app, standardsApi.pdf, { tags, summary: 'The published standard, or a translation of it, as an accessible PDF (Arabic and Urdu right to left)', permission: 'public' }, async (req, reply) => {
    const file = await standardPdf(db, req.actor, req.params.id, req.query.lang, originOf(req, config.publicUrl));
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
  });
};
