/**
 * Partner searches (partnersøk): an invitation from abroad to join a project as a partner, which
 * the organisation assesses before it joins (seed 004: Bydel Sagene gets them through its network
 * and the Oslo region's European office, and weighs how a project can involve staff across
 * disciplines and at every level). Joining creates the project, with the organisation as partner
 * and the lead abroad as coordinator. Plain lists, shared by the server and the pages.
 */

export const PARTNER_SEARCH_STATUSES = ['received', 'assessing', 'joined', 'declined'] as const;
export type PartnerSearchStatus = (typeof PARTNER_SEARCH_STATUSES)[number];

/** What the organisation weighs before it joins, each answered yes, partly or no. */
export const PARTNER_SEARCH_CRITERIA = ['staffAcrossDisciplines', 'staffAtAllLevels', 'servesGoals', 'rightProgramme', 'capacity'] as const;
export type PartnerSearchCriterion = (typeof PARTNER_SEARCH_CRITERIA)[number];

export const CRITERION_ANSWERS = ['yes', 'partly', 'no'] as const;
export type CriterionAnswer = (typeof CRITERION_ANSWERS)[number];

/** A search still open to assessment (not joined or declined). */
export const isOpenSearch = (status: PartnerSearchStatus) => status === 'received' || status === 'assessing';
