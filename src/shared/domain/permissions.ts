import type { ProgrammeRole } from '../contracts/users';

/**
 * Samordna's permission model, written once: the server enforces it on every request and the
 * client reads it to offer only the actions that will succeed. Both call `can(actor, action,
 * scope)`; the server with the record's programme lineage or organisation, the client with the
 * programme tree it has loaded. See docs/ARCHITECTURE.md, "Permissions".
 */
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
  'email.read',
  'governance.manage',
  'portfolio.manage',
  'project.update',
  'application.write',
  'review.read',
  'portfolio.readBenefits',
  'content.manage',
  'document.manage',
  'event.manage',
  'standard.manage',
  'standard.translate',
  'development.manage',
  'development.work',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * What each programme role may do within its programme and that programme's sub-programmes. An
 * action no role holds (deleting programmes and register entries, editing accounts) is for
 * platform administrators alone.
 */
export const ROLE_ACTIONS: Readonly<Record<ProgrammeRole, ReadonlySet<Action>>> = {
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
    'governance.manage',
    'portfolio.manage',
    'project.update',
    'application.write',
    'review.read',
    'portfolio.readBenefits',
    'content.manage',
    'document.manage',
    'event.manage',
    'standard.manage',
    'standard.translate',
    'development.manage',
    'development.work',
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
  // Board members sit in the deciding body, which reads the reviews of the applications it
  // decides, and follow the realisation of the portfolio's benefits (the strategic board's part).
  board_member: new Set<Action>(['programme.readInternal', 'person.read', 'review.read', 'portfolio.readBenefits']),
  contributor: new Set<Action>(['programme.readInternal']),
  viewer: new Set<Action>(['programme.readInternal']),
  // Translators edit the translations of the programme's standards, only in the languages their
  // role assignment names (checked by the standards service); nothing else of the programme.
  translator: new Set<Action>(['standard.translate']),
  // A development programme's participants and facilitators work in its participant groups: the
  // development service lets a participant into their own group only, a facilitator into the
  // groups assigned to them (the office, holding development.manage, into every group).
  participant: new Set<Action>(['development.work']),
  facilitator: new Set<Action>(['programme.readInternal', 'development.work']),
};

/**
 * Actions on the register entries of the actor's own organisation (the organisation itself and
 * its people, its projects and its applications to calls), open to its contributors — and its
 * secretariat members, who hold them anyway.
 */
export const OWN_ORGANISATION_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'organisation.update',
  'person.read',
  'person.create',
  'person.update',
  'project.update',
  'application.write',
  'standard.manage',
]);
const OWN_ORGANISATION_ROLES: ReadonlySet<ProgrammeRole> = new Set<ProgrammeRole>([
  'contributor',
  'secretariat',
]);

/** A role granted on one programme. */
export interface RoleRef {
  programmeId: string;
  role: ProgrammeRole;
}

/** Who acts, as the model reads it: the signed-in user (`Me['user']` on the client). */
export interface PermissionActor {
  isPlatformAdmin: boolean;
  organisationId: string | null;
  /** Roles as granted, each on one programme; sub-programmes inherit them (see `roleIn`). */
  roles: readonly RoleRef[];
}

/**
 * Where the action is taken.
 * - `programmeIds`: the record's programme and its ancestors, nearest first. Left out, the
 *   question is whether the actor may take the action in some programme (e.g. may they open the
 *   import page at all). Empty, the action is taken on the platform as a whole (see PLATFORM).
 * - `organisationId`: the organisation the record belongs to, for the own-organisation rule.
 */
export interface PermissionScope {
  programmeIds?: readonly string[];
  organisationId?: string | null;
}

/**
 * The platform as a whole, above every programme: no programme role reaches it, so only
 * platform administrators act there (top-level programmes, every user, every audit entry,
 * granting platform administration).
 */
export const PLATFORM: PermissionScope = { programmeIds: [] };

/** The role the actor holds on the programme, inherited from the nearest ancestor that grants one. */
export function roleIn(
  actor: PermissionActor,
  programmeIds: readonly string[],
): ProgrammeRole | undefined {
  for (const id of programmeIds) {
    const grant = actor.roles.find((r) => r.programmeId === id);
    if (grant) return grant.role;
  }
  return undefined;
}

/** Whether the actor (null or undefined when nobody is signed in) may take the action in the scope. */
export function can(
  actor: PermissionActor | null | undefined,
  action: Action,
  scope: PermissionScope = {},
): boolean {
  if (!actor) return false;
  if (actor.isPlatformAdmin) return true;
  if (scope.programmeIds) {
    const role = roleIn(actor, scope.programmeIds);
    if (role && ROLE_ACTIONS[role].has(action)) return true;
  } else if (actor.roles.some((r) => ROLE_ACTIONS[r.role].has(action))) {
    return true;
  }
  return (
    !!scope.organisationId &&
    actor.organisationId === scope.organisationId &&
    OWN_ORGANISATION_ACTIONS.has(action) &&
    actor.roles.some((r) => OWN_ORGANISATION_ROLES.has(r.role))
  );
}

/**
 * The scope of an entry of a shared register (an organisation, a person) or of the indicator
 * catalogue: the lineage of the programme that keeps it (nearest first), or none when the
 * platform keeps it, so that only platform administrators reach it through a role; and the
 * organisation it belongs to, for the own-organisation rule.
 */
export function ownedScope(ownerLineage: readonly string[] | null, organisationId?: string | null): PermissionScope {
  return { programmeIds: ownerLineage ?? [], ...(organisationId !== undefined ? { organisationId } : {}) };
}

/** A programme and whether it is published: one link of a lineage. */
export interface ProgrammeLink {
  id: string;
  isPublished: boolean;
}

/**
 * Whether the actor may see the programme at the head of `lineage` (the programme, then its
 * ancestors, nearest first; empty when it does not exist). A published programme is open to
 * everyone; an unpublished one to those who work in it or above it, and to platform admins.
 */
export function canSeeProgramme(
  actor: PermissionActor | null | undefined,
  lineage: readonly ProgrammeLink[],
): boolean {
  const [programme] = lineage;
  if (!programme) return false;
  return (
    programme.isPublished ||
    can(actor, 'programme.readInternal', { programmeIds: lineage.map((l) => l.id) })
  );
}
