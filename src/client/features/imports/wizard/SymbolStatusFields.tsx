import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import type { SymbolStatus } from '../../../../shared/contracts/imports';
import { OBSERVATION_STATUSES, type ObservationStatus } from '../../../../shared/domain/statistics';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatCount } from '../import-format';
import type { MappingDraft } from '../mapping-draft';

interface Props {
  formId: string;
  symbols: readonly SymbolStatus[];
  draft: MappingDraft;
  onChange(draft: MappingDraft): void;
}

/** The draft with the symbol read as `status`; the file's own reading drops the entry. */
export function setSymbolStatus(
  draft: MappingDraft,
  symbol: SymbolStatus,
  status: ObservationStatus,
): MappingDraft {
  const statuses = { ...draft.statuses };
  if (status === symbol.status) delete statuses[symbol.symbol];
  else statuses[symbol.symbol] = status;
  return { ...draft, statuses };
}

/**
 * The symbols the file puts on its cells, how the import reads each (estimate, provisional,
 * break in series, suppressed…), and a choice to read it otherwise: the file's legend or SSB's
 * usual reading is the default. Nothing shows for a file without symbols.
 */
export function SymbolStatusFields({ formId, symbols, draft, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (symbols.length === 0) return null;
  return (
    <section aria-labelledby={`${formId}-symbols`} className="stack">
      <Heading level={3} data-size="sm" id={`${formId}-symbols`}>
        {t('imports.symbols.heading')}
      </Heading>
      <Paragraph className="muted">{t('imports.symbols.help')}</Paragraph>
      <ScrollTable label={t('imports.symbols.heading')}>
        <Table data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('imports.symbols.symbol')}</Table.HeaderCell>
              <Table.HeaderCell>{t('imports.symbols.fileSays')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">
                {t('imports.symbols.figures')}
              </Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('imports.symbols.empty')}</Table.HeaderCell>
              <Table.HeaderCell>{t('imports.symbols.readAs')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {symbols.map((s) => {
              const id = `${formId}-symbol-${symbols.indexOf(s)}`;
              const current = draft.statuses[s.symbol] ?? s.status;
              return (
                <Table.Row key={s.symbol}>
                  <Table.HeaderCell scope="row">
                    <code>{s.symbol}</code>
                  </Table.HeaderCell>
                  <Table.Cell>{s.text ?? t('imports.symbols.noText')}</Table.Cell>
                  <Table.Cell className="numeric">{formatCount(s.figures, locale)}</Table.Cell>
                  <Table.Cell className="numeric">{formatCount(s.empty, locale)}</Table.Cell>
                  <Table.Cell>
                    <select
                      id={id}
                      className="ds-input"
                      aria-label={t('imports.symbols.readAsSymbol', { symbol: s.symbol })}
                      value={current}
                      onChange={(e) =>
                        onChange(setSymbolStatus(draft, s, e.target.value as ObservationStatus))
                      }
                    >
                      {OBSERVATION_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {status === s.status
                            ? t('imports.symbols.asFile', {
                                status: t(`observationStatus.${status}`),
                              })
                            : t(`observationStatus.${status}`)}
                        </option>
                      ))}
                    </select>
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
