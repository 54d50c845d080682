import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../app/translation';
import type { AreaSeries } from '../../../shared/contracts/profiles';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import { useLocale } from '../../app/locale-context';
import { seriesRows } from './chart-data';
import { lineStyle } from './chart-styles';
import { ChartLegend, LineSwatch } from './ChartLegend';
import type { UnitInfo } from './format';
import { PlotChart, type ChartSpace, type Charts } from './PlotChart';
import { AreaName } from './AreaName';

/**
 * The followed area and the reference areas over time, one line each, with a legend that names
 * each line's colour, dash and symbol. `series` comes followed area first.
 */

/** The series chart is 0.55 of its width high, between 220 and 360 px (see buildSeriesChart). */
const SERIES_SPACE: ChartSpace = { aspect: 0.55, className: 'chart-space-series' };
export function SeriesChart({
  series,
  periods,
  indicator,
  label,
  descriptionId,
}: {
  series: readonly AreaSeries[];
  periods: readonly string[];
  indicator: UnitInfo;
  label: string;
  descriptionId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const axisLabel = t(`profiles.axis.${indicator.unit}`);
  const rows = useMemo(() => seriesRows(series, periods), [series, periods]);
  const keys = useMemo(() => series.map((s) => s.area.code), [series]);
  const build = useCallback(
    (charts: Charts, width: number) =>
      charts.buildSeriesChart({ rows, periods, keys, unit: indicator, locale, axisLabel, statusText: (s: ObservationStatus) => t(`observationStatusShort.${s}`) }, width),
    [rows, periods, keys, indicator, locale, axisLabel, t],
  );
  const items = series.map((s, i) => ({
    key: s.area.code,
    swatch: <LineSwatch style={lineStyle(i)} />,
    text: s.isReference ? t('profiles.legend.referenceSeries', { area: s.area.name }) : <AreaName name={s.area.name} />,
  }));
  return (
    <div className="chart-block">
      <PlotChart build={build} label={label} descriptionId={descriptionId} space={SERIES_SPACE} />
      <ChartLegend label={t('profiles.legend.label')} items={items} />
    </div>
  );
}
