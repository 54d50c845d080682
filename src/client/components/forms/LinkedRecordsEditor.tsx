import { useEffect, type FormEvent, type ReactNode } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { ScrollTable } from '../ScrollTable';
import { ActionStatus } from './ActionStatus';
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
  /**
   * Shows the rows in groups, each under a heading and in a compact table of its own (the
   * organisations by their part in the programme); groups without rows are left out.
   */
  groups?: { order: readonly string[]; of(row: T): string; title(group: string): string };
  /**
   * What the last act did, said where it was done: `list` under the heading (a removal, after
   * which focus goes to the heading), `add` beside the add button.
   */
  status?: { at: 'list' | 'add'; message: string } | null;
}

function RowsTable<T>({ p, label, rows, compact }: { p: Props<T>; label: string; rows: readonly T[]; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    // Named apart from the section around it: two regions of one name cannot be told apart.
    <ScrollTable label={t('common.tableOf', { name: label })}>
      <Table zebra data-size={compact ? 'sm' : undefined}>
        <Table.Head>
          <Table.Row>
            {p.columns.map((c) => (
              <Table.HeaderCell key={c.header}>{c.header}</Table.HeaderCell>
            ))}
            <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
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
                    aria-disabled={p.removing || undefined}
                    aria-label={p.removeLabel(row)}
                    onClick={() => {
                      if (!p.removing) p.onRemove(row);
                    }}
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
  );
}

/**
 * Records tied to the record being edited (a programme's contacts, the organisations taking part,
 * a body's members): a table with a remove button per row, and a form below to add one.
 */
export function LinkedRecordsEditor<T>(p: Props<T>) {
  const { t } = useTranslation();
  // A row added above the form pushes it down: while focus is still in the form, its button's
  // message is kept in view.
  const { id, status, rows } = p;
  useEffect(() => {
    if (status?.at !== 'add') return;
    const message = document.getElementById(`${id}-add-status`);
    if (message?.closest('form')?.contains(document.activeElement)) message.scrollIntoView({ block: 'nearest' });
  }, [id, status, rows]);
  return (
    <section id={p.id} aria-labelledby={`${p.id}-heading`} className="stack">
      <Heading level={2} data-size="md" id={`${p.id}-heading`} tabIndex={-1}>
        {p.title}
      </Heading>
      {p.status !== undefined ? <ActionStatus id={`${p.id}-status`} message={p.status?.at === 'list' ? p.status.message : null} /> : null}
      {p.rows.length === 0 ? (
        <Paragraph>{p.empty}</Paragraph>
      ) : p.groups ? (
        p.groups.order
          .map((group) => ({ group, rows: p.rows.filter((row) => p.groups!.of(row) === group) }))
          .filter((g) => g.rows.length > 0)
          .map(({ group, rows }) => (
            <div key={group} className="stack-sm linked-group">
              <Heading level={3} data-size="2xs">
                {p.groups!.title(group)} <span className="muted">({rows.length})</span>
              </Heading>
              <RowsTable p={p} label={p.groups!.title(group)} rows={rows} compact />
            </div>
          ))
      ) : (
        <RowsTable p={p} label={p.title} rows={p.rows} />
      )}
      {p.canAdd === false ? null : (
        <form
          onSubmit={(e) => {
            if (!p.adding) return p.onAdd(e);
            e.preventDefault();
          }}
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
            <Button type="submit" variant="secondary" aria-disabled={p.adding || undefined}>
              {p.adding ? t('common.saving') : p.addButton}
            </Button>
            {p.status !== undefined ? <ActionStatus id={`${p.id}-add-status`} message={p.status?.at === 'add' ? p.status.message : null} /> : null}
          </div>
        </form>
      )}
    </section>
  );
}
