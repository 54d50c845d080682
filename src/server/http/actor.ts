import type { ProgrammeRole } from '../../shared/contracts/users';

export interface ActorUser {
  id: string;
  name: string;
  email: string;
  organisationId: string | null;
  isPlatformAdmin: boolean;
  /** Roles by programme id, as granted (not yet inherited by sub-programmes). */
  roles: Map<string, ProgrammeRole>;
}

/** Who makes the request. Anonymous visitors have `user: null`. */
export interface Actor {
  user: ActorUser | null;
  requestId: string;
}

export const systemActor = (requestId = 'system'): Actor => ({ user: null, requestId });
