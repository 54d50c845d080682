import { useState } from 'react';
import { Button, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLocalePath } from '../../app/locale-context';
import { administeredProgrammes, canEditRegisters, isAdmin, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollTable } from '../../components/ScrollTable';
import { useDebounced } from '../../components/use-debounced';
import { useProgrammes } from '../programmes/programmes.queries';
import { ProgrammeSelect } from './ProgrammeSelect';
import { useUsers } from './users.queries';

const PAGE = 25;

export function UserListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const programmes = useProgrammes();
  const mine = administeredProgrammes(user, programmes.data ?? []);
  const admin = isAdmin(user);
  const [chosen, setChosen] = useState<string | null>(null);
  // A secretariat always looks at one of its programmes; an admin may look at everyone.
  const programmeId = chosen ?? (admin ? '' : (mine[0]?.id ?? ''));
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const query = useDebounced(q.trim());
  const ready = admin || programmeId !== '';
  const list = useUsers({ q: query, programmeId: programmeId || undefined, limit: PAGE, offset }, ready);

  if (!canEditRegisters(user)) return <NoAccess />;

  return (
    <div className="stack">
      <PageHeading title={t('users.title')} />
      <div>
        <Button asChild variant="secondary">
          <RouterLink to={href('/admin/brukere/ny')}>{t('users.new')}</RouterLink>
        </Button>
      </div>
      {programmes.isPending ? <Loading /> : null}
      <div role="search" aria-label={t('common.filters')} className="filters">
        <ProgrammeSelect
          id="users-programme"
          label={t('users.programme')}
          programmes={mine}
          value={programmeId}
          emptyLabel={admin ? t('users.allUsers') : undefined}
          onChange={(e) => {
            setChosen(e.target.value);
            setOffset(0);
          }}
        />
        <Textfield
          id="users-q"
          type="search"
          label={t('common.search')}
          description={t('users.searchHelp')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOffset(0);
          }}
        />
      </div>
      {!ready && programmes.data ? <Paragraph>{t('users.chooseProgramme')}</Paragraph> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {ready && list.isPending ? <Loading /> : null}
      {list.data ? (
        <>
          <Pager label={t('common.pages')} total={list.data.total} limit={PAGE} offset={offset} onChange={setOffset} />
          {list.data.items.length > 0 ? (
            <ScrollTable label={t('users.title')}>
              <Table zebra>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('users.email')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('users.organisation')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('users.roles')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('users.status')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.data.items.map((u) => (
                    <Table.Row key={u.id}>
                      <Table.Cell>
                        <AppLink to={`/admin/brukere/${u.id}`}>{u.name}</AppLink>
                      </Table.Cell>
                      <Table.Cell>{u.email}</Table.Cell>
                      <Table.Cell>{u.organisationName}</Table.Cell>
                      <Table.Cell>
                        {u.roles.length > 0 ? (
                          <ul className="plain-list">
                            {u.roles.map((r) => (
                              <li key={r.programmeId}>
                                <span lang="nb">{r.programmeName}</span>: {t(`programmeRole.${r.role}`)}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </Table.Cell>
                      <Table.Cell>
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
                      </Table.Cell>
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
