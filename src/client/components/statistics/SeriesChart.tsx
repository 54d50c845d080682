import { useMemo } from 'react';
import { useTranslation } from '../../app/translation';
import type { AreaSeries } from '../../../shared/contracts/profiles';
import { useLocale } from '../../app/locale-context';
import { seriesRows } from './chart-data';
import { AXIS_COLOUR, GRID_COLOUR, lineStyle } from './chart-styles';
import { BreakSwatch, ChartLegend, LineSwatch } from './ChartLegend';
import { ChartSvg, ChartTexts, SymbolMark } from './ChartSvg';
import type { UnitInfo } from './format';
import { layoutLineChart } from './line-chart-layout';
import { useChartFrame } from './use-chart-frame';
import { AreaName } from './AreaName';

/**
 * The followed area and the reference areas over time, one line each, with a legend that names
 * each line's colour, dash and symbol. `series` comes followed area first. Drawn as SVG on the
 * server, and again at the real width of its box in the browser.
 */
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
  const { ref, width, measure } = useChartFrame();
  const axisLabel = t(`profiles.axis.${indicator.unit}`);
  const rows = useMemo(() => seriesRows(series, periods), [series, periods]);
  const layout = useMemo(
    () =>
      layoutLineChart(
        { rows, periods, keys: series.map((s) => s.area.code), locale, axisLabel, statusText: (s) => t(`observationStatusShort.${s === 'missing' ? 'not_available' : s}`) },
        width,
        measure,
      ),
    [rows, periods, series, locale, axisLabel, t, width, measure],
  );
  const { plot } = layout;
  const items = series.map((s, i) => ({
    key: s.area.code,
    swatch: <LineSwatch style={lineStyle(i)} />,
    text: s.isReference ? t('profiles.legend.referenceSeries', { area: s.area.name }) : <AreaName name={s.area.name} />,
  }));
  if (layout.breaks.length > 0) items.push({ key: 'break', swatch: <BreakSwatch />, text: t('profiles.legend.timeBreak') });
  return (
    <div className="chart-block">
      <ChartSvg frame={ref} width={layout.width} height={layout.height} label={label} descriptionId={descriptionId} className="series-chart">
        <g stroke={GRID_COLOUR}>
          {layout.grid.map((g) => (
            <line key={g.value} x1={plot.left} x2={plot.right} y1={g.y} y2={g.y} />
          ))}
        </g>
        <g stroke={AXIS_COLOUR}>
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {layout.periodTicks.map((x, i) => (
            <line key={i} x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + 4} />
          ))}
        </g>
        {layout.breaks.map((x) => (
          <g key={x} className="axis-break" stroke={AXIS_COLOUR} strokeWidth={1.5}>
            <rect x={x - 6} y={plot.bottom - 5} width={12} height={10} fill="#ffffff" stroke="none" />
            <path d={`M${x - 6},${plot.bottom + 5}L${x - 2},${plot.bottom - 5}M${x + 2},${plot.bottom + 5}L${x + 6},${plot.bottom - 5}`} fill="none" />
          </g>
        ))}
        {layout.series.map((s) => (
          <g key={s.key}>
            <path className="series-bridge" d={s.bridges || undefined} fill="none" stroke={s.style.colour} strokeWidth={1.5} strokeDasharray="1 4" strokeLinecap="round" />
            <g className="series-line" fill="none" stroke={s.style.colour} strokeWidth={s.style.width} strokeDasharray={s.style.dash} strokeLinejoin="round">
              <path d={s.line || undefined} />
            </g>
            <g className="series-dots">
              {s.dots.map((d) => (
                <SymbolMark key={`${d.x},${d.y}`} symbol={s.style.symbol} x={d.x} y={d.y} r={d.r} fill={s.style.colour} />
              ))}
            </g>
          </g>
        ))}
        <ChartTexts texts={layout.texts} />
      </ChartSvg>
      <ChartLegend label={t('profiles.legend.label')} items={items} />
    </div>
  );
}
