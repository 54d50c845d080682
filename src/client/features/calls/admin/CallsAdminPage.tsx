import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { CallCreate } from '../../../../shared/contracts/calls';
import type { Programme } from '../../../../shared/contracts/programmes';
import { useLocale, useLocalePath } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { formatMoney } from '../../portfolio/portfolio-format';
import { formatDeadline } from '../call-format';
import { callsPath, useCalls } from '../calls.queries';
import { CallBasicsForm, emptyBasics } from './CallBasicsForm';
import { useCreateCall } from './calls-admin.queries';
import '../../portfolio/portfolio.css';
import '../../governance/admin/governance-admin.css';
import './calls-admin.css';

/** The programme's calls for the secretariat, drafts too, and a new call. */
export function CallsAdminPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="portfolio.manage">{(programme) => <CallsAdmin programme={programme} />}</ProgrammeGate>;
}

function CallsAdmin({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const navigate = useNavigate();
  const name = useLocalized(programme.name);
  const calls = useCalls(programme.id);
  const create = useCreateCall(programme.id);
  const form = useFormErrors();
  const [creating, setCreating] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (creating) formHeading.current?.focus();
  }, [creating]);

  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`}>{t('governanceAdmin.backToProgramme', { name: name.text })}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('callsAdmin.title')} – ${name.text}`}>{t('callsAdmin.title')}</PageHeading>
      <Paragraph>{t('callsAdmin.lead')}</Paragraph>
      <Paragraph>
        <AppLink to={callsPath(programme.slug)}>{t('callsAdmin.viewPublicList')}</AppLink>
      </Paragraph>
      {calls.isPending ? <Loading /> : null}
      {calls.isError ? <LoadFailed error={calls.error} /> : null}
      {calls.data && calls.data.items.length === 0 ? <Paragraph>{t('callsAdmin.none')}</Paragraph> : null}
      {calls.data && calls.data.items.length > 0 ? (
        <ScrollTable label={t('callsAdmin.title')}>
          <Table zebra className="portfolio-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('callsAdmin.columns.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('callsAdmin.columns.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('callsAdmin.columns.deadlines')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('callsAdmin.columns.budgetFrame')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('callsAdmin.columns.applications')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {calls.data.items.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell>
                    <AppLink to={`/admin/utlysninger/${c.id}`}>
                      <LocalizedInline text={c.title} />
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={c.status === 'open' ? 'success' : 'neutral'}>
                      {t(`calls.status.${c.status}`)}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {c.deadlines.length === 0 ? (
                      t('callsAdmin.noDeadlines')
                    ) : (
                      <ul className="plain-list">
                        {c.deadlines.map((d) => (
                          <li key={d.id}>
                            {formatDeadline(d.deadline, locale)}
                            {d.deadline === c.nextDeadline ? ` (${t('calls.public.next')})` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Table.Cell>
                  <Table.Cell className="amount">{c.budgetFrame === null ? '' : formatMoney(c.budgetFrame, 'NOK', locale)}</Table.Cell>
                  <Table.Cell className="amount">
                    <AppLink to={`/admin/utlysninger/${c.id}/soknader`} aria-label={t('callsAdmin.applications.linkFor', { count: c.applicationCount ?? 0 })}>
                      {String(c.applicationCount ?? 0)}
                    </AppLink>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      ) : null}

      <section aria-labelledby="new-call-heading" className="stack-sm">
        <Heading level={2} data-size="md" id="new-call-heading" ref={formHeading} tabIndex={-1}>
          {t('callsAdmin.new')}
        </Heading>
        {creating ? (
          <>
            <Paragraph data-size="sm">{t('callsAdmin.newLead')}</Paragraph>
            <CallBasicsForm
              formId="call-new"
              form={form}
              mode="create"
              initial={emptyBasics()}
              submitLabel={t('callsAdmin.create')}
              saving={create.isPending}
              onSave={async (data) => {
                const created = await create.mutateAsync(data as CallCreate);
                void navigate(href(`/admin/utlysninger/${created.id}`));
              }}
              footer={
                <Button type="button" variant="secondary" onClick={() => setCreating(false)}>
                  {t('common.cancel')}
                </Button>
              }
            />
          </>
        ) : (
          <div>
            <Button variant="secondary" onClick={() => setCreating(true)}>
              {t('callsAdmin.new')}
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
