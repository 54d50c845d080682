/**
 * The words of the portfolio: a project's phases, how it is funded, the roles of its partners,
 * its budget's kinds, and the fields its owner may show the public. Plain lists, without Zod: the
 * public pages read them, and the contracts build their enums from them. See DOMAIN.md, "Portfolio".
 */

/** A project's way from an idea to the years its benefits are followed; the order is the order of the steps. */
export const PROJECT_PHASES = ['initiative', 'planning', 'running', 'closing', 'closed', 'benefits_follow_up'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

/** Where a project's money comes from (its funding programme, and a budget line's source). */
export const FUNDING_PROGRAMMES = ['own_budget', 'state_grant', 'erasmus_plus', 'eea_norway_grants', 'eu_programme', 'other'] as const;
export type FundingProgramme = (typeof FUNDING_PROGRAMMES)[number];

/** The part an organisation plays in a project: leads it, takes part, or is the donor programme's partner. */
export const PARTNER_ROLES = ['coordinator', 'partner', 'donor_programme_partner'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** A budget line is what was applied for, what was granted, or what has been spent. */
export const BUDGET_KINDS = ['applied', 'granted', 'spent'] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

/**
 * What the public may read of a published project beyond its title, summary, phase, period,
 * owner and goals, each chosen by the project's keepers: the rest stays internal.
 */
export const PUBLIC_PROJECT_FIELDS = ['partners', 'budget', 'milestones', 'reach', 'results', 'lessons', 'benefits'] as const;
export type PublicProjectField = (typeof PUBLIC_PROJECT_FIELDS)[number];

/** Currencies a project may keep its budget in (ISO 4217): kroner, and those of its partners abroad. */
export const CURRENCIES = ['NOK', 'EUR', 'SEK', 'DKK', 'GBP', 'USD', 'CHF', 'PLN'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface BudgetLine {
  year: number;
  source: FundingProgramme;
  kind: BudgetKind;
  amount: number;
}

/** The sum of the lines of one kind. */
export function budgetTotal(lines: readonly BudgetLine[], kind: BudgetKind): number {
  return lines.reduce((sum, l) => (l.kind === kind ? sum + l.amount : sum), 0);
}

/** The sums of each kind by year, years in order: the budget's table. */
export function budgetByYear(lines: readonly BudgetLine[]): { year: number; applied: number; granted: number; spent: number }[] {
  const years = new Map<number, { year: number; applied: number; granted: number; spent: number }>();
  for (const l of lines) {
    const row = years.get(l.year) ?? { year: l.year, applied: 0, granted: 0, spent: 0 };
    row[l.kind] += l.amount;
    years.set(l.year, row);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** Whether a project's period [from, to] (dates YYYY-MM-DD, either open) touches the calendar year. */
export function periodTouchesYear(from: string | null, to: string | null, year: number): boolean {
  return (from === null || Number(from.slice(0, 4)) <= year) && (to === null || Number(to.slice(0, 4)) >= year);
}
