import { z } from './zod';
import { Id, IdParams, OkResponse, OrgNumber, OwnerProgrammeId, pageOf, PageQuery, Timestamp, WebUrl } from './common';
import { registerEndpoints } from './endpoint';

export const ORGANISATION_KINDS = [
  'municipality',
  'county_authority',
  'city_district',
  'agency',
  'directorate',
  'ministry',
  'county_governor',
  'association',
  'university_college',
  'parents_committee',
  'union',
  'ngo',
  'other',
] as const;
export const OrganisationKind = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string().nullable(),
  kind: OrganisationKind,
  orgNumber: z.string().nullable(),
  parentId: Id.nullable(),
  parentName: z.string().nullable(),
  areaId: Id.nullable(),
  website: z.string().nullable(),
  ownerProgrammeId: OwnerProgrammeId,
  updatedAt: Timestamp,
});
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationCreate = z.object({
  name: z.string().trim().min(2).max(200),
  shortName: z.string().trim().max(40).nullish(),
  kind: OrganisationKind,
  orgNumber: OrgNumber.nullish(),
  parentId: Id.nullish(),
  areaId: Id.nullish(),
  website: WebUrl.nullish(),
  /** Required unless a platform administrator adds it. */
  ownerProgrammeId: OwnerProgrammeId.optional(),
});
export type OrganisationCreate = z.infer<typeof OrganisationCreate>;
export const OrganisationUpdate = OrganisationCreate.partial();
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>;

export const OrganisationQuery = PageQuery.extend({ kind: OrganisationKind.optional() });
export type OrganisationQuery = z.infer<typeof OrganisationQuery>;
export const OrganisationPage = pageOf(Organisation);

/** The register of organisations. */
export const organisationsApi = registerEndpoints('/api/organisations', 'id', {
  params: IdParams,
  query: OrganisationQuery,
  page: OrganisationPage,
  item: Organisation,
  create: OrganisationCreate,
  update: OrganisationUpdate,
  removed: OkResponse,
});
