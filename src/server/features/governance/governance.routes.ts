import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { bodiesApi } from '../../../shared/contracts/governance-bodies';
import * as bodiesSvc from './bodies.service';
import * as membersSvc from './members.service';
import * as mandatesSvc from './mandates.service';

const tags = ['governance'];
const manage = { action: 'governance.manage', scope: 'programme' } as const;
const ok = { ok: true as const };

/** A programme's bodies, their members and their mandates. */
export const bodyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, bodiesApi.list, {
    tags,
    summary: "The programme's bodies",
    description: 'The public bodies for everyone; a body that is not public for its secretariat and members only.',
    permission: 'public',
  }, (req) => bodiesSvc.listBodies(db, req.actor, req.params.id));

  route(app, bodiesApi.updateSettings, { tags, summary: "Set how many days before a meeting the programme's notices should be out", permission: manage },
    (req) => bodiesSvc.updateSettings(db, req.actor, req.params.id, req.body));

  route(app, bodiesApi.create, { tags, summary: 'Create a body under the programme', permission: manage },
    (req) => bodiesSvc.createBody(db, req.actor, req.params.id, req.body));

  route(app, bodiesApi.get, {
    tags,
    summary: 'A body with its current members (or all, with history), its mandate and what the visitor may do',
    permission: 'public',
  }, (req) => bodiesSvc.getBody(db, req.actor, req.params.id, req.query));

  route(app, bodiesApi.update, { tags, summary: 'Change a body', permission: manage },
    (req) => bodiesSvc.updateBody(db, req.actor, req.params.id, req.body));

  route(app, bodiesApi.remove, { tags, summary: 'Delete a body nothing refers to yet', permission: manage }, async (req) => {
    await bodiesSvc.deleteBody(db, req.actor, req.params.id);
    return ok;
  });

  route(app, bodiesApi.addMember, {
    tags,
    summary: 'Seat a person in the body on behalf of an organisation',
    description: 'Refused (validation, naming the field) when the person, the chair or deputy chair seat, or the personal deputy of that member is already taken for part of the period.',
    permission: manage,
  }, (req) => membersSvc.addMember(db, req.actor, req.params.id, req.body));

  route(app, bodiesApi.updateMember, { tags, summary: 'Change or end a membership', permission: manage },
    (req) => membersSvc.updateMember(db, req.actor, req.params.id, req.body));

  route(app, bodiesApi.removeMember, { tags, summary: 'Delete a membership entered by mistake', permission: manage }, async (req) => {
    await membersSvc.removeMember(db, req.actor, req.params.id);
    return ok;
  });

  route(app, bodiesApi.addMandateVersion, {
    tags,
    summary: 'Add a version of the mandate: a draft, or a version adopted before Samordna on a cited source',
    permission: manage,
  }, (req) => mandatesSvc.addMandateVersion(db, req.actor, req.params.id, req.body));

  route(app, bodiesApi.updateMandateVersion, { tags, summary: 'Change a draft of the mandate (an adopted version never changes)', permission: manage },
    (req) => mandatesSvc.updateMandateVersion(db, req.actor, req.params.id, req.body));

  route(app, bodiesApi.removeMandateVersion, { tags, summary: 'Delete a draft of the mandate', permission: manage }, async (req) => {
    await mandatesSvc.removeMandateVersion(db, req.actor, req.params.id);
    return ok;
  });

  route(app, bodiesApi.mandateDiff, {
    tags,
    summary: 'Two versions of the mandate compared by words',
    permission: 'public',
  }, (req) => mandatesSvc.diffMandate(db, req.actor, req.params.id, req.query));
};
