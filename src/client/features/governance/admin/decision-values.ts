import type { AgendaItem } from '../../../../shared/contracts/governance-meetings';
import type { Vote } from '../../../../shared/domain/governance';
import { textPayload, textValues, type TextValues } from './form-support';

export interface DecisionValues {
  outcome: string;
  decisionText: TextValues;
  forwardedToBodyId: string;
  /** A vote per membership id; members left out did not vote. */
  votes: Record<string, Vote | ''>;
}

/** A recorded decision as it stands, or the case's proposed decision as the text to start from. */
export function decisionValues(item: Pick<AgendaItem, 'outcome' | 'decisionText' | 'forwardedTo' | 'votes' | 'case'>): DecisionValues {
  return {
    outcome: item.outcome ?? '',
    decisionText: textValues(item.decisionText ?? item.case.proposedDecision),
    forwardedToBodyId: item.forwardedTo?.id ?? '',
    votes: Object.fromEntries((item.votes ?? []).map((v) => [v.membershipId, v.vote])),
  };
}

/** The votes sent, in the order of the voters given: the index of each is where the server names its error. */
export function votesSent(v: DecisionValues, voterIds: readonly string[]): { membershipId: string; vote: Vote }[] {
  return voterIds.flatMap((id) => (v.votes[id] ? [{ membershipId: id, vote: v.votes[id] as Vote }] : []));
}

export function decisionPayload(v: DecisionValues, voterIds: readonly string[]) {
  const votes = votesSent(v, voterIds);
  return {
    outcome: v.outcome || undefined,
    decisionText: textPayload(v.decisionText),
    forwardedToBodyId: v.outcome === 'forwarded' ? v.forwardedToBodyId || null : null,
    ...(votes.length > 0 ? { votes } : {}),
  };
}
