import type { ReactNode } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { formatValue } from '../../../shared/domain/format-value';
import { formatPeriod, parsePeriod } from '../../../shared/domain/periods';
import { isWithheldStatus } from '../../../shared/domain/statistics';
import { useLocale } from '../../app/locale-context';
import { useTargetObservations } from './goals.queries';

interface Props {
  programmeId: string;
  indicatorId: string | null;
  areaId: string | null;
  breakdown: string;
  /** The baseline period as typed so far. */
  period: string;
  /** Fills the baseline value with the figure, written as the form shows numbers. */
  onUse(value: string): void;
}

/** More periods than this are given as a span. */
const LISTED = 12;

/**
 * What the statistics hold for the chosen indicator, area and breakdown: the periods with
 * figures, and for the baseline period its figure, to fill in with one click. Said in a live
 * region, as it changes with what is chosen and typed above.
 */
export function BaselineFromData({ programmeId, indicatorId, areaId, breakdown, period, onUse }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const observations = useTargetObservations(programmeId, indicatorId, areaId, breakdown);
  const data = observations.data;

  let periods: string | null = null;
  let offer: ReactNode = null;
  if (indicatorId === null || areaId === null) {
    periods = t('goalsAdmin.baseline.choose');
  } else if (data && data.points.length === 0) {
    periods = t('goalsAdmin.baseline.none');
  } else if (data) {
    const codes = data.points.map((p) => formatPeriod(p.period, locale));
    const list = codes.length <= LISTED ? codes.join(', ') : `${codes[0]}–${codes[codes.length - 1]}`;
    periods = t('goalsAdmin.baseline.periods', { count: codes.length, periods: list });
    const wanted = parsePeriod(period.trim())?.code;
    const point = wanted ? data.points.find((p) => p.period === wanted) : undefined;
    if (wanted && !point) {
      offer = <Paragraph data-size="sm">{t('goalsAdmin.baseline.notInPeriod', { period: formatPeriod(wanted, locale) })}</Paragraph>;
    } else if (point && (isWithheldStatus(point.status) || point.value === null)) {
      const status = point.value === null && point.status === 'none' ? 'not_available' : point.status;
      offer = <Paragraph data-size="sm">{t('goalsAdmin.baseline.withheld', { period: formatPeriod(point.period, locale), status: t(`observationStatus.${status}`) })}</Paragraph>;
    } else if (point && point.value !== null) {
      const value = point.value;
      const shown = formatValue(value, data.unit, data.decimals, locale);
      offer = (
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => onUse(locale === 'en' ? String(value) : String(value).replace('.', ','))}>
            {t('goalsAdmin.baseline.use', { value: shown, period: formatPeriod(point.period, locale) })}
          </Button>
        </div>
      );
    }
  }

  return (
    <div className="baseline-from-data stack-sm" aria-live="polite" aria-busy={observations.isFetching || undefined}>
      {periods ? <Paragraph data-size="sm">{periods}</Paragraph> : null}
      {offer}
    </div>
  );
}
