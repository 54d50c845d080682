import { isApiError } from '../../../../app/api';
import type { BudgetLine } from '../../../../../shared/domain/portfolio';

/** A change the project's forms could not save alone: it goes to the board as a change request. */
export interface ChangeProposal {
  grantedTotal?: number | null;
  lines?: BudgetLine[];
  startsOn?: string | null;
  endsOn?: string | null;
}

/** Whether the server refused a save because it passes the programme's thresholds. */
export function isAboveThreshold(err: unknown): boolean {
  return isApiError(err) && err.fieldErrors.some((e) => e.code === 'budgetAboveThreshold' || e.code === 'periodAboveThreshold');
}
