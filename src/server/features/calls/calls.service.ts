import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, invalidFields, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import * as repo from './calls.repo';
import { toCall, toCallSummary } from './calls.view';
import type { CallRow } from './calls.table';
import type { ProgrammeLink } from '../../../shared/domain/permissions';
import { CALL_STATUSES, type CallStatus } from '../../../shared/domain/calls';
import type { Call, CallCreate, CallDeadlines, CallList, CallListQuery, CallUpdate } from '../../../shared/contracts/calls';

const ids = (lineage: readonly ProgrammeLink[]) => lineage.map((l) => l.id);
const PUBLISHED: readonly CallStatus[] = ['open', 'closed', 'decided'];

/** What the actor may do with the programme's calls: keep them (the secretariat), or read them. */
export function callAccess(actor: Actor, lineage: readonly ProgrammeLink[]) {
  return { canManage: can(actor, 'portfolio.manage', { programmeIds: ids(lineage) }) };
}

/**
 * The call as the visitor may read it: a draft only for the secretariat (NOT_FOUND for others).
 * For a change (`manage`) the right to keep the programme's calls is asked first (FORBIDDEN).
 */
async function scoped(db: DbOrTx, actor: Actor, id: string, manage = false) {
  const row = await repo.findCall(db, id);
  if (!row) throw notFound('The call');
  const lineage = await visibleLineage(db, actor, row.programmeId, 'The call');
  if (manage) authorize(actor, 'portfolio.manage', { programmeIds: ids(lineage) });
  const access = callAccess(actor, lineage);
  if (row.status === 'draft' && !access.canManage) throw notFound('The call');
  return { row, lineage, access };
}

async function load(db: DbOrTx, actor: Actor, id: string, now: Date): Promise<Call> {
  const { row, access } = await scoped(db, actor, id);
  const count = access.canManage ? ((await repo.applicationCounts(db, [id])).get(id) ?? 0) : null;
  return toCall(row, await repo.deadlinesOf(db, [id]), now, access.canManage, count);
}

export function getCall(db: Db, actor: Actor, id: string, now: Date): Promise<Call> {
  return load(db, actor, id, now);
}

/** The programme's calls: the published ones for everyone, drafts too for the secretariat. */
export async function listCalls(db: Db, actor: Actor, programmeId: string, q: CallListQuery, now: Date): Promise<CallList> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const { canManage } = callAccess(actor, lineage);
  const statuses = (canManage ? CALL_STATUSES : PUBLISHED).filter((s) => !q.status || s === q.status);
  const rows = await repo.listCalls(db, programmeId, statuses);
  const deadlines = await repo.deadlinesOf(db, rows.map((r) => r.id));
  const counts = canManage ? await repo.applicationCounts(db, rows.map((r) => r.id)) : undefined;
  return { items: rows.map((r) => toCallSummary(r, deadlines.filter((d) => d.callId === r.id), now, counts ? (counts.get(r.id) ?? 0) : null)), canManage };
}

export async function createCall(db: Db, actor: Actor, programmeId: string, input: CallCreate, now: Date): Promise<Call> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'portfolio.manage', { programmeIds: ids(lineage) });
  const created = await db.transaction(async (tx) => {
    const row = await repo.callRows.insert(tx, {
      programmeId,
      title: input.title,
      text: input.text ?? { nb: '' },
      budgetFrame: input.budgetFrame ?? null,
      eligibleKinds: [...new Set(input.eligibleKinds)],
      ngoNeedsMunicipalPartner: input.ngoNeedsMunicipalPartner,
      criteria: input.criteria,
      form: input.form ?? null,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'call', entityId: row.id, programmeId, after: row });
    return row;
  });
  return load(db, actor, created.id, now);
}

const stateChanged = (detail: string) => new AppError('STATE_CHANGED', detail);

/**
 * Changes a call the actor keeps, under a lock, with its audit entry: `change` returns the row's
 * new values (and may write the deadlines in the same transaction).
 */
