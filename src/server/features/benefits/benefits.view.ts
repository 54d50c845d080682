import type { BenefitHead, MeasurementSql } from './benefits.repo';
import type { Benefit, BenefitMeasurement, BenefitOverview } from '../../../shared/contracts/benefits';
import { countRealisation, realisationOf } from '../../../shared/domain/benefits';
import type { LocalizedText } from '../../../shared/domain/localized';

const text = (t: { nb?: string | null; nn?: string | null; en?: string | null }) => ({ nb: t.nb ?? '', nn: t.nn, en: t.en });

/** The day a number of months after a date (YYYY-MM-DD), kept within the month. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

function toMeasurement(r: MeasurementSql, inside: boolean): BenefitMeasurement {
  return {
    id: r.id,
    source: r.source,
    period: r.period,
    value: r.value,
    status: r.status,
    symbol: r.symbol,
    note: r.note,
    importId: r.import_id,
    importTitle: r.import_title,
    fileName: r.file_name,
    sourceName: r.source_name,
    sourceUrl: r.source_url,
    importedAt: r.imported_at,
    enteredBy: inside ? r.entered_by : null,
    enteredAt: r.entered_at,
  };
}

/** A benefit with its figures and its status by the shared rule (src/shared/domain/benefits.ts). */
export function toBenefit(h: BenefitHead, figures: readonly MeasurementSql[], inside: boolean): Benefit {
  const measurements = figures.map((f) => toMeasurement(f, inside));
  const { status, latest } = realisationOf({ direction: h.direction, baselineValue: h.baselineValue, baselinePeriod: h.baselinePeriod, expectedValue: h.expectedValue, figures: measurements });
  return {
    id: h.id,
    projectId: h.projectId,
    title: h.title,
    description: text(h.description),
    owner: { organisation: h.ownerOrganisationId ? { id: h.ownerOrganisationId, name: h.ownerOrganisationName ?? '' } : null, name: h.ownerName },
    measure: h.measure,
    indicator: h.indicatorId ? { id: h.indicatorId, code: h.indicatorCode ?? '', name: h.indicatorName ?? { nb: '' }, unit: h.indicatorUnit ?? 'count', decimals: h.indicatorDecimals ?? 0 } : null,
    area: h.areaId ? { id: h.areaId, name: h.areaName ?? '' } : null,
    breakdown: h.breakdown,
    measureName: h.measureName,
    measureUnit: h.measureUnit,
    direction: h.direction,
    baselineValue: h.baselineValue,
    baselinePeriod: h.baselinePeriod,
    expectedValue: h.expectedValue,
    expectedBy: h.expectedBy,
    followUpMonths: h.followUpMonths,
    followUpUntil: h.projectEndsOn ? addMonths(h.projectEndsOn, h.followUpMonths) : null,
    status,
    latest: latest ? (measurements.find((m) => m === latest) ?? null) : null,
    measurements,
  };
}

/** The programme's benefits counted per goal (through the goals their projects serve) and per project. */
export function toOverview(
  programmeId: string,
  items: Benefit[],
  heads: readonly BenefitHead[],
  goals: readonly { projectId: string; goalId: string; title: LocalizedText }[],
): BenefitOverview {
  const headOf = new Map(heads.map((h) => [h.id, h]));
  const projects = new Map<string, { project: { id: string; title: LocalizedText; phase: BenefitHead['projectPhase'] }; statuses: Benefit['status'][] }>();
  for (const b of items) {
    const h = headOf.get(b.id)!;
    const entry = projects.get(b.projectId) ?? { project: { id: b.projectId, title: h.projectTitle, phase: h.projectPhase }, statuses: [] };
    entry.statuses.push(b.status);
    projects.set(b.projectId, entry);
  }
  const byGoal = new Map<string, { goal: { id: string; title: LocalizedText }; statuses: Benefit['status'][] }>();
  for (const g of goals) {
    const entry = byGoal.get(g.goalId) ?? { goal: { id: g.goalId, title: g.title }, statuses: [] };
    entry.statuses.push(...(projects.get(g.projectId)?.statuses ?? []));
    byGoal.set(g.goalId, entry);
  }
  return {
    programmeId,
    totals: countRealisation(items.map((b) => b.status)),
    byGoal: [...byGoal.values()].map((g) => ({ goal: g.goal, counts: countRealisation(g.statuses) })),
    byProject: [...projects.values()].map((p) => ({ project: p.project, counts: countRealisation(p.statuses) })),
    items: items.map(({ measurements: _m, ...b }) => ({ ...b, project: { id: b.projectId, title: headOf.get(b.id)!.projectTitle } })),
  };
}
