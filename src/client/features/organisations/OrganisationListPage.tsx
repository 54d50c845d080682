import { useState } from 'react';
import { Button, Table, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../shared/contracts/organisations';
import { useLocalePath } from '../../app/locale-context';
import { canEditRegisters, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/forms/SelectField';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollTable } from '../../components/ScrollTable';
import { useDebounced } from '../../components/use-debounced';
import { useOrganisations } from './organisations.queries';

const PAGE = 25;

export function OrganisationListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [offset, setOffset] = useState(0);
  const query = useDebounced(q.trim());
  const list = useOrganisations({ q: query, kind, limit: PAGE, offset });

  return (
    <div className="stack">
      <PageHeading title={t('organisations.title')} />
      {canEditRegisters(user) ? (
        <div>
          <Button asChild variant="secondary">
            <RouterLink to={href('/admin/organisasjoner/ny')}>{t('organisations.new')}</RouterLink>
          </Button>
        </div>
      ) : null}
      <div role="search" aria-label={t('common.filters')} className="filters">
        <Textfield
          id="organisations-q"
          type="search"
          label={t('common.search')}
          description={t('organisations.searchHelp')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOffset(0);
          }}
        />
        <SelectField
          id="organisations-kind"
          label={t('organisations.kind')}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as OrganisationKind | '');
            setOffset(0);
          }}
        >
          <option value="">{t('common.allKinds')}</option>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`organisationKind.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {list.data ? (
        <>
          <Pager label={t('common.pages')} total={list.data.total} limit={PAGE} offset={offset} onChange={setOffset} />
          {list.data.items.length > 0 ? (
            <ScrollTable label={t('organisations.title')}>
              <Table zebra>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('organisations.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('organisations.kind')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('organisations.orgNumber')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('organisations.parent')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.data.items.map((o) => (
                    <Table.Row key={o.id}>
                      <Table.Cell>
                        <AppLink to={`/admin/organisasjoner/${o.id}`}>{o.shortName ? `${o.name} (${o.shortName})` : o.name}</AppLink>
                      </Table.Cell>
                      <Table.Cell>{t(`organisationKind.${o.kind}`)}</Table.Cell>
                      <Table.Cell>{o.orgNumber}</Table.Cell>
                      <Table.Cell>{o.parentName}</Table.Cell>
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
