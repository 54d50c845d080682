import { useState } from 'react';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { EMAIL_STATES, type EmailState, type EmailSummary } from '../../../shared/contracts/email';
import { can, PLATFORM, type MeUser } from '../../app/permissions';
import { INTL_LOCALE } from '../../app/locale';
import { useLocale } from '../../app/locale-context';
import { AppLink } from '../../components/AppLink';
import { ChoiceFilter, ListFilters, ListSearch } from '../../components/ListFilters';
import type { ListColumn } from '../../components/ListTable';
import { NoAccess } from '../../components/NoAccess';
import { PageHeading } from '../../components/PageHeading';
import { PagedList } from '../../components/PagedList';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { useListQueryState } from '../../components/use-list-query-state';
import { useEmails, useSendTestEmail } from './email.queries';

const STATE_COLOR: Record<EmailState, 'info' | 'success' | 'danger' | 'neutral'> = { queued: 'info', sent: 'success', failed: 'danger', kept: 'neutral' };

/** A state as a tag, in the reader's language. */
export function EmailStateTag({ state }: { state: EmailState }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={STATE_COLOR[state]}>
      {t(`emails.state.${state}`)}
    </Tag>
  );
}

/** The outbox: every e-mail the platform has sent or kept, newest first (platform administrators). */
export function EmailListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const listState = useListQueryState<{ state: EmailState | '' }>({ state: '' });
  const list = useEmails({ q: listState.query || undefined, state: listState.filters.state || undefined, ...listState.page });
  const test = useSendTestEmail();
  const [message, setMessage] = useState<string | null>(null);
  if (!can(user, 'email.read', PLATFORM)) return <NoAccess />;
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'short', timeStyle: 'short' });

  const columns: ListColumn<EmailSummary>[] = [
    { header: t('emails.createdAt'), cell: (m) => <time dateTime={m.createdAt}>{format.format(new Date(m.createdAt))}</time> },
    { header: t('emails.to'), cell: (m) => (m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress) },
    { header: t('emails.subject'), cell: (m) => <AppLink to={`/admin/e-post/${m.id}`}><span lang={m.locale}>{m.subject}</span></AppLink> },
    { header: t('emails.stateLabel'), cell: (m) => <EmailStateTag state={m.state} /> },
    { header: t('emails.attempts'), cell: (m) => m.attempts, numeric: true },
  ];

  const sendTest = () => {
    setMessage(null);
    test.mutate({ locale }, { onSuccess: (m) => setMessage(t(m.state === 'kept' ? 'emails.testKept' : 'emails.testQueued', { to: m.toAddress })) });
  };

  return (
    <div className="stack">
      <PageHeading title={t('emails.title')} />
      <Paragraph>{t('emails.intro')}</Paragraph>
      <StatusMessage message={message} />
      {test.isError ? <ProblemAlert error={test.error} /> : null}
      <div>
        <Button variant="secondary" onClick={sendTest} disabled={test.isPending}>
          {t('emails.sendTest')}
        </Button>
      </div>
      <ListFilters>
        <ChoiceFilter
          id="emails-state"
          label={t('emails.stateLabel')}
          allLabel={t('common.all')}
          choices={EMAIL_STATES}
          choiceLabel={(s) => t(`emails.state.${s}`)}
          {...listState.field('state')}
        />
        <ListSearch id="emails-q" description={t('emails.searchHelp')} state={listState} />
      </ListFilters>
      <PagedList list={list} paging={listState} label={t('emails.title')} columns={columns} />
    </div>
  );
}
