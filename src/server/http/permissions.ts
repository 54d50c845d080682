import type { ProgrammeRole } from '../../shared/contracts/users';
import type { Actor, ActorUser } from './actor';
import { AppError } from './errors';

/**
 * What a route declares. `public` needs nothing; `authenticated` needs a signed-in user; an
 * action needs a signed-in user, and the service then checks the action against the record.
 */
export type Permission =
  | 'public'
  | 'authenticated'
  | { action: Action; scope: 'platform' | 'programme' | 'organisation' };

export const ACTIONS = [
  'programme.create',
  'programme.readInternal',
  'programme.update',
  'programme.delete',
  'organisation.create',
  'organisation.update',
  'organisation.delete',
  'area.create',
  'area.update',
  'area.delete',
  'person.read',
  'person.create',
  'person.update',
  'person.delete',
  'user.read',
  'user.create',
  'user.update',
  'role.manage',
  'audit.read',
  'indicator.create',
  'indicator.update',
  'indicator.delete',
  'statistics.import',
  'programme.manageStatistics',
  'goal.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What each programme role may do within its programme (and that programme's sub-programmes). */
const ROLE_ACTIONS: Record<ProgrammeRole, ReadonlySet<Action>> = {
  secretariat: new Set<Action>([
    'programme.create',
    'programme.readInternal',
    'programme.update',
    'organisation.create',
    'organisation.update',
    'area.create',
    'area.update',
    'person.read',
    'person.create',
    'person.update',
    'user.read',
    'user.create',
    'role.manage',
    'audit.read',
    'indicator.create',
    'indicator.update',
    'indicator.delete',
    'statistics.import',
    'programme.manageStatistics',
    'goal.manage',
  ]),
  // Analysts keep the knowledge base: indicators, imports of official statistics, and which
  // indicators and reference areas the programme follows. Goals are the boards' and secretariat's.
  analyst: new Set<Action>([
    'programme.readInternal',
    'indicator.create',
    'indicator.update',
    'statistics.import',
    'programme.manageStatistics',
  ]),
  board_member: new Set<Action>(['programme.readInternal', 'person.read']),
  contributor: new Set<Action>(['programme.readInternal']),
  viewer: new Set<Action>(['programme.readInternal']),
};

/** Actions a contributor may take on the register entries of their own organisation. */
const OWN_ORGANISATION_ACTIONS = new Set<Action>(['organisation.update', 'person.read', 'person.create', 'person.update']);

export interface PermissionContext {
  /** The programme and its ancestors, nearest first: a role on an ancestor counts. */
  programmeIds?: readonly string[];
  /** The organisation the record belongs to. */
  organisationId?: string | null;
}

export function requireUser(actor: Actor): ActorUser {
  if (!actor.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return actor.user;
}

/** The role the user holds on the programme, inherited from the nearest ancestor that grants one. */
export function roleIn(user: ActorUser, programmeIds: readonly string[]): ProgrammeRole | undefined {
  for (const id of programmeIds) {
    const role = user.roles.get(id);
    if (role) return role;
  }
  return undefined;
}

/**
 * Whether the actor may take the action. Without a programme in the context, a platform-wide
 * action is allowed to anyone who holds a role granting it in some programme.
 */
export function can(actor: Actor, action: Action, ctx: PermissionContext = {}): boolean {
  const user = actor.user;
  if (!user) return false;
  if (user.isPlatformAdmin) return true;
  if (ctx.programmeIds) {
    const role = roleIn(user, ctx.programmeIds);
    if (role && ROLE_ACTIONS[role].has(action)) return true;
  } else {
    for (const role of user.roles.values()) if (ROLE_ACTIONS[role].has(action)) return true;
  }
  if (
    ctx.organisationId &&
    user.organisationId === ctx.organisationId &&
    OWN_ORGANISATION_ACTIONS.has(action) &&
    [...user.roles.values()].some((r) => r === 'contributor' || r === 'secretariat')
  ) {
    return true;
  }
  return false;
}

/** Throws 401 for anonymous actors and 403 when the action is not allowed. */
export function authorize(actor: Actor, action: Action, ctx: PermissionContext = {}): ActorUser {
  const user = requireUser(actor);
  if (!can(actor, action, ctx)) {
    throw new AppError('FORBIDDEN', `You do not have permission for ${action}`);
  }
  return user;
}
