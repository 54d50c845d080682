import type { LocalizedText } from '../../../../shared/domain/localized';
import { useGoalTree } from '../../goals/goals.queries';
import { useGoalEfforts } from '../../governance/action-programmes/action-programmes.queries';

export interface ProgrammeChoice {
  value: string;
  label: LocalizedText;
}

/** The goals (its own and inherited) or the efforts of the programme's published action programmes an applicant can name. */
export function useProgrammeChoices(programmeId: string, kind: 'goals' | 'efforts'): { isPending: boolean; options: ProgrammeChoice[] } {
  const goals = useGoalTree(kind === 'goals' ? programmeId : undefined);
  const efforts = useGoalEfforts(kind === 'efforts' ? programmeId : undefined);
  if (kind === 'goals') return { isPending: goals.isPending, options: (goals.data?.goals ?? []).map((g) => ({ value: g.id, label: g.title })) };
  const seen = new Map<string, ProgrammeChoice>();
  for (const g of efforts.data?.goals ?? []) for (const e of g.efforts) if (!seen.has(e.id)) seen.set(e.id, { value: e.id, label: e.title });
  return { isPending: efforts.isPending, options: [...seen.values()] };
}
