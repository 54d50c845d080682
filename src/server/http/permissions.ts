import * as model from '../../shared/domain/permissions';
import type {
  Action,
  PermissionActor,
  PermissionScope,
  ProgrammeLink,
} from '../../shared/domain/permissions';
import type { Actor, ActorUser } from './actor';
import { AppError } from './errors';

export { PLATFORM, type Action, type PermissionScope } from '../../shared/domain/permissions';

/**
 * What a route declares. `public` needs nothing; `authenticated` needs a signed-in user; an
 * action needs a signed-in user, and the service then checks the action against the record.
 */
export type Permission =
  | 'public'
  | 'authenticated'
  | { action: Action; scope: 'platform' | 'programme' | 'organisation' };

/**
 * The request's actor as the shared permission model reads it. The session keeps roles by
 * programme id; the model reads the grants as the API hands them to the client, so one function
 * decides for both sides.
 */
function subject(actor: Actor): PermissionActor | null {
  const user = actor.user;
  if (!user) return null;
  return {
    isPlatformAdmin: user.isPlatformAdmin,
    organisationId: user.organisationId,
    roles: [...user.roles].map(([programmeId, role]) => ({ programmeId, role })),
  };
}

export function requireUser(actor: Actor): ActorUser {
  if (!actor.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return actor.user;
}

/** Whether the actor may take the action in the scope (the shared model's `can`). */
export function can(actor: Actor, action: Action, scope: PermissionScope = {}): boolean {
  return model.can(subject(actor), action, scope);
}

/** Whether the actor may see the programme at the head of the lineage (nearest first). */
export function canSeeProgramme(actor: Actor, lineage: readonly ProgrammeLink[]): boolean {
  return model.canSeeProgramme(subject(actor), lineage);
}

/** Throws 401 for anonymous actors and 403 when the action is not allowed. */
export function authorize(actor: Actor, action: Action, scope: PermissionScope = {}): ActorUser {
  const user = requireUser(actor);
  if (!can(actor, action, scope)) {
    throw new AppError('FORBIDDEN', `You do not have permission for ${action}`);
  }
  return user;
}
