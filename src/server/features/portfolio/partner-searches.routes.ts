import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { partnerSearchesApi } from '../../../shared/contracts/partner-searches';
import * as svc from './partner-searches.service';

const tags = ['portfolio'];
const read = { action: 'programme.readInternal', scope: 'programme' } as const;
const edit = { action: 'project.update', scope: 'programme' } as const;

/** Partner searches an organisation of the programme received, assessed before it joins. */
export const partnerSearchRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, partnerSearchesApi.list, { tags, summary: "The programme's partner searches, newest first", permission: read }, (req) => svc.listPartnerSearches(db, req.actor, req.params.id));
  route(app, partnerSearchesApi.create, {
    tags,
    summary: 'Register a partner search received',
    description: 'By the secretariat for any organisation of the register, by a contributor for their own organisation.',
    permission: edit,
  }, (req) => svc.createPartnerSearch(db, req.actor, req.params.id, req.body));
  route(app, partnerSearchesApi.get, { tags, summary: 'A partner search with its assessment', permission: read }, (req) => svc.getPartnerSearch(db, req.actor, req.params.id));
  route(app, partnerSearchesApi.update, {
    tags,
    summary: "Change a partner search's facts or its assessment",
    description: 'Weighing a criterion or writing the assessment moves it to "assessing". A joined or declined search is not changed.',
    permission: edit,
  }, (req) => svc.updatePartnerSearch(db, req.actor, req.params.id, req.body));
  route(app, partnerSearchesApi.decide, {
    tags,
    summary: 'Join or decline a partner search',
    description: 'Joining creates the project (the organisation as partner, the lead abroad as coordinator, phase initiative) in the same transaction; declining needs the reason (`note:required`).',
    permission: edit,
  }, (req) => svc.decidePartnerSearch(db, req.actor, req.params.id, req.body));
};
