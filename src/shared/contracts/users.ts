import { z } from 'zod';
import { Email, Id, pageOf, PageQuery, Timestamp } from './common';

export const PROGRAMME_ROLES = ['secretariat', 'analyst', 'board_member', 'contributor', 'viewer'] as const;
export const ProgrammeRole = z.enum(PROGRAMME_ROLES);
export type ProgrammeRole = z.infer<typeof ProgrammeRole>;

export const RoleGrant = z.object({
  programmeId: Id,
  programmeSlug: z.string(),
  programmeName: z.string(),
  role: ProgrammeRole,
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

export const RoleAssign = z.object({ programmeId: Id, role: ProgrammeRole });
export type RoleAssign = z.infer<typeof RoleAssign>;
export const RoleParams = z.object({ id: Id, programmeId: Id });

export const UserQuery = PageQuery.extend({ programmeId: Id.optional() });
export const UserPage = pageOf(User);
