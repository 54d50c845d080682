import { useCallback } from 'react';
import { useTranslation } from '../../app/translation';
import type { Direction } from '../../../shared/contracts/indicators';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import { useLocale } from '../../app/locale-context';
import type { RankingDisplay } from './chart-data';
import { BAR_COLOUR, CHOSEN_BAR_COLOUR, lineStyle, rankingHeight } from './chart-styles';
import { BoxSwatch, ChartLegend, RuleSwatch } from './ChartLegend';
import { valueText, type UnitInfo } from './format';
import { PlotChart, type Charts } from './PlotChart';

/** The ranked bar chart with its legend (the chosen area, the reference lines). */
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
  const axisLabel = t(`profiles.axis.${indicator.unit}`);
  const build = useCallback(
    (charts: Charts, width: number) =>
      charts.buildRankingChart({ display, chosenCode, unit: indicator, locale, axisLabel, statusText: (s: ObservationStatus) => t(`observationStatusShort.${s}`) }, width),
    [display, chosenCode, indicator, locale, axisLabel, t],
  );
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
      <PlotChart build={build} label={label} descriptionId={descriptionId} space={{ height: rankingHeight(display.ranked.length + display.withheld.length) }} />
      <ChartLegend label={t('profiles.legend.label')} items={items} />
    </div>
  );
}
