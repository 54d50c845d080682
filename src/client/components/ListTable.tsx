import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';
import { ScrollTable } from './ScrollTable';

export interface ListColumn<T> {
  header: ReactNode;
  cell(row: T): ReactNode;
  /** Figures, aligned on the right in header and cells alike. */
  numeric?: boolean;
}

export interface ListTableProps<T> {
  /** Names the table's scroll region (usually the page title). */
  label: string;
  columns: readonly ListColumn<T>[];
  className?: string;
}

/** A striped table of rows, one column definition for each header and its cells. */
export function ListTable<T extends { id: string }>({
  label,
  columns,
  className,
  rows,
}: ListTableProps<T> & { rows: readonly T[] }) {
  const numeric = (column: ListColumn<T>) => (column.numeric ? 'numeric' : undefined);
  return (
    <ScrollTable label={label}>
      <Table zebra className={className}>
        <Table.Head>
          <Table.Row>
            {columns.map((column, i) => (
              <Table.HeaderCell key={i} className={numeric(column)}>
                {column.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              {columns.map((column, i) => (
                <Table.Cell key={i} className={numeric(column)}>
                  {column.cell(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
