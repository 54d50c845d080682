import { useMemo } from 'react';
import { useTranslation } from '../../app/translation';
import type { Direction } from '../../../shared/contracts/indicators';
import { useLocale } from '../../app/locale-context';
import { layoutBarChart } from './bar-chart-layout';
import type { RankingDisplay } from './chart-data';
import { AXIS_COLOUR, BAR_COLOUR, CHOSEN_BAR_COLOUR, GRID_COLOUR, lineStyle } from './chart-styles';
import { BoxSwatch, ChartLegend, RuleSwatch } from './ChartLegend';
import { ChartSvg, ChartTexts } from './ChartSvg';
import { valueText, type UnitInfo } from './format';
import { useChartFrame } from './use-chart-frame';

/**
 * The ranked bar chart with its legend (the chosen area, the reference lines): horizontal bars,
 * best first, from zero so that lengths compare honestly; areas without a figure keep their row
 * with the status written where the figure would be; reference areas are vertical lines in
 * their line-chart style, named in the legend with their figure. Drawn as SVG on the server.
 */
export function RankingChart({
  display,
  chosenCode,
  indicator,
  label,
  descriptionId,
}: {
  display: RankingDisplay;
  chosenCode: string | null | undefined;
  indicator: UnitInfo & { direction: Direction };
  label: string;
  descriptionId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { ref, width, measure } = useChartFrame();
  const axisLabel = t(`profiles.axis.${indicator.unit}`);
  const layout = useMemo(
    () => layoutBarChart({ display, chosenCode, unit: indicator, locale, axisLabel, statusText: (s) => t(`observationStatusShort.${s}`) }, width, measure),
    [display, chosenCode, indicator, locale, axisLabel, t, width, measure],
  );
  const { plot } = layout;
  // Only a chosen area with a bar has a bar colour to explain; a withheld one is named in the chart.
  const chosen = display.ranked.find((r) => r.area.code === chosenCode);
  const items = [
    { key: 'bars', swatch: <BoxSwatch fill={BAR_COLOUR} outline={BAR_COLOUR} />, text: t('profiles.legend.areas') },
    ...(chosen ? [{ key: 'chosen', swatch: <BoxSwatch fill={CHOSEN_BAR_COLOUR} outline={CHOSEN_BAR_COLOUR} />, text: t('profiles.legend.chosenBar', { area: chosen.area.name }) }] : []),
    ...display.references
      .filter((r) => r.value !== null)
      .map((r, i) => ({
        key: `ref-${r.area.code}`,
        swatch: <RuleSwatch style={lineStyle(i + 1)} />,
        text: t('profiles.legend.referenceLine', { area: r.area.name, value: valueText(r.value!, indicator, locale) }),
      })),
  ];
  return (
    <div className="chart-block">
      <ChartSvg frame={ref} width={layout.width} height={layout.height} label={label} descriptionId={descriptionId} className="ranking-chart">
        <g stroke={GRID_COLOUR}>
          {layout.ticks.map((x) => (
            <line key={x} x1={x} x2={x} y1={plot.top} y2={plot.bottom} />
          ))}
        </g>
        <g className="bars">
          {layout.bars.map((b) => (
            <rect key={b.key} x={b.x} y={b.y} width={Math.round(b.width * 10) / 10} height={b.height} fill={b.chosen ? CHOSEN_BAR_COLOUR : BAR_COLOUR} />
          ))}
        </g>
        <g stroke={AXIS_COLOUR}>
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {layout.ticks.map((x) => (
            <line key={x} x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + 4} />
          ))}
        </g>
        <g className="reference-lines">
          {layout.references.map((r) => (
            <line key={r.key} x1={r.x} x2={r.x} y1={plot.top - 2} y2={plot.bottom} stroke={r.style.colour} strokeWidth={2} strokeDasharray={r.style.dash} />
          ))}
        </g>
        <ChartTexts texts={layout.texts} />
      </ChartSvg>
      <ChartLegend label={t('profiles.legend.label')} items={items} />
    </div>
  );
}
