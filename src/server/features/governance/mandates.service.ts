import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { bodyScope, managedBody } from './governance.access';
import * as repo from './bodies.repo';
import { toMandateVersion } from './bodies.view';
import { diffWords } from '../../../shared/domain/word-diff';
import type { MandateDiff, MandateDiffQuery, MandateVersion, MandateVersionCreate, MandateVersionUpdate } from '../../../shared/contracts/governance-bodies';
import type { MandateVersionRow } from './governance.table';

async function load(db: DbOrTx, id: string): Promise<MandateVersion> {
  return toMandateVersion((await repo.findMandateView(db, id))!);
}

/**
 * Adds a version to a body's mandate: a draft, which a decision adopts later, or — with a cited
 * source — a version adopted before Samordna, recorded as adopted on the day it took effect.
 */
export async function addMandateVersion(db: Db, actor: Actor, bodyId: string, input: MandateVersionCreate): Promise<MandateVersion> {
  const { body } = await managedBody(db, actor, bodyId);
  const id = await db.transaction(async (tx) => {
    await repo.lockBody(tx, bodyId);
    const version = await repo.nextMandateVersion(tx, bodyId);
    const historical = !!input.citedSource;
    const created = await repo.mandateRows.insert(tx, {
      bodyId,
      version,
      text: input.text,
      effectiveFrom: input.effectiveFrom ?? null,
      citedSource: input.citedSource ?? null,
      adoptedAt: historical ? new Date(`${input.effectiveFrom}T12:00:00Z`) : null,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'mandate_version', entityId: created.id, programmeId: body.programmeId, after: created });
    return created.id;
  });
  return load(db, id);
}

async function managedDraft(db: Db, actor: Actor, id: string): Promise<{ version: MandateVersionRow; programmeId: string }> {
  const version = await repo.findMandateView(db, id);
  if (!version) throw notFound('The mandate version');
  const { body } = await managedBody(db, actor, version.bodyId, 'The mandate version');
  return { version, programmeId: body.programmeId };
}

function refuseAdopted(row: MandateVersionRow): void {
  if (row.adoptedAt) throw new AppError('STATE_CHANGED', 'An adopted mandate version is never changed; write a new version instead');
}

/** Changes a draft and raises its revision, so a case prepared against the old text is refused. */
export async function updateMandateVersion(db: Db, actor: Actor, id: string, patch: MandateVersionUpdate): Promise<MandateVersion> {
  const { programmeId } = await managedDraft(db, actor, id);
  await db.transaction(async (tx) => {
    const before = await repo.mandateRows.lock(tx, id);
    if (!before) throw notFound('The mandate version');
    refuseAdopted(before);
    const after = await repo.mandateRows.update(tx, id, {
      text: patch.text ?? before.text,
      effectiveFrom: patch.effectiveFrom === undefined ? before.effectiveFrom : patch.effectiveFrom,
      revision: before.revision + 1,
      updatedAt: new Date(),
    });
    await recordAudit(tx, actor, { action: 'update', entityType: 'mandate_version', entityId: id, programmeId, before, after });
  });
  return load(db, id);
}

export async function removeMandateVersion(db: Db, actor: Actor, id: string): Promise<void> {
  const { programmeId } = await managedDraft(db, actor, id);
  await db.transaction(async (tx) => {
    const before = await repo.mandateRows.lock(tx, id);
    if (!before) throw notFound('The mandate version');
    refuseAdopted(before);
    if (await repo.mandateIsPrepared(tx, id)) throw new AppError('IN_USE', 'A case proposes to adopt this draft');
    await repo.mandateRows.remove(tx, id);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'mandate_version', entityId: id, programmeId, before });
  });
}

/**
 * Two versions of a body's mandate compared by words, in one language (bokmål where a version
 * has no text in it). Drafts only for those who keep or sit in the body.
 */
export async function diffMandate(db: Db, actor: Actor, bodyId: string, query: MandateDiffQuery): Promise<MandateDiff> {
  const scope = await bodyScope(db, actor, bodyId);
  const [from, to] = await Promise.all([repo.findMandateView(db, query.from), repo.findMandateView(db, query.to)]);
  const visible = (v: typeof from) => v && v.bodyId === bodyId && (v.adoptedAt || scope.isInsider);
  if (!visible(from)) throw invalidField('from', 'notFound', 'The version is not a version of this body\'s mandate');
  if (!visible(to)) throw invalidField('to', 'notFound', 'The version is not a version of this body\'s mandate');
  const textIn = (v: MandateVersionRow) => v.text[query.lang] || v.text.nb;
  const [older, newer] = from!.version <= to!.version ? [from!, to!] : [to!, from!];
  return {
    from: toMandateVersion(older),
    to: toMandateVersion(newer),
    lang: query.lang,
    parts: diffWords(textIn(older), textIn(newer)),
  };
}
