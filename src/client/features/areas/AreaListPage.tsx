import { useTranslation } from '../../app/translation';
import { AREA_KINDS, type Area, type AreaKind } from '../../../shared/contracts/areas';
import { can, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { EntityPicker } from '../../components/forms/EntityPicker';
import { ChoiceFilter, ListFilters, ListSearch } from '../../components/ListFilters';
import type { ListColumn } from '../../components/ListTable';
import { PageHeading } from '../../components/PageHeading';
import { PagedList } from '../../components/PagedList';
import { useListQueryState } from '../../components/use-list-query-state';
import { useAreaSource, useAreas } from './areas.queries';

export function AreaListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const areaSource = useAreaSource();
  const listState = useListQueryState<{ kind: AreaKind | ''; parentId: string | null }>({
    kind: '',
    parentId: null,
  });
  const { kind, parentId } = listState.filters;
  const list = useAreas({
    q: listState.query,
    kind,
    parentId: parentId ?? undefined,
    ...listState.page,
  });
  const editable = can(user, 'area.update');

  const columns: ListColumn<Area>[] = [
    { header: t('areas.code'), cell: (a) => a.code },
    {
      header: t('areas.name'),
      cell: (a) => (editable ? <AppLink to={`/admin/omrader/${a.id}`}>{a.name}</AppLink> : a.name),
    },
    { header: t('areas.kind'), cell: (a) => t(`areaKind.${a.kind}`) },
    { header: t('areas.parent'), cell: (a) => a.parentName },
  ];

  return (
    <div className="stack">
      <PageHeading title={t('areas.title')} />
      {editable ? (
        <div>
          <ButtonLink to="/admin/omrader/ny" variant="secondary">
            {t('areas.new')}
          </ButtonLink>
        </div>
      ) : null}
      <ListFilters>
        <ListSearch id="areas-q" description={t('areas.searchHelp')} state={listState} />
        <ChoiceFilter
          id="areas-kind"
          label={t('areas.kind')}
          allLabel={t('common.allKinds')}
          choices={AREA_KINDS}
          choiceLabel={(k) => t(`areaKind.${k}`)}
          {...listState.field('kind')}
        />
        <EntityPicker
          id="areas-parent"
          label={t('areas.within')}
          searchLabel={t('areas.searchParent')}
          source={areaSource}
          {...listState.field('parentId')}
        />
      </ListFilters>
      <PagedList list={list} paging={listState} label={t('areas.title')} columns={columns} />
    </div>
  );
}
