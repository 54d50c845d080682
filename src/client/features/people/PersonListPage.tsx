import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { Person } from '../../../shared/contracts/people';
import { can, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ListFilters, ListSearch } from '../../components/ListFilters';
import type { ListColumn } from '../../components/ListTable';
import { PageHeading } from '../../components/PageHeading';
import { PagedList } from '../../components/PagedList';
import { useListQueryState } from '../../components/use-list-query-state';
import { usePeople } from './people.queries';

export function PersonListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const listState = useListQueryState({});
  const list = usePeople({ q: listState.query, ...listState.page });

  const columns: ListColumn<Person>[] = [
    {
      header: t('people.name'),
      cell: (p) => <AppLink to={`/admin/personer/${p.id}`}>{p.name}</AppLink>,
    },
    { header: t('people.titleField'), cell: (p) => p.title },
    { header: t('people.organisation'), cell: (p) => p.organisationName },
    {
      header: t('people.email'),
      cell: (p) => (p.email ? <Link href={`mailto:${p.email}`}>{p.email}</Link> : null),
    },
  ];

  return (
    <div className="stack">
      <PageHeading title={t('people.title')} />
      {can(user, 'person.create', { organisationId: user.organisationId }) ? (
        <div>
          <ButtonLink to="/admin/personer/ny" variant="secondary">
            {t('people.new')}
          </ButtonLink>
        </div>
      ) : null}
      <ListFilters>
        <ListSearch id="people-q" description={t('people.searchHelp')} state={listState} />
      </ListFilters>
      <PagedList list={list} paging={listState} label={t('people.title')} columns={columns} />
    </div>
  );
}
