import type { Membership, MandateVersion } from '../../../../shared/contracts/governance-bodies';
import { BODY_KINDS, type BodyKind } from '../../../../shared/domain/governance';
import { pickText, type Locale } from '../../../../shared/domain/localized';
import { dateTimeFormat } from '../../../../shared/domain/intl';

/** A body with the bodies under it (a working group under an expert group). */
export interface BodyNode<B> {
  body: B;
  children: BodyNode<B>[];
}

/**
 * The bodies grouped by kind, in the order of the kinds, each top-level body with the bodies
 * under it nested, whatever their kind. A body whose parent is not in the list (not public) stands
 * at the top of its own kind. The list's order is kept inside a group.
 */
export function groupBodies<B extends { id: string; parentId: string | null; kind: BodyKind }>(bodies: readonly B[]): { kind: BodyKind; nodes: BodyNode<B>[] }[] {
  const ids = new Set(bodies.map((b) => b.id));
  const childrenOf = new Map<string, B[]>();
  for (const b of bodies) {
    if (b.parentId && ids.has(b.parentId) && b.parentId !== b.id) childrenOf.set(b.parentId, [...(childrenOf.get(b.parentId) ?? []), b]);
  }
  const seen = new Set<string>();
  const node = (body: B): BodyNode<B> => {
    seen.add(body.id);
    // A damaged tree (a cycle) stops where it would come back.
    const children = (childrenOf.get(body.id) ?? []).filter((c) => !seen.has(c.id)).map(node);
    return { body, children };
  };
  const roots = bodies.filter((b) => !b.parentId || !ids.has(b.parentId) || b.parentId === b.id);
  const nodes = roots.map(node);
  return BODY_KINDS.map((kind) => ({ kind, nodes: nodes.filter((n) => n.body.kind === kind) })).filter((g) => g.nodes.length > 0);
}

/** A seat in a body, with the personal deputies who stand in for it. */
export interface Seat {
  member: Membership;
  deputies: Membership[];
}

export interface MemberGroups {
  /** Chair, deputy chair and members, in that order. */
  members: Seat[];
  observers: Seat[];
  secretaries: Seat[];
  /** Personal deputies whose member is not in the list (their seat ended). */
  otherDeputies: Membership[];
}

const SEAT_ORDER = ['chair', 'deputy_chair', 'member'] as const;

/**
 * The members of a body as the page lists them: the voting seats by role (chair first), each
 * personal deputy under the member they stand in for, observers and the secretary apart.
 */
export function groupMembers(members: readonly Membership[]): MemberGroups {
  const deputies = members.filter((m) => m.role === 'personal_deputy');
  const seat = (member: Membership): Seat => ({ member, deputies: deputies.filter((d) => d.deputyFor?.id === member.id) });
  const ofRole = (role: Membership['role']) => members.filter((m) => m.role === role).map(seat);
  const placed = new Set(members.filter((m) => m.role !== 'personal_deputy').map((m) => m.id));
  return {
    members: SEAT_ORDER.flatMap(ofRole),
    observers: ofRole('observer'),
    secretaries: ofRole('secretary'),
    otherDeputies: deputies.filter((d) => !d.deputyFor || !placed.has(d.deputyFor.id)),
  };
}

/**
 * The mandate in force on a day (YYYY-MM-DD): the adopted version that took effect last on or
 * before it; a version without a date counts from its adoption. None when nothing is adopted yet.
 */
export function currentMandate(versions: readonly MandateVersion[], today: string): MandateVersion | undefined {
  const started = versions.filter((v) => v.status === 'adopted' && (v.effectiveFrom ?? v.adoptedAt?.slice(0, 10) ?? '') <= today);
  return started.sort((a, b) => b.version - a.version)[0];
}

/** The text of a version in the reader's language, or the bokmål text, marked as such. */
export function mandateText(version: MandateVersion, locale: Locale): { text: string; lang: Locale; fallback: boolean } {
  const picked = pickText(version.text, locale);
  return { ...picked, fallback: picked.lang !== locale };
}

/**
 * The language to compare two versions in: the reader's when both have a text in it, else
 * bokmål, which every version has.
 */
export function comparisonLanguage(a: MandateVersion, b: MandateVersion, locale: Locale): Locale {
  const has = (v: MandateVersion) => Boolean(v.text[locale]?.trim());
  return has(a) && has(b) ? locale : 'nb';
}

/** The two versions to compare when the reader has chosen none: the one before the newest, and the newest. */
export function defaultComparison(versions: readonly MandateVersion[]): { from: string; to: string } | undefined {
  const adopted = versions.filter((v) => v.status === 'adopted').sort((a, b) => b.version - a.version);
  if (adopted.length < 2) return undefined;
  return { from: adopted[1]!.id, to: adopted[0]!.id };
}

/** Today's date in Oslo, YYYY-MM-DD. */
export function osloToday(now: Date = new Date()): string {
  return dateTimeFormat('en-CA', { dateStyle: 'short', timeZone: 'Europe/Oslo' }).format(now);
}
