import { z } from './zod';
import { Email, Id, IdParams, OkResponse, pageOf, PageQuery, Timestamp, LocalizedText } from './common';
import { endpoint } from './endpoint';
import { LOCALES } from '../domain/localized';
import { STANDARD_LANGUAGES } from '../domain/standards';

export const PROGRAMME_ROLES = ['secretariat', 'analyst', 'board_member', 'contributor', 'viewer', 'translator', 'participant', 'facilitator'] as const;
export const ProgrammeRole = z.enum(PROGRAMME_ROLES);
export type ProgrammeRole = z.infer<typeof ProgrammeRole>;

export const RoleGrant = z.object({
  programmeId: Id,
  programmeSlug: z.string(),
  programmeName: LocalizedText,
  role: ProgrammeRole,
  languages: z.array(z.string()).optional().describe("A translator's languages: the translations of standards they may edit"),
});
export type RoleGrant = z.infer<typeof RoleGrant>;

export const User = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  organisationId: Id.nullable(),
  organisationName: z.string().nullable(),
  isPlatformAdmin: z.boolean(),
  isDisabled: z.boolean(),
  hasPassword: z.boolean(),
  oidcSubject: z.string().nullable(),
  roles: z.array(RoleGrant),
  lastLoginAt: Timestamp.nullable(),
});
export type User = z.infer<typeof User>;

export const Password = z
  .string()
  .min(12, { message: 'passwordLength' })
  .max(200)
  .describe('At least 12 characters');

export const UserCreate = z.object({
  email: Email,
  name: z.string().trim().min(2).max(200),
  organisationId: Id.nullish(),
  isPlatformAdmin: z.boolean().default(false),
  password: Password.nullish(),
  /** The programme the new account gets its first role in: required unless a platform administrator creates it. */
  programmeId: Id.nullish(),
  role: ProgrammeRole.nullish(),
  languages: z.array(z.enum(STANDARD_LANGUAGES)).max(STANDARD_LANGUAGES.length).default([]).describe('A translator: the languages whose translations they edit'),
  /** The language of the e-mail that tells the new user about the account. */
  locale: z.enum(LOCALES).default('nb'),
});
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  organisationId: Id.nullish(),
  isPlatformAdmin: z.boolean().optional(),
  isDisabled: z.boolean().optional(),
  password: Password.nullish(),
});
export type UserUpdate = z.infer<typeof UserUpdate>;

export const RoleAssign = z.object({
  programmeId: Id,
  role: ProgrammeRole,
  languages: z.array(z.enum(STANDARD_LANGUAGES)).max(STANDARD_LANGUAGES.length).default([]).describe('For a translator (required, at least one): the languages whose translations they edit; ignored for other roles'),
});
export type RoleAssign = z.infer<typeof RoleAssign>;
export const RoleParams = z.object({ id: Id, programmeId: Id });

export const UserQuery = PageQuery.extend({ programmeId: Id.optional() });
export type UserQuery = z.infer<typeof UserQuery>;
export const UserPage = pageOf(User);

/** Accounts and their roles in programmes. */
export const usersApi = {
  list: endpoint({ method: 'GET', path: '/api/users', query: UserQuery, response: UserPage }),
  get: endpoint({ method: 'GET', path: '/api/users/:id', params: IdParams, response: User }),
  create: endpoint({ method: 'POST', path: '/api/users', body: UserCreate, response: User, status: 201 }),
  update: endpoint({ method: 'PATCH', path: '/api/users/:id', params: IdParams, body: UserUpdate, response: User }),
  assignRole: endpoint({ method: 'PUT', path: '/api/users/:id/roles', params: IdParams, body: RoleAssign, response: User }),
  revokeRole: endpoint({ method: 'DELETE', path: '/api/users/:id/roles/:programmeId', params: RoleParams, response: OkResponse }),
};
