import { useTranslation } from '../app/translation';
import { ListTable, type ListTableProps } from './ListTable';
import { Loading } from './Loading';
import { Pager } from './Pager';
import { ProblemAlert } from './ProblemAlert';
import type { ListPaging } from './use-list-query-state';

/** The parts of a list query this view reads (a TanStack `useQuery` result fits). */
export interface ListResult<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: { items: T[]; total: number } | undefined;
}

interface Props<T> extends ListTableProps<T> {
  list: ListResult<T>;
  paging: ListPaging;
  /** False while the list cannot be asked for yet (nothing chosen to list): no spinner then. */
  enabled?: boolean;
}

/**
 * One page of a list: busy and error states, then the pager, which also says when nothing
 * matched, and the table when there are rows.
 */
export function PagedList<T extends { id: string }>({
  list,
  paging,
  enabled = true,
  ...table
}: Props<T>) {
  const { t } = useTranslation();
  return (
    <>
      {enabled && list.isPending ? <Loading /> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {list.data ? (
        <>
          <Pager
            label={t('common.pages')}
            total={list.data.total}
            limit={paging.limit}
            offset={paging.offset}
            onChange={paging.setOffset}
          />
          {list.data.items.length > 0 ? <ListTable {...table} rows={list.data.items} /> : null}
        </>
      ) : null}
    </>
  );
}
