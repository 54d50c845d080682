import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../../app/translation';
import { useLocalePath } from '../../../app/locale-context';
import { can, programmesWhere, type MeUser } from '../../../app/permissions';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { LocalizedInline } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ScrollTable } from '../../../components/ScrollTable';
import { useProgrammes } from '../programmes.queries';
import { buildProgrammeTree, flattenTree } from '../tree';
import { useProgrammeCompare } from '../use-programme-sort';

export function ProgrammeAdminList({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const programmes = useProgrammes();
  const compare = useProgrammeCompare();
  const rows = flattenTree(buildProgrammeTree(programmesWhere(user, 'programme.update', programmes.data ?? []), compare));

  return (
    <div className="stack">
      <PageHeading title={t('admin.programmes.title')} />
      {can(user, 'programme.create') ? (
        <div>
          <Button asChild variant="secondary">
            <RouterLink to={href('/admin/program/ny')}>{t('admin.programmes.new')}</RouterLink>
          </Button>
        </div>
      ) : null}
      {programmes.isPending ? <Loading /> : null}
      {programmes.isError ? <ProblemAlert error={programmes.error} /> : null}
      {programmes.data && rows.length === 0 ? <Paragraph>{t('admin.dashboard.noProgrammes')}</Paragraph> : null}
      {rows.length > 0 ? (
        <ScrollTable label={t('admin.programmes.title')}>
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('programmeForm.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('programmeForm.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('programmeForm.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.programmes.publicPage')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map(({ programme, depth }) => (
                <Table.Row key={programme.id}>
                  <Table.Cell className={`depth-${Math.min(depth, 3)}`}>
                    <AppLink to={`/admin/program/${programme.slug}`}>
                      <LocalizedInline text={programme.name} />
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell>{t(`programmeKind.${programme.kind}`)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={programme.isPublished ? 'success' : 'warning'}>
                      {programme.isPublished ? t('programme.published') : t('programme.unpublished')}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    <AppLink to={`/program/${programme.slug}`}>/program/{programme.slug}</AppLink>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      ) : null}
    </div>
  );
}
