import type { TFunction } from '../../app/translator';
import type { IndicatorSummary } from '../../../shared/contracts/indicators';
import { formatValue } from '../../../shared/domain/format-value';
import type { Locale } from '../../../shared/domain/localized';
import { formatPeriod } from '../../../shared/domain/periods';
import { isWithheldStatus, type ObservationStatus } from '../../../shared/domain/statistics';

export interface PointLike {
  value: number | null;
  status: ObservationStatus;
}

export type UnitInfo = Pick<IndicatorSummary, 'unit' | 'decimals'>;

/**
 * The number a chart may draw for a point, or null. A withheld cell is never drawn, even if a
 * value slipped through: charts leave a gap, they never show suppressed figures or zeros.
 */
export function drawable(point: PointLike | null | undefined): number | null {
  if (!point || isWithheldStatus(point.status) || point.value === null || !Number.isFinite(point.value)) return null;
  return point.value;
}

/** The status a point without a number is shown with ("prikket", "mangler", …). */
export function withheldStatus(point: PointLike | null | undefined): ObservationStatus {
  if (!point) return 'not_available';
  if (isWithheldStatus(point.status)) return point.status;
  return 'not_available';
}

/**
 * A point in running text: `6,8 %`, or the status in words when there is no number to show
 * (`prikket`). Used in summaries and accessible descriptions.
 */
export function pointText(point: PointLike | null | undefined, indicator: UnitInfo, locale: Locale, t: TFunction): string {
  const value = drawable(point);
  if (value === null) return t(`observationStatusShort.${withheldStatus(point)}`);
  return formatValue(value, indicator.unit, indicator.decimals, locale);
}

/** The value with unit for labels on charts. */
export function valueText(value: number, indicator: UnitInfo, locale: Locale): string {
  return formatValue(value, indicator.unit, indicator.decimals, locale);
}

export function periodText(period: string, locale: Locale): string {
  return formatPeriod(period, locale);
}

/** A run of periods (`2015–2024`); written once in shared code, for the pages and the PDF alike. */
export { periodSpan } from '../../../shared/domain/periods';
