import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import {
  IMPORT_STATES,
  type ImportState,
  type StatisticsImport,
} from '../../../shared/contracts/imports';
import { useLocale } from '../../app/locale-context';
import { can, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ChoiceFilter, ListFilters } from '../../components/ListFilters';
import type { ListColumn } from '../../components/ListTable';
import { NoAccess } from '../../components/NoAccess';
import { PageHeading } from '../../components/PageHeading';
import { PagedList } from '../../components/PagedList';
import { useListQueryState } from '../../components/use-list-query-state';
import { formatCount, formatDateTime, percentDone } from './import-format';
import { ImportStateTag } from './ImportStateTag';
import { useImports } from './imports.queries';
import './imports.css';

function Counts({ job }: { job: StatisticsImport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (job.state === 'running' && job.progress.total > 0) {
    return (
      <span>
        {t('imports.list.running', { pct: percentDone(job.progress.done, job.progress.total) })}
      </span>
    );
  }
  if (!job.result) return <span className="muted">–</span>;
  return <span>{formatCount(job.result.inserted, locale)}</span>;
}

export function ImportListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  if (!can(user, 'statistics.import')) return <NoAccess message={t('imports.noAccess')} />;
  return <ImportList />;
}

function ImportList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const listState = useListQueryState<{ state: ImportState | '' }>({ state: '' });
  const list = useImports({ state: listState.filters.state, ...listState.page });
  const count = (job: StatisticsImport, key: 'updated' | 'unchanged') =>
    job.result ? formatCount(job.result[key], locale) : '–';

  const columns: ListColumn<StatisticsImport>[] = [
    { header: t('imports.list.state'), cell: (job) => <ImportStateTag state={job.state} /> },
    {
      header: t('imports.list.file'),
      cell: (job) => <AppLink to={`/admin/import/${job.id}`}>{job.fileName}</AppLink>,
    },
    { header: t('imports.contents.title'), cell: (job) => job.title ?? '' },
    {
      header: t('imports.status.by'),
      cell: (job) => job.createdBy?.name ?? t('imports.status.unknownUser'),
    },
    { header: t('imports.list.when'), cell: (job) => formatDateTime(job.createdAt, locale) },
    { header: t('imports.status.inserted'), numeric: true, cell: (job) => <Counts job={job} /> },
    { header: t('imports.status.updated'), numeric: true, cell: (job) => count(job, 'updated') },
    {
      header: t('imports.status.unchanged'),
      numeric: true,
      cell: (job) => count(job, 'unchanged'),
    },
  ];

  return (
    <div className="stack">
      <PageHeading title={t('imports.list.title')} />
      <Paragraph>{t('imports.list.intro')}</Paragraph>
      <div className="form-actions">
        <ButtonLink to="/admin/import/ny">{t('imports.newImport')}</ButtonLink>
        <AppLink to="/admin/indikatorer">{t('imports.list.toCatalogue')}</AppLink>
      </div>
      <ListFilters className="import-filters">
        <ChoiceFilter
          id="imports-state"
          label={t('imports.list.state')}
          allLabel={t('imports.list.allStates')}
          choices={IMPORT_STATES}
          choiceLabel={(s) => t(`imports.state.${s}`)}
          {...listState.field('state')}
        />
      </ListFilters>
      <PagedList
        list={list}
        paging={listState}
        label={t('imports.list.title')}
        className="import-table"
        columns={columns}
      />
    </div>
  );
}
