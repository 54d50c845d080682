import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { User } from '../../../shared/contracts/users';
import { can, PLATFORM, programmesWhere, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ListFilters, ListSearch } from '../../components/ListFilters';
import type { ListColumn } from '../../components/ListTable';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { PageHeading } from '../../components/PageHeading';
import { PagedList } from '../../components/PagedList';
import { useListQueryState } from '../../components/use-list-query-state';
import { useProgrammes } from '../programmes/programmes.queries';
import { ProgrammeSelect } from '../programmes/ProgrammeSelect';
import { useUsers } from './users.queries';
import { LocalizedInline } from '../../components/LocalizedText';

export function UserListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const mine = programmesWhere(user, 'user.read', programmes.data ?? []);
  const admin = can(user, 'user.read', PLATFORM);
  const listState = useListQueryState<{ programmeId: string | null }>({ programmeId: null });
  // A secretariat always looks at one of its programmes; an admin may look at everyone.
  const programmeId = listState.filters.programmeId ?? (admin ? '' : (mine[0]?.id ?? ''));
  const ready = admin || programmeId !== '';
  const list = useUsers(
    { q: listState.query, programmeId: programmeId || undefined, ...listState.page },
    ready,
  );

  if (!can(user, 'user.read')) return <NoAccess />;

  const columns: ListColumn<User>[] = [
    {
      header: t('users.name'),
      cell: (u) => <AppLink to={`/admin/brukere/${u.id}`}>{u.name}</AppLink>,
    },
    { header: t('users.email'), cell: (u) => u.email },
    { header: t('users.organisation'), cell: (u) => u.organisationName },
    {
      header: t('users.roles'),
      cell: (u) =>
        u.roles.length > 0 ? (
          <ul className="plain-list">
            {u.roles.map((r) => (
              <li key={r.programmeId}>
                <LocalizedInline text={r.programmeName} />: {t(`programmeRole.${r.role}`)}
              </li>
            ))}
          </ul>
        ) : null,
    },
    {
      header: t('users.status'),
      cell: (u) => (
        <span className="tags">
          {u.isPlatformAdmin ? (
            <Tag data-size="sm" data-color="info">
              {t('users.admin')}
            </Tag>
          ) : null}
          {u.isDisabled ? (
            <Tag data-size="sm" data-color="warning">
              {t('users.disabled')}
            </Tag>
          ) : (
            <Tag data-size="sm" data-color="success">
              {t('users.active')}
            </Tag>
          )}
        </span>
      ),
    },
  ];

  return (
    <div className="stack">
      <PageHeading title={t('users.title')} />
      <div>
        <ButtonLink to="/admin/brukere/ny" variant="secondary">
          {t('users.new')}
        </ButtonLink>
      </div>
      {programmes.isPending ? <Loading /> : null}
      <ListFilters>
        <ProgrammeSelect
          id="users-programme"
          label={t('users.programme')}
          programmes={mine}
          value={programmeId}
          emptyLabel={admin ? t('users.allUsers') : undefined}
          onChange={(e) => listState.setFilter('programmeId', e.target.value)}
        />
        <ListSearch id="users-q" description={t('users.searchHelp')} state={listState} />
      </ListFilters>
      {!ready && programmes.data ? <Paragraph>{t('users.chooseProgramme')}</Paragraph> : null}
      <PagedList
        list={list}
        paging={listState}
        enabled={ready}
        label={t('users.title')}
        columns={columns}
      />
    </div>
  );
}
