import { useState } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Indicator } from '../../../../shared/contracts/indicators';
import { formatPeriod } from '../../../../shared/domain/periods';
import { useLocale } from '../../../app/locale-context';
import { Loading } from '../../../components/Loading';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ScrollTable } from '../../../components/ScrollTable';
import { ObservationValue } from '../../../components/statistics/ObservationValue';
import { breakdownText, formatDateTime } from '../import-format';
import { useImportChanges } from '../imports.queries';

const PAGE = 50;

/** The values this import changed (a revised figure or status), before and after, page by page. */
export function ImportChanges({
  importId,
  indicators,
}: {
  importId: string;
  indicators: readonly Indicator[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [offset, setOffset] = useState(0);
  const changes = useImportChanges(importId, offset, PAGE, true);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const fallback = { unit: 'count' as const, decimals: 2 };
  return (
    <section aria-labelledby="import-changes" className="stack-sm">
      <Heading level={2} data-size="md" id="import-changes">
        {t('imports.status.changes')}
      </Heading>
      <Paragraph className="muted">{t('imports.status.changesHelp')}</Paragraph>
      {changes.isPending ? <Loading /> : null}
      {changes.isError ? <ProblemAlert error={changes.error} /> : null}
      {changes.data ? (
        changes.data.total === 0 ? (
          <Paragraph>{t('imports.status.noChanges')}</Paragraph>
        ) : (
          <>
            <Pager
              label={t('imports.status.changesPages')}
              total={changes.data.total}
              limit={PAGE}
              offset={offset}
              onChange={setOffset}
            />
            <ScrollTable label={t('imports.status.changes')}>
              <Table zebra data-size="sm">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('statisticsCommon.indicator')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('statisticsCommon.area')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('statisticsCommon.period')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('statisticsCommon.breakdown')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">
                      {t('imports.status.before')}
                    </Table.HeaderCell>
                    <Table.HeaderCell className="numeric">
                      {t('imports.status.after')}
                    </Table.HeaderCell>
                    <Table.HeaderCell>{t('imports.status.changedAt')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {changes.data.items.map((c, i) => {
                    const indicator = byCode.get(c.indicatorCode) ?? fallback;
                    return (
                      <Table.Row key={`${offset}-${i}`}>
                        <Table.Cell>
                          <code>{c.indicatorCode}</code>
                        </Table.Cell>
                        <Table.Cell>{c.areaCode}</Table.Cell>
                        <Table.Cell>{formatPeriod(c.period, locale)}</Table.Cell>
                        <Table.Cell>
                          {c.breakdown ? breakdownText(c.breakdown) : t('statisticsCommon.total')}
                        </Table.Cell>
                        <Table.Cell className="numeric">
                          <ObservationValue point={c.before} indicator={indicator} />
                        </Table.Cell>
                        <Table.Cell className="numeric">
                          <ObservationValue point={c.after} indicator={indicator} />
                        </Table.Cell>
                        <Table.Cell>{formatDateTime(c.changedAt, locale)}</Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </ScrollTable>
          </>
        )
      ) : null}
    </section>
  );
}
