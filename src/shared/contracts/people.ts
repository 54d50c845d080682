import { z } from './zod';
import { Email, Id, IdParams, OkResponse, OwnerProgrammeId, pageOf, PageQuery, Phone } from './common';
import { registerEndpoints } from './endpoint';

export const Person = z.object({
  id: Id,
  name: z.string(),
  title: z.string().nullable(),
  titleNn: z.string().nullable().describe('The title in nynorsk where it differs'),
  titleEn: z.string().nullable().describe('The title in English, e.g. "Programme manager"'),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  organisationId: Id.nullable(),
  organisationName: z.string().nullable(),
  ownerProgrammeId: OwnerProgrammeId,
});
export type Person = z.infer<typeof Person>;

export const PersonCreate = z.object({
  name: z.string().trim().min(2).max(200),
  title: z.string().trim().max(200).nullish(),
  titleNn: z.string().trim().max(200).nullish(),
  titleEn: z.string().trim().max(200).nullish(),
  email: Email.nullish(),
  phone: Phone.nullish(),
  organisationId: Id.nullish(),
  /** Required unless a platform administrator, or a contributor for its own organisation, adds the person. */
  ownerProgrammeId: OwnerProgrammeId.optional(),
});
export type PersonCreate = z.infer<typeof PersonCreate>;
export const PersonUpdate = PersonCreate.partial();
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const PersonQuery = PageQuery.extend({ organisationId: Id.optional() });
export type PersonQuery = z.infer<typeof PersonQuery>;
export const PersonPage = pageOf(Person);

/** The register of people. */
export const peopleApi = registerEndpoints('/api/people', 'id', {
  params: IdParams,
  query: PersonQuery,
  page: PersonPage,
  item: Person,
  create: PersonCreate,
  update: PersonUpdate,
  removed: OkResponse,
});
