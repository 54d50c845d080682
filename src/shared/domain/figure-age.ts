import { parsePeriod } from './periods';

/** A latest figure older than this is flagged, unless its indicator sets its own limit. */
export const DEFAULT_MAX_AGE_YEARS = 5;

/** How old a figure is: whole years from the end of its period to `now` (0 within a year). */
export function figureAgeYears(period: string, now: Date): number | null {
  const parsed = parsePeriod(period);
  if (!parsed) return null;
  const end = new Date(`${parsed.end}T23:59:59Z`);
  let years = now.getUTCFullYear() - end.getUTCFullYear();
  const anniversary = Date.UTC(now.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate(), 23, 59, 59);
  if (now.getTime() < anniversary) years -= 1;
  return Math.max(0, years);
}

/** The age of a period's figures against the limit, as the contracts carry it (FigureAge). */
export function ageOf(period: string, maxAgeYears: number | null, now: Date): { years: number; maxYears: number; isOutdated: boolean } | null {
  const years = figureAgeYears(period, now);
  if (years === null) return null;
  const maxYears = maxAgeYears ?? DEFAULT_MAX_AGE_YEARS;
  return { years, maxYears, isOutdated: years > maxYears };
}

/** Whether a figure of the period is older than the indicator allows (its own limit, else the default). */
export function isOutdated(period: string, maxAgeYears: number | null, now: Date): boolean {
  const age = figureAgeYears(period, now);
  return age !== null && age > (maxAgeYears ?? DEFAULT_MAX_AGE_YEARS);
}
