import { Alert, Checkbox, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import type { ImportPreview } from '../../../../shared/contracts/imports';
import { formatNumber } from '../../../../shared/domain/format-value';
import { formatPeriod } from '../../../../shared/domain/periods';
import type { Locale } from '../../../../shared/domain/localized';
import { ScrollTable } from '../../../components/ScrollTable';
import { breakdownText, formatCount } from '../import-format';
import type { MappingDraft } from '../mapping-draft';

interface Props {
  outliers: ImportPreview['outliers'];
  draft: MappingDraft;
  onChange(draft: MappingDraft): void;
  announce(text: string): void;
}

/** A whole number as it is, else with two decimals: a figure as the analyst would check it. */
const figure = (value: number, locale: Locale) => formatNumber(value, Number.isInteger(value) ? 0 : 2, locale);

/**
 * Figures far outside what is known of their series: usually a sign that codes were mapped to
 * the wrong areas or indicators. Shown with the known range; the import runs only when the
 * analyst confirms them.
 */
export function PreviewOutliers({ outliers, draft, onChange, announce }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (outliers.count === 0 && !draft.confirmOutliers) return null;
  return (
    <Alert data-color="warning" className="stack-sm">
      {outliers.count > 0 ? (
        <>
          <Heading level={3} data-size="xs" id="preview-outliers">
            {t('imports.outliers.title', { count: outliers.count, n: formatCount(outliers.count, locale) })}
          </Heading>
          <Paragraph>{t('imports.outliers.help')}</Paragraph>
          <ScrollTable label={t('imports.outliers.title', { count: outliers.count, n: formatCount(outliers.count, locale) })}>
            <Table data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('imports.outliers.series')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('statisticsCommon.period')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('imports.outliers.value')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('imports.outliers.known')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {outliers.examples.map((o) => (
                  <Table.Row key={`${o.indicatorCode}/${o.areaCode}/${o.breakdown}/${o.period}`}>
                    <Table.HeaderCell scope="row">
                      <code>{o.indicatorCode}</code> · <span lang="nb">{o.areaName}</span> ({o.areaCode})
                      {o.breakdown ? ` · ${breakdownText(o.breakdown)}` : null}
                    </Table.HeaderCell>
                    <Table.Cell>{formatPeriod(o.period, locale)}</Table.Cell>
                    <Table.Cell className="numeric">{figure(o.value, locale)}</Table.Cell>
                    <Table.Cell>{t('imports.outliers.range', { min: figure(o.knownMin, locale), max: figure(o.knownMax, locale) })}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        </>
      ) : null}
      <Checkbox
        id="confirm-outliers"
        label={t('imports.outliers.confirm')}
        description={t('imports.outliers.confirmHelp')}
        checked={draft.confirmOutliers}
        onChange={(e) => {
          onChange({ ...draft, confirmOutliers: e.target.checked });
          announce(e.target.checked ? t('imports.outliers.confirmed') : t('imports.outliers.withdrawn'));
        }}
      />
    </Alert>
  );
}
