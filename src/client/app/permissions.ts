import type { Me } from '../../shared/contracts/auth';
import type { ProgrammeSummary } from '../../shared/contracts/programmes';
import type { ProgrammeRole } from '../../shared/contracts/users';
import { lineage } from '../features/programmes/tree';

/**
 * What the signed-in user may do, mirrored from the server's rules so the UI offers only the
 * actions that will succeed. The server still decides: these only hide controls.
 */
export type MeUser = NonNullable<Me['user']>;

export function isAdmin(user: MeUser | null | undefined): boolean {
  return user?.isPlatformAdmin === true;
}

/** The role held on the programme, inherited from the nearest ancestor that grants one. */
export function roleIn(user: MeUser, programmes: readonly ProgrammeSummary[], programmeId: string): ProgrammeRole | undefined {
  for (const id of lineage(programmes, programmeId)) {
    const grant = user.roles.find((r) => r.programmeId === id);
    if (grant) return grant.role;
  }
  return undefined;
}

export function canAdministerProgramme(user: MeUser | null | undefined, programmes: readonly ProgrammeSummary[], programmeId: string): boolean {
  if (!user) return false;
  if (user.isPlatformAdmin) return true;
  return roleIn(user, programmes, programmeId) === 'secretariat';
}

/** Programmes the user may edit: all for a platform admin, else those under a secretariat role. */
export function administeredProgrammes(user: MeUser | null | undefined, programmes: readonly ProgrammeSummary[]): ProgrammeSummary[] {
  return programmes.filter((p) => canAdministerProgramme(user, programmes, p.id));
}

export function hasSecretariatRole(user: MeUser | null | undefined): boolean {
  return user?.roles.some((r) => r.role === 'secretariat') ?? false;
}

/** Organisations, areas and people are shared registers: secretariats and admins add to them. */
export function canEditRegisters(user: MeUser | null | undefined): boolean {
  return isAdmin(user) || hasSecretariatRole(user);
}

/** Indicators and imports of official statistics: admins, secretariats and analysts. */
export function canManageStatistics(user: MeUser | null | undefined): boolean {
  return isAdmin(user) || (user?.roles.some((r) => r.role === 'secretariat' || r.role === 'analyst') ?? false);
}

/** Which indicators and areas the programme follows: its secretariat and analysts. */
export function canManageProgrammeStatistics(user: MeUser | null | undefined, programmes: readonly ProgrammeSummary[], programmeId: string): boolean {
  if (!user) return false;
  if (user.isPlatformAdmin) return true;
  const role = roleIn(user, programmes, programmeId);
  return role === 'secretariat' || role === 'analyst';
}
