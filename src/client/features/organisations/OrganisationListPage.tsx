import { useTranslation } from '../../app/translation';
import {
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationKind,
} from '../../../shared/contracts/organisations';
import { can, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ChoiceFilter, ListFilters, ListSearch } from '../../components/ListFilters';
import type { ListColumn } from '../../components/ListTable';
import { PageHeading } from '../../components/PageHeading';
import { PagedList } from '../../components/PagedList';
import { useListQueryState } from '../../components/use-list-query-state';
import { useOrganisations } from './organisations.queries';

export function OrganisationListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const listState = useListQueryState<{ kind: OrganisationKind | '' }>({ kind: '' });
  const list = useOrganisations({
    q: listState.query,
    kind: listState.filters.kind,
    ...listState.page,
  });

  const columns: ListColumn<Organisation>[] = [
    {
      header: t('organisations.name'),
      cell: (o) => (
        <AppLink to={`/admin/organisasjoner/${o.id}`}>
          {o.shortName ? `${o.name} (${o.shortName})` : o.name}
        </AppLink>
      ),
    },
    { header: t('organisations.kind'), cell: (o) => t(`organisationKind.${o.kind}`) },
    { header: t('organisations.orgNumber'), cell: (o) => o.orgNumber },
    { header: t('organisations.parent'), cell: (o) => o.parentName },
  ];

  return (
    <div className="stack">
      <PageHeading title={t('organisations.title')} />
      {can(user, 'organisation.create') ? (
        <div>
          <ButtonLink to="/admin/organisasjoner/ny" variant="secondary">
            {t('organisations.new')}
          </ButtonLink>
        </div>
      ) : null}
      <ListFilters>
        <ListSearch
          id="organisations-q"
          description={t('organisations.searchHelp')}
          state={listState}
        />
        <ChoiceFilter
          id="organisations-kind"
          label={t('organisations.kind')}
          allLabel={t('common.allKinds')}
          choices={ORGANISATION_KINDS}
          choiceLabel={(k) => t(`organisationKind.${k}`)}
          {...listState.field('kind')}
        />
      </ListFilters>
      <PagedList
        list={list}
        paging={listState}
        label={t('organisations.title')}
        columns={columns}
      />
    </div>
  );
}
