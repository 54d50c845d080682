import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Indicator } from '../../../../shared/contracts/indicators';
import type { ImportPreview, StatusCounts } from '../../../../shared/contracts/imports';
import { isWithheldStatus, OBSERVATION_STATUSES } from '../../../../shared/domain/statistics';
import { formatPeriod } from '../../../../shared/domain/periods';
import { useLocale } from '../../../app/locale-context';
import { ScrollTable } from '../../../components/ScrollTable';
import { ObservationValue } from '../../../components/statistics/ObservationValue';
import { breakdownText, firstOf, formatCount } from '../import-format';

/** Counts by observation status. Withheld cells are counted, never shown as numbers. */
export function StatusTable({ statuses, caption }: { statuses: StatusCounts; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table className="status-table" data-size="sm">
      <caption>{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('statisticsCommon.status')}</Table.HeaderCell>
          <Table.HeaderCell className="numeric">{t('imports.preview.count')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {OBSERVATION_STATUSES.map((s) => (
          <Table.Row key={s}>
            <Table.Cell>{t(`observationStatus.${s}`)}</Table.Cell>
            <Table.Cell className="numeric">{formatCount(statuses[s], locale)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { summary } = preview;
  const periods = firstOf(preview.periods, 12);
  return (
    <section aria-labelledby="preview-summary" className="stack-sm">
      <Heading level={3} data-size="sm" id="preview-summary">
        {t('imports.preview.summary')}
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('imports.preview.cells')}</dt>
          <dd>{formatCount(summary.cells, locale)}</dd>
        </div>
        <div>
          <dt>{t('imports.preview.rows')}</dt>
          <dd>{formatCount(summary.rows, locale)}</dd>
        </div>
        <div>
          <dt>{t('imports.preview.values')}</dt>
          <dd>{formatCount(summary.values, locale)}</dd>
        </div>
        <div>
          <dt>{t('imports.preview.withheld')}</dt>
          <dd>{formatCount(summary.rows - summary.values, locale)}</dd>
        </div>
        <div>
          <dt>{t('imports.preview.skipped')}</dt>
          <dd>{formatCount(summary.skipped, locale)}</dd>
        </div>
        <div>
          <dt>{t('imports.preview.periods')}</dt>
          <dd>
            {periods.shown.map((p) => formatPeriod(p, locale)).join(', ')}
            {periods.more > 0 ? ` ${t('imports.preview.andMore', { count: periods.more })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('imports.preview.indicators')}</dt>
          <dd>
            {preview.indicators
              .map((i) =>
                t('imports.preview.indicatorRows', {
                  code: i.code,
                  count: i.rows,
                  n: formatCount(i.rows, locale),
                }),
              )
              .join(', ')}
          </dd>
        </div>
      </dl>
      <StatusTable statuses={summary.statuses} caption={t('imports.preview.byStatus')} />
    </section>
  );
}

export function PreviewRows({
  preview,
  indicators,
}: {
  preview: ImportPreview;
  indicators: readonly Indicator[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  if (preview.rows.length === 0) return <Paragraph>{t('imports.preview.noRows')}</Paragraph>;
  return (
    <section aria-labelledby="preview-rows" className="stack-sm">
      <Heading level={3} data-size="sm" id="preview-rows">
        {t('imports.preview.firstRows', { count: preview.rows.length })}
      </Heading>
      <ScrollTable label={t('imports.preview.firstRows', { count: preview.rows.length })}>
        <Table zebra data-size="sm" className="preview-table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('statisticsCommon.indicator')}</Table.HeaderCell>
              <Table.HeaderCell>{t('statisticsCommon.area')}</Table.HeaderCell>
              <Table.HeaderCell>{t('statisticsCommon.period')}</Table.HeaderCell>
              <Table.HeaderCell>{t('statisticsCommon.breakdown')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('statisticsCommon.value')}</Table.HeaderCell>
              <Table.HeaderCell>{t('statisticsCommon.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {preview.rows.map((r, i) => {
              const indicator = byCode.get(r.indicatorCode);
              return (
                <Table.Row key={i}>
                  <Table.Cell>
                    <code>{r.indicatorCode}</code>
                  </Table.Cell>
                  <Table.Cell>
                    {r.areaName} ({r.areaCode})
                  </Table.Cell>
                  <Table.Cell>{formatPeriod(r.period, locale)}</Table.Cell>
                  <Table.Cell>
                    {r.breakdown ? breakdownText(r.breakdown) : t('statisticsCommon.total')}
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    <ObservationValue
                      point={r}
                      indicator={indicator ?? { unit: 'count', decimals: 2 }}
                      withUnit={indicator !== undefined}
                    />
                  </Table.Cell>
                  <Table.Cell>
                    {t(`observationStatus.${r.status}`)}
                    {/* A withheld cell's symbol is already shown beside its status in the value column. */}
                    {r.symbol && !isWithheldStatus(r.status) ? (
                      <>
                        {' '}
                        <code>{r.symbol}</code>
                      </>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollTable>
    </section>
  );
}
