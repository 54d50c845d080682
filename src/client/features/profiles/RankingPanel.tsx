import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { Direction } from '../../../shared/contracts/indicators';
import { useLocale } from '../../app/locale-context';
import { ScrollTable } from '../../components/ScrollTable';
import { rankingFacts, type RankingDisplay } from '../../components/statistics/chart-data';
import type { UnitInfo } from '../../components/statistics/format';
import { ObservationValue } from '../../components/statistics/ObservationValue';
import { RankingChart } from '../../components/statistics/RankingChart';
import { rankingSummary } from '../../components/statistics/summaries';
import { AreaMarkedText, AreaName, useAreaNameWriter } from '../../components/statistics/AreaName';

function NoPlace() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="ds-sr-only">{t('profiles.ranking.noPlace')}</span>
    </>
  );
}

/**
 * The areas compared for one period: the summary in words first, then the bar chart and the
 * same figures as a table (place, area, figure), with the reference areas listed after.
 */
export function RankingPanel({
  display,
  chosenCode,
  indicator,
  label,
  summaryId,
}: {
  display: RankingDisplay;
  chosenCode: string | null;
  indicator: UnitInfo & { direction: Direction };
  label: string;
  summaryId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const areaName = useAreaNameWriter();
  const summary = rankingSummary(display, rankingFacts(display, chosenCode), indicator, locale, t, areaName);
  const empty = display.ranked.length === 0 && display.withheld.length === 0;
  return (
    <div className="stack-sm">
      <Paragraph id={summaryId}>
        <AreaMarkedText text={summary} />
      </Paragraph>
      {empty ? null : (
        <div className="chart-and-table">
          <RankingChart display={display} chosenCode={chosenCode} indicator={indicator} label={label} descriptionId={summaryId} />
          <ScrollTable label={t('profiles.ranking.table')}>
            <Table zebra className="statistics-table ranking-table">
              <caption className="ds-sr-only">{t('profiles.ranking.table')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell className="numeric">{t('profiles.ranking.place')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('statisticsCommon.area')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('statisticsCommon.value')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {display.ranked.map((r) => (
                  <Table.Row key={r.area.code} className={r.area.code === chosenCode ? 'chosen-row' : undefined}>
                    <Table.Cell className="numeric">{r.position}</Table.Cell>
                    <Table.HeaderCell scope="row">
                      <AreaName name={r.area.name} />
                      {r.area.code === chosenCode ? <span className="cell-detail">{t('profiles.chosenArea')}</span> : null}
                    </Table.HeaderCell>
                    <Table.Cell className="numeric">
                      <ObservationValue point={r.point} indicator={indicator} />
                    </Table.Cell>
                  </Table.Row>
                ))}
                {display.withheld.map((r) => (
                  <Table.Row key={r.area.code} className={r.area.code === chosenCode ? 'chosen-row' : undefined}>
                    <Table.Cell className="numeric">
                      <NoPlace />
                    </Table.Cell>
                    <Table.HeaderCell scope="row">
                      <AreaName name={r.area.name} />
                      {r.area.code === chosenCode ? <span className="cell-detail">{t('profiles.chosenArea')}</span> : null}
                    </Table.HeaderCell>
                    <Table.Cell className="numeric">
                      <ObservationValue point={r.point} indicator={indicator} />
                    </Table.Cell>
                  </Table.Row>
                ))}
                {display.references.map((r) => (
                  <Table.Row key={r.area.code} className="reference-row">
                    <Table.Cell className="numeric">
                      <NoPlace />
                    </Table.Cell>
                    <Table.HeaderCell scope="row">
                      <AreaName name={r.area.name} />
                      <span className="cell-detail">{t('profiles.referenceArea')}</span>
                    </Table.HeaderCell>
                    <Table.Cell className="numeric">
                      <ObservationValue point={r.point} indicator={indicator} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        </div>
      )}
    </div>
  );
}
