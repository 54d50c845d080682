import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import { projects } from './projects.table';
import type { FundingProgramme } from '../../../shared/domain/portfolio';
import type { CriterionAnswer, PartnerSearchCriterion, PartnerSearchStatus } from '../../../shared/domain/partner-searches';

/**
 * A partner search an organisation of the programme received: the project abroad it is invited
 * to, its assessment against the criteria, and the decision — joined (the project it created) or
 * declined (why). Internal to the programme.
 */
export const partnerSearches = pgTable(
  'partner_searches',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    leadOrganisation: text('lead_organisation').notNull(),
    leadCountry: text('lead_country'),
    fundingProgramme: text('funding_programme').$type<FundingProgramme>().notNull(),
    fundingProgrammeName: text('funding_programme_name'),
    summary: text('summary').notNull().default(''),
    /** Where it came from: a network, the European office, a partner. */
    source: text('source').notNull().default(''),
    receivedOn: date('received_on').notNull(),
    replyBy: date('reply_by'),
    status: text('status').$type<PartnerSearchStatus>().notNull().default('received'),
    criteria: jsonb('criteria').$type<Partial<Record<PartnerSearchCriterion, CriterionAnswer>>>().notNull().default({}),
    assessment: text('assessment').notNull().default(''),
    decisionNote: text('decision_note').notNull().default(''),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('partner_searches_programme_idx').on(t.programmeId, t.receivedOn.desc()),
    index('partner_searches_organisation_idx').on(t.organisationId),
    check('partner_searches_status', sql`${t.status} in ('received', 'assessing', 'joined', 'declined')`),
  ],
);
export type PartnerSearchRow = typeof partnerSearches.$inferSelect;
