import type { FormEvent, ReactNode } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { ScrollTable } from '../ScrollTable';
import { FormErrorSummary } from './FormErrorSummary';
import type { FormErrors } from './use-form-errors';

export interface LinkedColumn<T> {
  header: string;
  cell(row: T): ReactNode;
  /** The language of the cell's text, when it is not the page's (names kept in bokmål). */
  lang?: string;
}

interface Props<T> {
  /** Prefix of the heading ids (`<id>-heading`, `<id>-add-heading`). */
  id: string;
  title: string;
  /** Said when there are no rows. */
  empty: string;
  rows: readonly T[];
  rowKey(row: T): string;
  columns: LinkedColumn<T>[];
  /** The remove button's accessible name for a row: it must say which row. */
  removeLabel(row: T): string;
  onRemove(row: T): void;
  /** Whether the reader may remove this row; the button is left out where not. */
  canRemove?(row: T): boolean;
  /** The remove button's text, "Remove" unless the act has its own verb (revoke). */
  removeText?: string;
  removing: boolean;
  /** Whether the reader may add: the form is left out where not. */
  canAdd?: boolean;
  addTitle: string;
  addButton: string;
  adding: boolean;
  formId: string;
  form: FormErrors;
  labels: Record<string, string>;
  onAdd(e: FormEvent): void;
  /** The add form's fields. */
  children: ReactNode;
}

/**
 * Records tied to the record being edited (a programme's contacts, the organisations taking part,
 * a body's members): a table with a remove button per row, and a form below to add one.
 */
export function LinkedRecordsEditor<T>(p: Props<T>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${p.id}-heading`} className="stack">
      <Heading level={2} data-size="md" id={`${p.id}-heading`}>
        {p.title}
      </Heading>
      {p.rows.length === 0 ? (
        <Paragraph>{p.empty}</Paragraph>
      ) : (
        // Named apart from the section around it: two regions of one name cannot be told apart.
        <ScrollTable label={t('common.tableOf', { name: p.title })}>
          <Table zebra>
            <Table.Head>
              <Table.Row>
                {p.columns.map((c) => (
                  <Table.HeaderCell key={c.header}>{c.header}</Table.HeaderCell>
                ))}
                <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {p.rows.map((row) => (
                <Table.Row key={p.rowKey(row)}>
                  {p.columns.map((c) => (
                    <Table.Cell key={c.header} lang={c.lang}>
                      {c.cell(row)}
                    </Table.Cell>
                  ))}
                  <Table.Cell>
                    {p.canRemove?.(row) === false ? null : (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        disabled={p.removing}
                        aria-label={p.removeLabel(row)}
                        onClick={() => p.onRemove(row)}
                      >
                        {p.removeText ?? t('common.remove')}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
      {p.canAdd === false ? null : (
        <form
          onSubmit={p.onAdd}
          noValidate
          className="stack form subform"
          aria-labelledby={`${p.id}-add-heading`}
        >
          <Heading level={3} data-size="xs" id={`${p.id}-add-heading`}>
            {p.addTitle}
          </Heading>
          <FormErrorSummary form={p.form} formId={p.formId} labels={p.labels} />
          {p.children}
          <div className="form-actions">
            <Button type="submit" variant="secondary" disabled={p.adding}>
              {p.adding ? t('common.saving') : p.addButton}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
