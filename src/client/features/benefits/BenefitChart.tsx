import { useMemo } from 'react';
import type { Benefit } from '../../../shared/contracts/benefits';
import type { Locale } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import type { TFunction } from '../../app/translator';
import { ChartLegend, LineSwatch } from '../../components/statistics/ChartLegend';
import { ChartSvg, ChartTexts, SymbolMark } from '../../components/statistics/ChartSvg';
import { AXIS_COLOUR, GRID_COLOUR } from '../../components/statistics/chart-styles';
import { useChartFrame } from '../../components/statistics/use-chart-frame';
import { BENEFIT_STYLES, layoutBenefitChart } from './benefit-chart-layout';
import { benefitValue, dayOf, monthOf, periodLabel } from './benefit-format';

/**
 * A benefit in one sentence or two, the text the chart stands for: its baseline, the expected
 * value and when, and its latest figure with its status.
 */
export function benefitSummary(benefit: Benefit, t: TFunction, locale: Locale): string {
  const plan = t('benefits.chart.summary', {
    baseline: benefitValue(benefit, benefit.baselineValue, locale),
    period: periodLabel(benefit.baselinePeriod, locale),
    expected: benefitValue(benefit, benefit.expectedValue, locale),
    date: dayOf(`${benefit.expectedBy}T12:00:00Z`, locale),
  });
  const status = t(`benefits.status.${benefit.status}`).toLowerCase();
  const latest =
    benefit.latest?.value != null
      ? t('benefits.chart.summaryLatest', { value: benefitValue(benefit, benefit.latest.value, locale), period: periodLabel(benefit.latest.period, locale), status })
      : t('benefits.chart.summaryNone', { status });
  return `${plan} ${latest}`;
}

/**
 * A benefit over time as SVG: the baseline as a level, the way from it to the expected value at
 * its date, and the measured figures (from the observations or entered). Drawn on the server and
 * again at the real width of its box; named by `label`, described by the text at `descriptionId`,
 * and its figures stand in the table beside it.
 */
export function BenefitChart({ benefit, label, descriptionId }: { benefit: Benefit; label: string; descriptionId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { ref, width, measure } = useChartFrame();
  const axisLabel = benefit.indicator ? t(`profiles.axis.${benefit.indicator.unit}`) : (benefit.measureUnit ?? '');
  const layout = useMemo(
    () =>
      layoutBenefitChart(
        {
          baseline: { period: benefit.baselinePeriod, value: benefit.baselineValue, label: periodLabel(benefit.baselinePeriod, locale) },
          expected: { date: benefit.expectedBy, value: benefit.expectedValue, label: monthOf(benefit.expectedBy, locale) },
          figures: benefit.measurements.map((m) => ({
            period: m.period,
            value: m.value,
            label: periodLabel(m.period, locale),
            ...(m.value === null ? { withheld: t(`observationStatusShort.${m.status === 'none' ? 'not_available' : m.status}`) } : {}),
          })),
          axisLabel,
          locale,
        },
        width,
        measure,
      ),
    [benefit, locale, axisLabel, t, width, measure],
  );
  const { plot } = layout;
  const s = BENEFIT_STYLES;
  const items = [
    { key: 'measured', swatch: <LineSwatch style={s.measured} />, text: t('benefits.chart.measured') },
    { key: 'baseline', swatch: <LineSwatch style={s.baseline} />, text: t('benefits.chart.baseline') },
    { key: 'expected', swatch: <LineSwatch style={s.expected} />, text: t('benefits.chart.expected') },
  ];
  return (
    <div className="chart-block benefit-chart">
      <ChartSvg frame={ref} width={layout.width} height={layout.height} label={label} descriptionId={descriptionId}>
        <g stroke={GRID_COLOUR}>
          {layout.grid.map((g) => (
            <line key={g.value} x1={plot.left} x2={plot.right} y1={g.y} y2={g.y} />
          ))}
        </g>
        <g stroke={AXIS_COLOUR}>
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {layout.ticks.map((x, i) => (
            <line key={i} x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + 4} />
          ))}
        </g>
        <line x1={plot.left} x2={plot.right} y1={layout.baseline.y} y2={layout.baseline.y} stroke={s.baseline.colour} strokeWidth={s.baseline.width} strokeDasharray={s.baseline.dash} />
        <SymbolMark symbol={s.baseline.symbol} x={layout.baseline.x} y={layout.baseline.y} r={4.5} fill={s.baseline.colour} />
        <path d={layout.expected.path || undefined} fill="none" stroke={s.expected.colour} strokeWidth={s.expected.width} strokeDasharray={s.expected.dash} />
        <SymbolMark symbol={s.expected.symbol} x={layout.expected.x} y={layout.expected.y} r={4.5} fill={s.expected.colour} />
        <path d={layout.measured.path || undefined} fill="none" stroke={s.measured.colour} strokeWidth={s.measured.width} strokeLinejoin="round" />
        {layout.measured.dots.map((d) => (
          <SymbolMark key={`${d.x},${d.y}`} symbol={s.measured.symbol} x={d.x} y={d.y} r={4} fill={s.measured.colour} />
        ))}
        <ChartTexts texts={layout.texts} />
      </ChartSvg>
      <ChartLegend label={t('benefits.chart.legend')} items={items} />
    </div>
  );
}
