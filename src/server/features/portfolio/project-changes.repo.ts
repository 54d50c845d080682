import { eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { programmes } from '../programmes/programmes.table';
import { projectChangeRequests, type ProjectChangeRequestRow } from './project-changes.table';
import type { LocalizedText } from '../../../shared/domain/localized';

export const changeRequestRows = rowWrites(projectChangeRequests);
export const programmeRows = rowWrites(programmes);

/** The programme's thresholds for changes that go to the board. */
export const thresholdsOf = (db: DbOrTx, programmeId: string) =>
  db.select({ percent: programmes.changeThresholdPercent, months: programmes.changeThresholdMonths }).from(programmes).where(eq(programmes.id, programmeId)).then((r) => r[0]);

/** A change request with what its page shows: the project's title, who asked, and the latest case proposing it. */
export interface ChangeRequestView extends ProjectChangeRequestRow {
  projectTitle: LocalizedText;
  ownerOrganisationId: string;
  requestedByName: string | null;
  caseId: string | null;
  caseEffectApplied: boolean;
  bodyName: LocalizedText | null;
  meetingId: string | null;
  itemNumber: string | null;
  itemOutcome: string | null;
}

async function select(db: DbOrTx, where: SQL): Promise<ChangeRequestView[]> {
  const res = await db.execute<Record<string, unknown>>(sql`
    select r.*, p.title as project_title, p.owner_organisation_id, u.name as requested_by_name,
      c.case_id, c.applied, c.body_name, c.meeting_id, c.item_number, c.item_outcome
    from project_change_requests r
    join projects p on p.id = r.project_id
    left join users u on u.id = r.requested_by
    left join lateral (
      select e.case_id, e.applied_at is not null as applied, b.name as body_name, i.meeting_id,
        case when i.id is null then null else i.number_seq || '/' || i.number_year end as item_number, i.outcome as item_outcome
      from decision_effects e
      join cases cs on cs.id = e.case_id
      join bodies b on b.id = cs.body_id
      left join lateral (select * from agenda_items ai where ai.case_id = cs.id order by ai.created_at desc limit 1) i on true
      where e.target_id = r.id and e.kind = 'decide_project_change'
      order by e.created_at desc
      limit 1
    ) c on true
    where ${where}
    order by r.created_at desc`);
  return res.rows.map((r) => ({
    id: r.id as string,
    programmeId: r.programme_id as string,
    projectId: r.project_id as string,
    status: r.status as ProjectChangeRequestRow['status'],
    justification: r.justification as string,
    baseRevision: r.base_revision as number,
    grantedTotalBefore: r.granted_total_before === null ? null : Number(r.granted_total_before),
    startsOnBefore: r.starts_on_before as string | null,
    endsOnBefore: r.ends_on_before as string | null,
    grantedTotal: r.granted_total === null ? null : Number(r.granted_total),
    startsOn: r.starts_on as string | null,
    endsOn: r.ends_on as string | null,
    budgetLines: (r.budget_lines as ProjectChangeRequestRow['budgetLines']) ?? null,
    requestedBy: r.requested_by as string | null,
    decidedByItemId: r.decided_by_item_id as string | null,
    decidedAt: r.decided_at ? new Date(r.decided_at as string) : null,
    withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at as string) : null,
    withdrawnBy: r.withdrawn_by as string | null,
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
    projectTitle: r.project_title as LocalizedText,
    ownerOrganisationId: r.owner_organisation_id as string,
    requestedByName: r.requested_by_name as string | null,
    caseId: r.case_id as string | null,
    caseEffectApplied: Boolean(r.applied),
    bodyName: (r.body_name as LocalizedText | null) ?? null,
    meetingId: r.meeting_id as string | null,
    itemNumber: r.item_number as string | null,
    itemOutcome: r.item_outcome as string | null,
  }));
}

export const findChangeRequest = async (db: DbOrTx, id: string) => (await select(db, sql`r.id = ${id}`))[0];
export const changeRequestsOfProject = (db: DbOrTx, projectId: string) => select(db, sql`r.project_id = ${projectId}`);
export const changeRequestsOfProgramme = (db: DbOrTx, programmeId: string, status?: string) =>
  select(db, status ? sql`r.programme_id = ${programmeId} and r.status = ${status}` : sql`r.programme_id = ${programmeId}`);
