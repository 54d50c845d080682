import { z } from './zod';
import { Id, IdParams, LocalizedText, OkResponse, OptionalLocalizedText, Slug, Timestamp } from './common';
import { endpoint } from './endpoint';
import { OrganisationKind } from './organisations';
import { CONTACT_ROLES, PARTICIPATION_ROLES, PROGRAMME_KINDS } from '../domain/programme-roles';

export { CONTACT_ROLES, PARTICIPATION_ROLES, PROGRAMME_KINDS };

export const ProgrammeKind = z.enum(PROGRAMME_KINDS);
export type ProgrammeKind = z.infer<typeof ProgrammeKind>;

export const ParticipationRole = z.enum(PARTICIPATION_ROLES);
export type ParticipationRole = z.infer<typeof ParticipationRole>;

export const ContactRole = z.enum(CONTACT_ROLES);
export type ContactRole = z.infer<typeof ContactRole>;

export const ProgrammeSummary = z.object({
  id: Id,
  slug: z.string(),
  kind: ProgrammeKind,
  parentId: Id.nullable(),
  name: LocalizedText,
  summary: OptionalLocalizedText,
  isPublished: z.boolean(),
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummary>;

export const Participation = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  organisationKind: OrganisationKind,
  role: ParticipationRole,
  note: z.string().nullable(),
  noteNn: z.string().nullable(),
  noteEn: z.string().nullable(),
});
export type Participation = z.infer<typeof Participation>;

export const Contact = z.object({
  id: Id,
  personId: Id,
  name: z.string(),
  title: z.string().nullable(),
  titleNn: z.string().nullable(),
  titleEn: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  organisationName: z.string().nullable(),
  role: ContactRole,
  sortOrder: z.number().int(),
});
export type Contact = z.infer<typeof Contact>;

export const Programme = ProgrammeSummary.extend({
  purpose: OptionalLocalizedText,
  goalText: OptionalLocalizedText,
  parent: ProgrammeSummary.pick({ id: true, slug: true, name: true }).nullable(),
  children: z.array(ProgrammeSummary),
  participations: z.array(Participation),
  contacts: z.array(Contact),
  updatedAt: Timestamp,
});
export type Programme = z.infer<typeof Programme>;

const ProgrammeFields = z.object({
  slug: Slug,
  kind: ProgrammeKind,
  parentId: Id.nullish(),
  name: LocalizedText,
  summary: OptionalLocalizedText.optional(),
  purpose: OptionalLocalizedText.optional(),
  goalText: OptionalLocalizedText.optional(),
  isPublished: z.boolean(),
});

export const ProgrammeCreate = ProgrammeFields.extend({ isPublished: z.boolean().default(true) });
export type ProgrammeCreate = z.infer<typeof ProgrammeCreate>;
/**
 * A change of some of the fields; what is left out stays as it is (no defaults: a change of the
 * texts alone must not publish the programme).
 */
export const ProgrammeUpdate = ProgrammeFields.partial();
export type ProgrammeUpdate = z.infer<typeof ProgrammeUpdate>;

export const SlugParams = z.object({ slug: z.string().min(1).max(80) });

export const ParticipationCreate = z.object({
  organisationId: Id,
  role: ParticipationRole,
  note: z.string().trim().max(500).nullish(),
  noteNn: z.string().trim().max(500).nullish(),
  noteEn: z.string().trim().max(500).nullish(),
});
export type ParticipationCreate = z.infer<typeof ParticipationCreate>;

export const ContactCreate = z.object({
  personId: Id,
  role: ContactRole,
  sortOrder: z.number().int().min(0).max(1000).default(0),
});
export type ContactCreate = z.infer<typeof ContactCreate>;

export const ProgrammeChildParams = z.object({ id: Id, childId: Id });

/** Programmes and sub-programmes, the organisations taking part and their contact people. */
export const programmesApi = {
  list: endpoint({ method: 'GET', path: '/api/programmes', response: z.array(ProgrammeSummary) }),
  bySlug: endpoint({ method: 'GET', path: '/api/programmes/by-slug/:slug', params: SlugParams, response: Programme }),
  get: endpoint({ method: 'GET', path: '/api/programmes/:id', params: IdParams, response: Programme }),
  create: endpoint({ method: 'POST', path: '/api/programmes', body: ProgrammeCreate, response: Programme, status: 201 }),
  update: endpoint({ method: 'PATCH', path: '/api/programmes/:id', params: IdParams, body: ProgrammeUpdate, response: Programme }),
  remove: endpoint({ method: 'DELETE', path: '/api/programmes/:id', params: IdParams, response: OkResponse }),
  addParticipation: endpoint({ method: 'POST', path: '/api/programmes/:id/participations', params: IdParams, body: ParticipationCreate, response: Programme, status: 201 }),
  removeParticipation: endpoint({ method: 'DELETE', path: '/api/programmes/:id/participations/:childId', params: ProgrammeChildParams, response: OkResponse }),
  addContact: endpoint({ method: 'POST', path: '/api/programmes/:id/contacts', params: IdParams, body: ContactCreate, response: Programme, status: 201 }),
  removeContact: endpoint({ method: 'DELETE', path: '/api/programmes/:id/contacts/:childId', params: ProgrammeChildParams, response: OkResponse }),
};
