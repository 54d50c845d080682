import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { MeUser } from '../../../app/permissions';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatMoney } from '../../portfolio/portfolio-format';
import { formatDeadline } from '../call-format';
import { useCall } from '../calls.queries';
import { useCallApplications } from './calls-admin.queries';
import '../../portfolio/portfolio.css';
import '../../governance/admin/governance-admin.css';
import './calls-admin.css';

/** A call's applications for the secretariat: who applied, where each stands, when it came and what it asks for. */
export function CallApplicationsPage({ user }: { user: MeUser }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const call = useCall(id);
  void user;
  if (call.isPending) return <Loading />;
  if (call.isError) return <QueryFailure error={call.error} />;
  if (!call.data.canManage) return <NoAccess message={t('callsAdmin.noAccess')} />;
  return <ApplicationsList callId={id} title={call.data.title} />;
}

function ApplicationsList({ callId, title }: { callId: string; title: { nb: string; nn?: string | null; en?: string | null } }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(title);
  const applications = useCallApplications(callId);
  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/utlysninger/${callId}`}>{t('callsAdmin.applications.backToCall', { name: name.text })}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('callsAdmin.applications.title')} – ${name.text}`}>{t('callsAdmin.applications.title')}</PageHeading>
      <Paragraph>{t('callsAdmin.applications.lead', { name: name.text })}</Paragraph>
      {applications.isPending ? <Loading /> : null}
      {applications.isError ? <LoadFailed error={applications.error} /> : null}
      {applications.data && applications.data.items.length === 0 ? <Paragraph>{t('callsAdmin.applications.none')}</Paragraph> : null}
      {applications.data && applications.data.items.length > 0 ? (
        <ScrollTable label={t('callsAdmin.applications.title')}>
          <Table zebra className="portfolio-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('callsAdmin.applications.columns.organisation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('callsAdmin.applications.columns.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('callsAdmin.applications.columns.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('callsAdmin.applications.columns.submittedAt')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('callsAdmin.applications.columns.requested')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {applications.data.items.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>{a.organisation.name}</Table.Cell>
                  <Table.Cell>
                    <AppLink to={`/admin/utlysninger/${callId}/soknader/${a.id}`}>{a.title}</AppLink>
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={a.status === 'returned' ? 'warning' : 'neutral'}>
                      {t(`callsAdmin.applicationStatus.${a.status}`)}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>{a.submittedAt ? formatDeadline(a.submittedAt, locale) : ''}</Table.Cell>
                  <Table.Cell className="amount">{a.requestedAmount === null ? '' : formatMoney(a.requestedAmount, 'NOK', locale)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      ) : null}
    </div>
  );
}
