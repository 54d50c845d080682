import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { managedBody, osloToday } from './governance.access';
import type { MembershipRow } from './governance.table';
import * as repo from './bodies.repo';
import { toMembership } from './bodies.view';
import { SINGLE_SEAT_ROLES, type MemberRole } from '../../../shared/domain/governance';
import type { Membership, MembershipCreate, MembershipUpdate } from '../../../shared/contracts/governance-bodies';

/** Chairs, deputy chairs, members and personal deputies vote unless told otherwise. */
const VOTES_BY_DEFAULT: ReadonlySet<MemberRole> = new Set<MemberRole>(['chair', 'deputy_chair', 'member', 'personal_deputy']);

interface Seat {
  personId: string;
  role: MemberRole;
  deputyForId: string | null;
  validFrom: string;
  validTo: string | null;
}

/**
 * The rules of a seat, checked under the body's lock so two secretaries cannot fill one seat at
 * once: one person sits once at a time; a chair and a deputy chair at a time; one personal
 * deputy per member at a time, who must be a member of the same body.
 */
async function checkSeat(tx: DbOrTx, bodyId: string, seat: Seat, selfId: string | null): Promise<void> {
  if (seat.validTo && seat.validTo < seat.validFrom) throw invalidField('validTo', 'periodOrder', 'The membership ends before it begins');
  if (seat.role === 'personal_deputy') {
    if (!seat.deputyForId) throw invalidField('deputyForId', 'required', 'Name the member the personal deputy stands in for');
    const principal = await repo.findMembershipView(tx, seat.deputyForId);
    if (!principal || principal.bodyId !== bodyId || principal.id === selfId) throw invalidField('deputyForId', 'notFound', 'The member is not a member of this body');
    if (principal.personId === seat.personId) throw invalidField('deputyForId', 'ownDeputy', 'A member cannot be their own deputy');
  } else if (seat.deputyForId) {
    throw invalidField('deputyForId', 'onlyDeputy', 'Only a personal deputy stands in for a named member');
  }
  const others = await repo.overlappingMemberships(tx, bodyId, seat.validFrom, seat.validTo, selfId);
  const clash = (why: (m: MembershipRow) => boolean) => others.find(why);
  if (clash((m) => m.personId === seat.personId)) {
    throw invalidField('validFrom', 'seatOverlap', 'The person already sits in this body for part of this period');
  }
  if (SINGLE_SEAT_ROLES.has(seat.role) && clash((m) => m.role === seat.role)) {
    throw invalidField('role', 'seatOverlap', `The body already has a ${seat.role} for part of this period`);
  }
  if (seat.role === 'personal_deputy' && clash((m) => m.role === 'personal_deputy' && m.deputyForId === seat.deputyForId)) {
    throw invalidField('deputyForId', 'seatOverlap', 'The member already has a personal deputy for part of this period');
  }
}

async function load(db: DbOrTx, id: string): Promise<Membership> {
  return toMembership((await repo.findMembershipView(db, id))!, osloToday());
}

export async function addMember(db: Db, actor: Actor, bodyId: string, input: MembershipCreate): Promise<Membership> {
  const { body } = await managedBody(db, actor, bodyId);
  if (!(await repo.findPerson(db, input.personId))) throw invalidField('personId', 'notFound', 'The person does not exist');
  if (input.organisationId && !(await repo.findOrganisation(db, input.organisationId))) throw invalidField('organisationId', 'notFound', 'The organisation does not exist');
  const id = await db.transaction(async (tx) => {
    await repo.lockBody(tx, bodyId);
    const seat: Seat = { personId: input.personId, role: input.role, deputyForId: input.deputyForId ?? null, validFrom: input.validFrom, validTo: input.validTo ?? null };
    await checkSeat(tx, bodyId, seat, null);
    const created = await repo.membershipRows.insert(tx, {
      bodyId,
      ...seat,
      organisationId: input.organisationId ?? null,
      hasVote: input.hasVote ?? VOTES_BY_DEFAULT.has(input.role),
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'membership', entityId: created.id, programmeId: body.programmeId, after: created });
    return created.id;
  });
  return load(db, id);
}

async function managedMembership(db: Db, actor: Actor, id: string) {
  const membership = await repo.findMembershipView(db, id);
  if (!membership) throw notFound('The membership');
  const scope = await managedBody(db, actor, membership.bodyId, 'The membership');
  return { membership, body: scope.body };
}

export async function updateMember(db: Db, actor: Actor, id: string, patch: MembershipUpdate): Promise<Membership> {
  const { body } = await managedMembership(db, actor, id);
  if (patch.organisationId && !(await repo.findOrganisation(db, patch.organisationId))) throw invalidField('organisationId', 'notFound', 'The organisation does not exist');
  await db.transaction(async (tx) => {
    await repo.lockBody(tx, body.id);
    const before = await repo.membershipRows.lock(tx, id);
    if (!before) throw notFound('The membership');
    const seat: Seat = {
      personId: before.personId,
      role: patch.role ?? before.role,
      deputyForId: patch.deputyForId === undefined ? (patch.role && patch.role !== 'personal_deputy' ? null : before.deputyForId) : patch.deputyForId,
      validFrom: patch.validFrom ?? before.validFrom,
      validTo: patch.validTo === undefined ? before.validTo : patch.validTo,
    };
    await checkSeat(tx, body.id, seat, id);
    const after = await repo.membershipRows.update(tx, id, {
      ...seat,
      organisationId: patch.organisationId === undefined ? before.organisationId : patch.organisationId,
      hasVote: patch.hasVote ?? (patch.role ? VOTES_BY_DEFAULT.has(patch.role) : before.hasVote),
      updatedAt: new Date(),
    });
    await recordAudit(tx, actor, { action: 'update', entityType: 'membership', entityId: id, programmeId: body.programmeId, before, after });
  });
  return load(db, id);
}

/**
 * Deletes a membership entered by mistake. One that a meeting's record or a deputy refers to is
 * history: end it (set its last day) instead.
 */
export async function removeMember(db: Db, actor: Actor, id: string): Promise<void> {
  const { body } = await managedMembership(db, actor, id);
  await db.transaction(async (tx) => {
    const before = await repo.membershipRows.lock(tx, id);
    if (!before) throw notFound('The membership');
    if (await repo.membershipIsUsed(tx, id)) throw new AppError('IN_USE', 'The membership is part of the record of a meeting or has a deputy; set its last day instead');
    await repo.membershipRows.remove(tx, id);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'membership', entityId: id, programmeId: body.programmeId, before });
  });
}
