import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import * as repo from './reports.repo';
import { idsOf } from './reports.access';
import { toSchedule } from './reports.view';
import type { ReportSchedule, ReportScheduleCreate, ReportScheduleList, ReportScheduleUpdate } from '../../../shared/contracts/reports';


async function manageable(db: Db, actor: Actor, programmeId: string) {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'portfolio.manage', { programmeIds: idsOf(lineage) });
  return lineage;
}

export async function listSchedules(db: Db, actor: Actor, programmeId: string): Promise<ReportScheduleList> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'programme.readInternal', { programmeIds: idsOf(lineage) });
  return { items: (await repo.listSchedules(db, programmeId)).map(toSchedule) };
}

export async function createSchedule(db: Db, actor: Actor, programmeId: string, input: ReportScheduleCreate): Promise<ReportSchedule> {
  await manageable(db, actor, programmeId);
  const target = input.projectId ? { kind: 'project' as const, id: input.projectId, path: 'projectId' } : { kind: 'call' as const, id: input.callId!, path: 'callId' };
  const owner = await repo.programmeOf(db, target.kind, target.id);
  if (owner !== programmeId) throw invalidField(target.path, 'notInProgramme', `The ${target.kind} is not in the programme`);
  const row = await db.transaction(async (tx) => {
    const created = await repo.scheduleRows.insert(tx, {
      programmeId,
      projectId: input.projectId ?? null,
      callId: input.callId ?? null,
      firstDueOn: input.firstDueOn ?? null,
      intervalMonths: input.intervalMonths ?? null,
      dueDates: [...new Set(input.dueDates)].sort(),
      remindDaysBefore: input.remindDaysBefore,
      remindDaysAfter: input.remindDaysAfter,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'report_schedule', entityId: created.id, programmeId, after: created });
    return created;
  });
  return toSchedule((await repo.findSchedule(db, row.id))!);
}

export async function updateSchedule(db: Db, actor: Actor, id: string, input: ReportScheduleUpdate): Promise<ReportSchedule> {
  const head = await repo.findSchedule(db, id);
  if (!head) throw notFound('The schedule');
  await manageable(db, actor, head.programmeId);
  await db.transaction(async (tx) => {
    const before = await repo.scheduleRows.lock(tx, id);
    if (!before) throw notFound('The schedule');
    if (before.revision !== input.revision) throw new AppError('STATE_CHANGED', 'The schedule has changed since it was read');
    const after = await repo.scheduleRows.update(tx, id, {
      firstDueOn: input.firstDueOn ?? null,
      intervalMonths: input.intervalMonths ?? null,
      dueDates: [...new Set(input.dueDates)].sort(),
      remindDaysBefore: input.remindDaysBefore,
      remindDaysAfter: input.remindDaysAfter,
      revision: before.revision + 1,
      updatedAt: new Date(),
    });
    await recordAudit(tx, actor, { action: 'update', entityType: 'report_schedule', entityId: id, programmeId: before.programmeId, before, after });
  });
  return toSchedule((await repo.findSchedule(db, id))!);
}

export async function deleteSchedule(db: Db, actor: Actor, id: string): Promise<void> {
  const head = await repo.findSchedule(db, id);
  if (!head) throw notFound('The schedule');
  await manageable(db, actor, head.programmeId);
  await db.transaction(async (tx) => {
    const before = await repo.scheduleRows.remove(tx, id);
    if (!before) throw notFound('The schedule');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'report_schedule', entityId: id, programmeId: before.programmeId, before });
  });
}
