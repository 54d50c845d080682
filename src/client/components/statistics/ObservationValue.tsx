import { useTranslation } from '../../app/translation';
import { formatNumber, formatValue } from '../../../shared/domain/format-value';
import { isWithheldStatus, type ObservationStatus } from '../../../shared/domain/statistics';
import type { IndicatorSummary } from '../../../shared/contracts/indicators';
import { useLocale } from '../../app/locale-context';
import './statistics.css';

export interface ObservationLike {
  value: number | null;
  status: ObservationStatus;
  symbol?: string | null;
}

/**
 * A figure with its unit, or — when the source withholds it — the status in words (suppressed
 * figures are never shown, only said to be suppressed). Provisional figures and breaks in series
 * carry a short note after the number.
 */
export function ObservationValue({
  point,
  indicator,
  withUnit = true,
}: {
  point: ObservationLike | null | undefined;
  indicator: Pick<IndicatorSummary, 'unit' | 'decimals'>;
  withUnit?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!point) return <span className="observation observation-missing">{t('statisticsCommon.noData')}</span>;
  if (isWithheldStatus(point.status) || point.value === null) {
    const status = point.value === null && point.status === 'none' ? 'not_available' : point.status;
    return (
      <span className={`observation observation-${status}`}>
        {t(`observationStatusShort.${status}`)}
        {point.symbol ? <span aria-hidden="true"> ({point.symbol})</span> : null}
      </span>
    );
  }
  const text = withUnit ? formatValue(point.value, indicator.unit, indicator.decimals, locale) : formatNumber(point.value, indicator.decimals, locale);
  return (
    <span className={`observation observation-${point.status}`}>
      {text}
      {point.status !== 'none' ? (
        <>
          {' '}
          <span className="observation-flag">({t(`observationStatusShort.${point.status}`)})</span>
        </>
      ) : null}
    </span>
  );
}
