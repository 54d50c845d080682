import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { programmesApi } from '../../../shared/contracts/programmes';
import * as svc from './programmes.service';

const tags = ['programmes'];
const update = { action: 'programme.update', scope: 'programme' } as const;

export const programmeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, programmesApi.list, { tags, summary: 'Programmes the actor may see', permission: 'public' }, (req) => svc.listProgrammes(db, req.actor));

  route(app, programmesApi.bySlug, { tags, summary: 'A programme with its sub-programmes, organisations and contacts', permission: 'public' },
    (req) => svc.getProgrammeBySlug(db, req.actor, req.params.slug));

  route(app, programmesApi.get, { tags, permission: 'public' }, (req) => svc.getProgrammeById(db, req.actor, req.params.id));

  route(app, programmesApi.create, { tags, summary: 'Create a programme or sub-programme', permission: { action: 'programme.create', scope: 'programme' } },
    (req) => svc.createProgramme(db, req.actor, req.body));

  route(app, programmesApi.update, { tags, permission: update }, (req) => svc.updateProgramme(db, req.actor, req.params.id, req.body));

  route(app, programmesApi.remove, { tags, permission: { action: 'programme.delete', scope: 'programme' } }, async (req) => {
    await svc.deleteProgramme(db, req.actor, req.params.id);
    return { ok: true as const };
  });

  route(app, programmesApi.addParticipation, { tags, summary: "Add an organisation's part in the programme", permission: update },
    (req) => svc.addParticipation(db, req.actor, req.params.id, req.body));

  route(app, programmesApi.removeParticipation, { tags, permission: update }, async (req) => {
    await svc.removeParticipation(db, req.actor, req.params.id, req.params.childId);
    return { ok: true as const };
  });

  route(app, programmesApi.addContact, { tags, summary: 'Add a contact person with a role', permission: update },
    (req) => svc.addContact(db, req.actor, req.params.id, req.body));

  route(app, programmesApi.removeContact, { tags, permission: update }, async (req) => {
    await svc.removeContact(db, req.actor, req.params.id, req.params.childId);
    return { ok: true as const };
  });
};
