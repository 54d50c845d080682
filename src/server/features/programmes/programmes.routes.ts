import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { IdParams, OkResponse } from '../../../shared/contracts/common';
import {
  ContactCreate,
  ParticipationCreate,
  Programme,
  ProgrammeChildParams,
  ProgrammeCreate,
  ProgrammeSummary,
  ProgrammeUpdate,
  SlugParams,
} from '../../../shared/contracts/programmes';
import * as svc from './programmes.service';

const tags = ['programmes'];

export const programmeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/programmes', {
    schema: { tags, summary: 'Programmes the actor may see', response: { 200: z.array(ProgrammeSummary) } },
    config: { permission: 'public' },
  }, (req) => svc.listProgrammes(db, req.actor));

  app.get('/api/programmes/by-slug/:slug', {
    schema: { tags, summary: 'A programme with its sub-programmes, organisations and contacts', params: SlugParams, response: { 200: Programme } },
    config: { permission: 'public' },
  }, (req) => svc.getProgrammeBySlug(db, req.actor, req.params.slug));

  app.get('/api/programmes/:id', {
    schema: { tags, params: IdParams, response: { 200: Programme } },
    config: { permission: 'public' },
  }, (req) => svc.getProgrammeById(db, req.actor, req.params.id));

  app.post('/api/programmes', {
    schema: { tags, summary: 'Create a programme or sub-programme', body: ProgrammeCreate, response: { 201: Programme } },
    config: { permission: { action: 'programme.create', scope: 'programme' } },
  }, async (req, reply) => reply.status(201).send(await svc.createProgramme(db, req.actor, req.body)));

  app.patch('/api/programmes/:id', {
    schema: { tags, params: IdParams, body: ProgrammeUpdate, response: { 200: Programme } },
    config: { permission: { action: 'programme.update', scope: 'programme' } },
  }, (req) => svc.updateProgramme(db, req.actor, req.params.id, req.body));

  app.delete('/api/programmes/:id', {
    schema: { tags, params: IdParams, response: { 200: OkResponse } },
    config: { permission: { action: 'programme.delete', scope: 'programme' } },
  }, async (req) => {
    await svc.deleteProgramme(db, req.actor, req.params.id);
    return { ok: true as const };
  });

  app.post('/api/programmes/:id/participations', {
    schema: { tags, summary: "Add an organisation's part in the programme", params: IdParams, body: ParticipationCreate, response: { 201: Programme } },
    config: { permission: { action: 'programme.update', scope: 'programme' } },
  }, async (req, reply) => reply.status(201).send(await svc.addParticipation(db, req.actor, req.params.id, req.body)));

  app.delete('/api/programmes/:id/participations/:childId', {
    schema: { tags, params: ProgrammeChildParams, response: { 200: OkResponse } },
    config: { permission: { action: 'programme.update', scope: 'programme' } },
  }, async (req) => {
    await svc.removeParticipation(db, req.actor, req.params.id, req.params.childId);
    return { ok: true as const };
  });

  app.post('/api/programmes/:id/contacts', {
    schema: { tags, summary: 'Add a contact person with a role', params: IdParams, body: ContactCreate, response: { 201: Programme } },
    config: { permission: { action: 'programme.update', scope: 'programme' } },
  }, async (req, reply) => reply.status(201).send(await svc.addContact(db, req.actor, req.params.id, req.body)));

  app.delete('/api/programmes/:id/contacts/:childId', {
    schema: { tags, params: ProgrammeChildParams, response: { 200: OkResponse } },
    config: { permission: { action: 'programme.update', scope: 'programme' } },
  }, async (req) => {
    await svc.removeContact(db, req.actor, req.params.id, req.params.childId);
    return { ok: true as const };
  });
};
