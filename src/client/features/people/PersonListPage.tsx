import { useState } from 'react';
import { Button, Link, Table, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLocalePath } from '../../app/locale-context';
import type { MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollTable } from '../../components/ScrollTable';
import { useDebounced } from '../../components/use-debounced';
import { canCreatePerson } from './person-permissions';
import { usePeople } from './people.queries';

const PAGE = 25;

export function PersonListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const query = useDebounced(q.trim());
  const list = usePeople({ q: query, limit: PAGE, offset });

  return (
    <div className="stack">
      <PageHeading title={t('people.title')} />
      {canCreatePerson(user) ? (
        <div>
          <Button asChild variant="secondary">
            <RouterLink to={href('/admin/personer/ny')}>{t('people.new')}</RouterLink>
          </Button>
        </div>
      ) : null}
      <div role="search" aria-label={t('common.filters')} className="filters">
        <Textfield
          id="people-q"
          type="search"
          label={t('common.search')}
          description={t('people.searchHelp')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOffset(0);
          }}
        />
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {list.data ? (
        <>
          <Pager label={t('common.pages')} total={list.data.total} limit={PAGE} offset={offset} onChange={setOffset} />
          {list.data.items.length > 0 ? (
            <ScrollTable label={t('people.title')}>
              <Table zebra>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('people.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('people.titleField')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('people.organisation')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('people.email')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.data.items.map((p) => (
                    <Table.Row key={p.id}>
                      <Table.Cell>
                        <AppLink to={`/admin/personer/${p.id}`}>{p.name}</AppLink>
                      </Table.Cell>
                      <Table.Cell>{p.title}</Table.Cell>
                      <Table.Cell>{p.organisationName}</Table.Cell>
                      <Table.Cell>{p.email ? <Link href={`mailto:${p.email}`}>{p.email}</Link> : null}</Table.Cell>
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
