import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { invalidField, invalidFields, notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import { findProject } from '../portfolio/projects.repo';
import { projectAccess } from '../portfolio/projects.service';
import * as repo from './benefits.repo';
import { toBenefit, toOverview } from './benefits.view';
import { parsePeriod } from '../../../shared/domain/periods';
import type { FieldError } from '../../../shared/errors';
import type { BenefitOverview, BenefitPlan, BenefitPlanInput, MeasurementCreate } from '../../../shared/contracts/benefits';

/** The project as the visitor may read it, with what they may do: NOT_FOUND when it is hidden from them. */
async function scoped(db: DbOrTx, actor: Actor, projectId: string) {
  const head = await findProject(db, projectId);
  if (!head) throw notFound('The project');
  const lineage = await visibleLineage(db, actor, head.programmeId, 'The project');
  const access = projectAccess(actor, lineage, head.ownerOrganisationId);
  const inside = access.isInsider || access.canEdit;
  if (!head.publishedAt && !inside) throw notFound('The project');
  return { head, programmeIds: lineage.map((l) => l.id), access, inside };
}

async function plan(db: DbOrTx, projectId: string, reader: { inside: boolean; canEdit: boolean }): Promise<BenefitPlan> {
  const heads = await repo.loadBenefits(db, { projectId });
  const figures = await repo.measurementsOf(db, heads.map((h) => h.id));
  return { projectId, benefits: heads.map((h) => toBenefit(h, figures.get(h.id) ?? [], reader.inside)), canEdit: reader.canEdit };
}

/**
 * A project's benefit plan with every figure and its status. Those who work in the programme or
 * keep the project read it always; the public when the project is published with its benefits public.
 */
export async function getPlan(db: DbOrTx, actor: Actor, projectId: string): Promise<BenefitPlan> {
  const { head, access, inside } = await scoped(db, actor, projectId);
  if (!inside && !head.publicFields.includes('benefits')) throw notFound('The benefit plan');
  return plan(db, projectId, { inside, canEdit: access.canEdit });
}

/** The plan as one line per benefit, for the audit trail. */
const planLines = async (tx: DbOrTx, projectId: string) =>
  (await repo.loadBenefits(tx, { projectId })).map(
    (b) => `${b.title.nb}: ${b.measure === 'indicator' ? `${b.indicatorCode} ${b.areaName}${b.breakdown ? ` [${b.breakdown}]` : ''}` : `${b.measureName} (${b.measureUnit})`} ${b.baselineValue} (${b.baselinePeriod}) → ${b.expectedValue} (${b.expectedBy}), ${b.direction}`,
  );

/**
 * Writes the project's benefit plan whole. An indicator must be one the programme (or one above
 * it) follows, its area one of the programme's areas; a benefit named by id must be the project's.
 */
export async function setPlan(db: Db, actor: Actor, projectId: string, input: BenefitPlanInput): Promise<BenefitPlan> {
  const { head, programmeIds, access } = await scoped(db, actor, projectId);
  authorize(actor, 'project.update', { programmeIds, organisationId: head.ownerOrganisationId });
  const list = input.benefits;
  const [indicators, areas, organisations, existing] = await Promise.all([
    repo.followedIndicators(db, programmeIds, list.flatMap((b) => (b.measure === 'indicator' && b.indicatorId ? [b.indicatorId] : []))),
    repo.programmeAreaIds(db, programmeIds, list.flatMap((b) => (b.measure === 'indicator' && b.areaId ? [b.areaId] : []))),
    repo.organisationIds(db, list.flatMap((b) => (b.ownerOrganisationId ? [b.ownerOrganisationId] : []))),
    repo.planIds(db, projectId),
  ]);
  const errors: FieldError[] = [];
  const fail = (i: number, field: string, code: string) => errors.push({ path: `benefits.${i}.${field}`, code, message: code });
  const rows = list.map((b, i) => {
    if (b.id && !existing.has(b.id)) fail(i, 'id', 'notFound');
    if (b.ownerOrganisationId && !organisations.has(b.ownerOrganisationId)) fail(i, 'ownerOrganisationId', 'notFound');
    const isIndicator = b.measure === 'indicator';
    if (isIndicator && !indicators.has(b.indicatorId!)) fail(i, 'indicatorId', 'notInProgramme');
    if (isIndicator && !areas.has(b.areaId!)) fail(i, 'areaId', 'notInProgramme');
    const period = parsePeriod(b.baselinePeriod!);
    if (!period) fail(i, 'baselinePeriod', 'periodCode');
    const values: repo.BenefitValues = {
      title: b.title,
      description: b.description ?? { nb: '' },
      ownerOrganisationId: b.ownerOrganisationId ?? null,
      ownerName: b.ownerName ?? '',
      measure: b.measure,
      indicatorId: isIndicator ? b.indicatorId! : null,
      areaId: isIndicator ? b.areaId! : null,
      breakdown: isIndicator ? (b.breakdown ?? '') : '',
      measureName: isIndicator ? null : b.measureName!,
      measureUnit: isIndicator ? null : b.measureUnit!,
      direction: b.direction,
      baselineValue: b.baselineValue!,
      baselinePeriod: period?.code ?? '',
      baselineStart: period?.start ?? '',
      expectedValue: b.expectedValue!,
      expectedBy: b.expectedBy!,
      followUpMonths: b.followUpMonths,
    };
    return { id: b.id, values };
  });
  if (errors.length) throw invalidFields(errors);
  await db.transaction(async (tx) => {
    const before = await planLines(tx, projectId);
    await repo.replacePlan(tx, projectId, rows);
    const after = await planLines(tx, projectId);
    await recordAudit(tx, actor, { action: 'update', entityType: 'project', entityId: projectId, programmeId: head.programmeId, before: { benefits: before }, after: { benefits: after } });
  });
  return plan(db, projectId, { inside: true, canEdit: access.canEdit });
}

/** Enters a measurement of a manually measured benefit. */
export async function addMeasurement(db: Db, actor: Actor, benefitId: string, input: MeasurementCreate): Promise<BenefitPlan> {
  const benefit = await repo.benefitProject(db, benefitId);
  if (!benefit) throw notFound('The benefit');
  const { head, programmeIds, access } = await scoped(db, actor, benefit.projectId);
  const user = authorize(actor, 'project.update', { programmeIds, organisationId: head.ownerOrganisationId });
  if (benefit.measure !== 'manual') throw invalidField('period', 'measuredByIndicator', 'The benefit is measured by its indicator: its figures come from the observations');
  const period = parsePeriod(input.period);
  if (!period) throw invalidField('period', 'periodCode', 'Not a period code');
  await db.transaction(async (tx) => {
    const row = await repo.measurementRows.insert(tx, { benefitId, period: period.code, periodStart: period.start, value: input.value, note: input.note || null, createdBy: user.id });
    await recordAudit(tx, actor, { action: 'create', entityType: 'benefit_measurement', entityId: row.id, programmeId: head.programmeId, after: row });
  });
  return plan(db, benefit.projectId, { inside: true, canEdit: access.canEdit });
}

export async function removeMeasurement(db: Db, actor: Actor, measurementId: string): Promise<BenefitPlan> {
  const found = await repo.measurementBenefit(db, measurementId);
  if (!found) throw notFound('The measurement');
  const { head, programmeIds, access } = await scoped(db, actor, found.projectId);
  authorize(actor, 'project.update', { programmeIds, organisationId: head.ownerOrganisationId });
  await db.transaction(async (tx) => {
    const before = await repo.measurementRows.remove(tx, measurementId);
    if (!before) throw notFound('The measurement');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'benefit_measurement', entityId: measurementId, programmeId: head.programmeId, before });
  });
  return plan(db, found.projectId, { inside: true, canEdit: access.canEdit });
}

/**
 * The realisation of benefits across the programme's portfolio, for its secretariat and board
 * members: every benefit with its latest figure against baseline and expected value, counted per
 * goal and per project.
 */
export async function overview(db: DbOrTx, actor: Actor, programmeId: string): Promise<BenefitOverview> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'portfolio.readBenefits', { programmeIds: lineage.map((l) => l.id) });
  const heads = await repo.loadBenefits(db, { programmeId });
  const [figures, goals] = await Promise.all([repo.measurementsOf(db, heads.map((h) => h.id)), repo.goalsOfProjects(db, [...new Set(heads.map((h) => h.projectId))])]);
  return toOverview(programmeId, heads.map((h) => toBenefit(h, figures.get(h.id) ?? [], true)), heads, goals);
}
