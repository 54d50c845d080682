import { useState } from 'react';
import { Button, Table, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AREA_KINDS, type AreaKind } from '../../../shared/contracts/areas';
import { useLocalePath } from '../../app/locale-context';
import { canEditRegisters, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { EntityPicker } from '../../components/forms/EntityPicker';
import { SelectField } from '../../components/forms/SelectField';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollTable } from '../../components/ScrollTable';
import { useDebounced } from '../../components/use-debounced';
import { areaSource, useAreas } from './areas.queries';

const PAGE = 25;

export function AreaListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<AreaKind | ''>('');
  const [parentId, setParentId] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const query = useDebounced(q.trim());
  const list = useAreas({ q: query, kind, parentId: parentId ?? undefined, limit: PAGE, offset });
  const editable = canEditRegisters(user);

  return (
    <div className="stack">
      <PageHeading title={t('areas.title')} />
      {editable ? (
        <div>
          <Button asChild variant="secondary">
            <RouterLink to={href('/admin/omrader/ny')}>{t('areas.new')}</RouterLink>
          </Button>
        </div>
      ) : null}
      <div role="search" aria-label={t('common.filters')} className="filters">
        <Textfield
          id="areas-q"
          type="search"
          label={t('common.search')}
          description={t('areas.searchHelp')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOffset(0);
          }}
        />
        <SelectField
          id="areas-kind"
          label={t('areas.kind')}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as AreaKind | '');
            setOffset(0);
          }}
        >
          <option value="">{t('common.allKinds')}</option>
          {AREA_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`areaKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <EntityPicker
          id="areas-parent"
          label={t('areas.within')}
          searchLabel={t('areas.searchParent')}
          source={areaSource}
          value={parentId}
          onChange={(id) => {
            setParentId(id);
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
            <ScrollTable label={t('areas.title')}>
              <Table zebra>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('areas.code')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('areas.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('areas.kind')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('areas.parent')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.data.items.map((a) => (
                    <Table.Row key={a.id}>
                      <Table.Cell>{a.code}</Table.Cell>
                      <Table.Cell>{editable ? <AppLink to={`/admin/omrader/${a.id}`}>{a.name}</AppLink> : a.name}</Table.Cell>
                      <Table.Cell>{t(`areaKind.${a.kind}`)}</Table.Cell>
                      <Table.Cell>{a.parentName}</Table.Cell>
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
