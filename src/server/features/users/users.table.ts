import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import type { ProgrammeRole } from '../../../shared/contracts/users';

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    isDisabled: boolean('is_disabled').notNull().default(false),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(t.email),
    uniqueIndex('users_oidc_uq').on(t.oidcIssuer, t.oidcSubject),
  ],
);
export type UserRow = typeof users.$inferSelect;

export const programmeRoles = pgTable(
  'user_programme_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    role: text('role').$type<ProgrammeRole>().notNull(),
    /** A translator's languages (ISO 639-1 codes): the translations of standards they may edit. Empty for other roles. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.programmeId] }), index('roles_programme_idx').on(t.programmeId)],
);
export type ProgrammeRoleRow = typeof programmeRoles.$inferSelect;
