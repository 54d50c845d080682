import { z } from 'zod';
import { Email, Id, IdParams, OkResponse, pageOf, PageQuery, Phone } from './common';
import { endpoint } from './endpoint';

export const Person = z.object({
  id: Id,
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  organisationId: Id.nullable(),
  organisationName: z.string().nullable(),
});
export type Person = z.infer<typeof Person>;

export const PersonCreate = z.object({
  name: z.string().trim().min(2).max(200),
  title: z.string().trim().max(200).nullish(),
  email: Email.nullish(),
  phone: Phone.nullish(),
  organisationId: Id.nullish(),
});
export type PersonCreate = z.infer<typeof PersonCreate>;
export const PersonUpdate = PersonCreate.partial();
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const PersonQuery = PageQuery.extend({ organisationId: Id.optional() });
export type PersonQuery = z.infer<typeof PersonQuery>;
export const PersonPage = pageOf(Person);

/** The register of people. */
export const peopleApi = {
  list: endpoint({ method: 'GET', path: '/api/people', query: PersonQuery, response: PersonPage }),
  get: endpoint({ method: 'GET', path: '/api/people/:id', params: IdParams, response: Person }),
  create: endpoint({ method: 'POST', path: '/api/people', body: PersonCreate, response: Person, status: 201 }),
  update: endpoint({ method: 'PATCH', path: '/api/people/:id', params: IdParams, body: PersonUpdate, response: Person }),
  remove: endpoint({ method: 'DELETE', path: '/api/people/:id', params: IdParams, response: OkResponse }),
};