async function changeCall(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
  change: (tx: DbOrTx, before: CallRow) => Promise<Partial<CallRow>>,
  options: { revision?: number; parts?: (tx: DbOrTx) => Promise<object> } = {},
): Promise<Call> {
  await scoped(db, actor, id, true);
  await db.transaction(async (tx) => {
    const before = await repo.callRows.lock(tx, id);
    if (!before) throw notFound('The call');
    if (options.revision !== undefined && options.revision !== before.revision) throw stateChanged('The call was changed meanwhile; load it again');
    const partsBefore = options.parts ? await options.parts(tx) : {};
    const values = await change(tx, before);
    const after = await repo.callRows.update(tx, id, { ...values, revision: before.revision + 1, updatedAt: now });
    const partsAfter = options.parts ? await options.parts(tx) : {};
    await recordAudit(tx, actor, { action: 'update', entityType: 'call', entityId: id, programmeId: before.programmeId, before: { ...before, ...partsBefore }, after: { ...after!, ...partsAfter } });
  });
  return load(db, actor, id, now);
}

/** What may change once the call is open: its words and its frame, not who may apply or what they answer. */
const FIXED_WHEN_OPEN = ['eligibleKinds', 'ngoNeedsMunicipalPartner', 'criteria', 'form'] as const;

export function updateCall(db: Db, actor: Actor, id: string, patch: CallUpdate, now: Date): Promise<Call> {
  const { revision, ...fields } = patch;
  return changeCall(
    db,
    actor,
    id,
    now,
    async (_tx, before) => {
      if (before.status === 'decided') throw stateChanged('A decided call is not changed');
      if (before.status !== 'draft') {
        const fixed = FIXED_WHEN_OPEN.filter((k) => fields[k] !== undefined);
        if (fixed.length) throw stateChanged(`Once the call is open, these stay as published: ${fixed.join(', ')}`);
      }
      const values: Partial<CallRow> = {};
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) (values as Record<string, unknown>)[key] = value;
      if (fields.eligibleKinds) values.eligibleKinds = [...new Set(fields.eligibleKinds)];
      return values;
    },
    { revision },
  );
}

export async function deleteCall(db: Db, actor: Actor, id: string): Promise<void> {
  const { row } = await scoped(db, actor, id, true);
  await db.transaction(async (tx) => {
    const before = await repo.callRows.lock(tx, id);
    if (!before) throw notFound('The call');
    if (before.status !== 'draft') throw stateChanged('Only a draft call is deleted; close an open one');
    await repo.callRows.remove(tx, id);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'call', entityId: id, programmeId: row.programmeId, before });
  });
}

const deadlinesPart = async (tx: DbOrTx, id: string) => ({ deadlines: (await repo.deadlinesOf(tx, [id])).map((d) => `${d.deadline.toISOString()} ${d.label.nb}`) });

export async function setDeadlines(db: Db, actor: Actor, id: string, input: CallDeadlines, now: Date): Promise<Call> {
  return changeCall(
    db,
    actor,
    id,
    now,
    async (tx, before) => {
      if (before.status === 'closed' || before.status === 'decided') throw stateChanged('The deadlines of a closed call stay as they were');
      const existing = new Set((await repo.deadlinesOf(tx, [id])).map((d) => d.id));
      const errors = input.deadlines.flatMap((d, i) => (d.id && !existing.has(d.id) ? [{ path: `deadlines.${i}.id`, code: 'notFound', message: 'notFound' }] : []));
      if (errors.length) throw invalidFields(errors);
      await repo.replaceDeadlines(tx, id, input.deadlines.map((d) => ({ id: d.id, deadline: new Date(d.deadline), label: d.label })));
      return {};
    },
    { parts: (tx) => deadlinesPart(tx, id) },
  );
}

/** Opens a draft call for applications: it needs a form and a deadline not yet passed. */
export function openCall(db: Db, actor: Actor, id: string, now: Date): Promise<Call> {
  return changeCall(db, actor, id, now, async (tx, before) => {
    if (before.status !== 'draft') throw stateChanged('Only a draft call is opened');
    if (!before.form) throw invalidField('form', 'formRequired', 'The call needs an application form before it opens');
    const deadlines = await repo.deadlinesOf(tx, [id]);
    if (!deadlines.some((d) => d.deadline > now)) throw invalidField('deadlines', 'noDeadline', 'The call needs a deadline that has not passed');
    return { status: 'open', publishedAt: now };
  });
}

export function closeCall(db: Db, actor: Actor, id: string, now: Date): Promise<Call> {
  return changeCall(db, actor, id, now, async (_tx, before) => {
    if (before.status !== 'open') throw stateChanged('Only an open call is closed');
    return { status: 'closed' };
  });
}
