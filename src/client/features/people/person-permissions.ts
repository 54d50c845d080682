import type { Person } from '../../../shared/contracts/people';
import { canEditRegisters, type MeUser } from '../../app/permissions';

function isContributorOf(user: MeUser, organisationId: string | null): boolean {
  return organisationId !== null && user.organisationId === organisationId && user.roles.some((r) => r.role === 'contributor');
}

/** Secretariats and admins keep the register; a contributor adds the people of its own organisation. */
export function canCreatePerson(user: MeUser): boolean {
  return canEditRegisters(user) || isContributorOf(user, user.organisationId);
}

export function canEditPerson(user: MeUser, person: Person): boolean {
  return canEditRegisters(user) || isContributorOf(user, person.organisationId);
}
