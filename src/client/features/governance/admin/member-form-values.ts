import type { MembershipCreate } from '../../../../shared/contracts/governance-bodies';
import type { MemberRole } from '../../../../shared/domain/governance';
import { todayIso } from './form-support';

export interface MemberFormValues {
  personId: string | null;
  organisationId: string | null;
  role: string;
  deputyForId: string;
  /** Voting right as chosen; null keeps the role's default. */
  hasVote: boolean | null;
  validFrom: string;
  validTo: string;
}

export function emptyMemberValues(now = new Date()): MemberFormValues {
  return { personId: null, organisationId: null, role: '', deputyForId: '', hasVote: null, validFrom: todayIso(now), validTo: '' };
}

/** Members, chairs and deputies vote; observers and secretaries do not (the server's default too). */
export function votesByDefault(role: string): boolean {
  return !(['observer', 'secretary'] as string[]).includes(role);
}

export function memberPayload(v: MemberFormValues): Record<keyof MembershipCreate, unknown> {
  const deputy = v.role === ('personal_deputy' satisfies MemberRole);
  return {
    personId: v.personId ?? undefined,
    organisationId: v.organisationId,
    role: v.role || undefined,
    // Only a personal deputy names the member they stand in for.
    deputyForId: deputy ? v.deputyForId || undefined : null,
    hasVote: v.hasVote ?? votesByDefault(v.role),
    validFrom: v.validFrom.trim() || undefined,
    validTo: v.validTo.trim() || null,
  };
}
