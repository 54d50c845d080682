import { useState } from 'react';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_STATES,
  type ImportState,
  type StatisticsImport,
} from '../../../shared/contracts/imports';
import { useLocale, useLocalePath } from '../../app/locale-context';
import { canManageStatistics, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/forms/SelectField';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollTable } from '../../components/ScrollTable';
import { formatCount, formatDateTime, percentDone } from './import-format';
import { ImportStateTag } from './ImportStateTag';
import { useImports } from './imports.queries';

const PAGE = 25;

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
  if (!canManageStatistics(user)) return <NoAccess message={t('imports.noAccess')} />;
  return <ImportList />;
}

function ImportList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const [state, setState] = useState<ImportState | ''>('');
  const [offset, setOffset] = useState(0);
  const list = useImports({ state, limit: PAGE, offset });
  const count = (job: StatisticsImport, key: 'updated' | 'unchanged') =>
    job.result ? formatCount(job.result[key], locale) : '–';

  return (
    <div className="stack">
      <PageHeading title={t('imports.list.title')} />
      <Paragraph>{t('imports.list.intro')}</Paragraph>
      <div className="form-actions">
        <Button asChild>
          <RouterLink to={href('/admin/import/ny')}>{t('imports.newImport')}</RouterLink>
        </Button>
        <AppLink to="/admin/indikatorer">{t('imports.list.toCatalogue')}</AppLink>
      </div>
      <div role="search" aria-label={t('common.filters')} className="filters import-filters">
        <SelectField
          id="imports-state"
          label={t('imports.list.state')}
          value={state}
          onChange={(e) => {
            setState(e.target.value as ImportState | '');
            setOffset(0);
          }}
        >
          <option value="">{t('imports.list.allStates')}</option>
          {IMPORT_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`imports.state.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {list.data ? (
        <>
          <Pager
            label={t('common.pages')}
            total={list.data.total}
            limit={PAGE}
            offset={offset}
            onChange={setOffset}
          />
          {list.data.items.length > 0 ? (
            <ScrollTable label={t('imports.list.title')}>
              <Table zebra className="import-table">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('imports.list.state')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('imports.list.file')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('imports.contents.title')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('imports.status.by')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('imports.list.when')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">
                      {t('imports.status.inserted')}
                    </Table.HeaderCell>
                    <Table.HeaderCell className="numeric">
                      {t('imports.status.updated')}
                    </Table.HeaderCell>
                    <Table.HeaderCell className="numeric">
                      {t('imports.status.unchanged')}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.data.items.map((job) => (
                    <Table.Row key={job.id}>
                      <Table.Cell>
                        <ImportStateTag state={job.state} />
                      </Table.Cell>
                      <Table.Cell>
                        <AppLink to={`/admin/import/${job.id}`}>{job.fileName}</AppLink>
                      </Table.Cell>
                      <Table.Cell>{job.title ?? ''}</Table.Cell>
                      <Table.Cell>
                        {job.createdBy?.name ?? t('imports.status.unknownUser')}
                      </Table.Cell>
                      <Table.Cell>{formatDateTime(job.createdAt, locale)}</Table.Cell>
                      <Table.Cell className="numeric">
                        <Counts job={job} />
                      </Table.Cell>
                      <Table.Cell className="numeric">{count(job, 'updated')}</Table.Cell>
                      <Table.Cell className="numeric">{count(job, 'unchanged')}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollTable>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
