import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { AreaSeries } from '../../../shared/contracts/profiles';
import { useLocale } from '../../app/locale-context';
import { ScrollTable } from '../../components/ScrollTable';
import { periodText, type UnitInfo } from '../../components/statistics/format';
import { ObservationValue } from '../../components/statistics/ObservationValue';
import { SeriesChart } from '../../components/statistics/SeriesChart';
import { seriesSummary } from '../../components/statistics/summaries';
import { AreaMarkedText, AreaName, useAreaNameWriter } from '../../components/statistics/AreaName';

/** The followed area and the reference areas over time: summary, line chart and table. */
export function TrendPanel({
  series,
  periods,
  indicator,
  label,
  summaryId,
}: {
  series: readonly AreaSeries[];
  periods: readonly string[];
  indicator: UnitInfo;
  label: string;
  summaryId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const areaName = useAreaNameWriter();
  const summary = seriesSummary(series, indicator, locale, t, areaName);
  const byArea = series.map((s) => new Map(s.points.map((p) => [p.period, p])));
  if (series.length === 0 || periods.length === 0) return <Paragraph>{t('profiles.summary.noFigures')}</Paragraph>;
  return (
    <div className="stack-sm">
      <Paragraph id={summaryId}>
        <AreaMarkedText text={summary} />
      </Paragraph>
      <div className="chart-and-table">
        <SeriesChart series={series} periods={periods} indicator={indicator} label={label} descriptionId={summaryId} />
        <ScrollTable label={t('profiles.trend.table')}>
          <Table zebra className="statistics-table">
            <caption className="ds-sr-only">{t('profiles.trend.table')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('statisticsCommon.period')}</Table.HeaderCell>
                {series.map((s) => (
                  <Table.HeaderCell key={s.area.code} className="numeric">
                    <AreaName name={s.area.name} />
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {periods.map((period) => (
                <Table.Row key={period}>
                  <Table.HeaderCell scope="row" className="period">
                    {periodText(period, locale)}
                  </Table.HeaderCell>
                  {series.map((s, i) => (
                    <Table.Cell key={s.area.code} className="numeric">
                      <ObservationValue point={byArea[i]!.get(period)} indicator={indicator} />
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      </div>
    </div>
  );
}
