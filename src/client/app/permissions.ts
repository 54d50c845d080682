import type { Me } from '../../shared/contracts/auth';
import type { ProgrammeSummary } from '../../shared/contracts/programmes';
import { can, ownedScope, type Action } from '../../shared/domain/permissions';
import { lineage } from '../features/programmes/tree';

export { can, PLATFORM } from '../../shared/domain/permissions';

/**
 * The client asks the shared permission model (src/shared/domain/permissions.ts) what the
 * signed-in user may do, so the UI offers only the actions that will succeed. The server still
 * decides: these only hide controls. The helpers here only find the programme's ancestors in
 * the programme list the client has loaded.
 */
export type MeUser = NonNullable<Me['user']>;

/** Whether the user may take the action on the programme, with the roles its ancestors grant. */
export function canInProgramme(
  user: MeUser | null | undefined,
  action: Action,
  programmes: readonly ProgrammeSummary[],
  programmeId: string,
): boolean {
  return can(user, action, { programmeIds: lineage(programmes, programmeId) });
}

/** The programmes of the list in which the user may take the action. */
export function programmesWhere(user: MeUser | null | undefined, action: Action, programmes: readonly ProgrammeSummary[]): ProgrammeSummary[] {
  return programmes.filter((p) => canInProgramme(user, action, programmes, p.id));
}

/**
 * Whether the user may take the action on an entry of a shared register or of the indicator
 * catalogue that `ownerProgrammeId` keeps (null: the platform), belonging to `organisationId`.
 */
export function canOnOwned(
  user: MeUser | null | undefined,
  action: Action,
  programmes: readonly ProgrammeSummary[],
  ownerProgrammeId: string | null,
  organisationId?: string | null,
): boolean {
  return can(user, action, ownedScope(ownerProgrammeId ? lineage(programmes, ownerProgrammeId) : null, organisationId));
}
