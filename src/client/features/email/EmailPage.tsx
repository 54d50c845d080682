import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import { can, PLATFORM, type MeUser } from '../../app/permissions';
import { isApiError } from '../../app/api';
import { INTL_LOCALE } from '../../app/locale';
import { useLocale } from '../../app/locale-context';
import { AppLink } from '../../components/AppLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { useEmail } from './email.queries';
import { EmailStateTag } from './EmailListPage';

/** One e-mail as it was sent (or kept): to whom, how it went, its plain text and its HTML. */
export function EmailPage({ user }: { user: MeUser }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const email = useEmail(id);
  if (!can(user, 'email.read', PLATFORM)) return <NoAccess />;
  if (email.isPending) return <Loading />;
  if (email.isError) return isApiError(email.error) && email.error.code === 'NOT_FOUND' ? <NotFoundPage /> : <LoadFailed error={email.error} />;
  const m = email.data;
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeStyle: 'medium' });
  const when = (at: string) => <time dateTime={at}>{format.format(new Date(at))}</time>;
  return (
    <div className="stack">
      <PageHeading title={m.subject} lang={m.locale} />
      <dl className="facts">
        <div>
          <dt>{t('emails.to')}</dt>
          <dd>{m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress}</dd>
        </div>
        <div>
          <dt>{t('emails.stateLabel')}</dt>
          <dd>
            <EmailStateTag state={m.state} />
          </dd>
        </div>
        <div>
          <dt>{t('emails.createdAt')}</dt>
          <dd>{when(m.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('emails.sentAt')}</dt>
          <dd>{m.sentAt ? when(m.sentAt) : t('emails.notSent')}</dd>
        </div>
        <div>
          <dt>{t('emails.attempts')}</dt>
          <dd>{m.attempts}</dd>
        </div>
        {m.lastError ? (
          <div>
            <dt>{t('emails.lastError')}</dt>
            <dd>{m.lastError}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('emails.language')}</dt>
          <dd>{t(`language.${m.locale}`)}</dd>
        </div>
      </dl>
      <section aria-labelledby="email-text" className="stack-sm">
        <h2 id="email-text" className="ds-heading" data-size="sm">
          {t('emails.text')}
        </h2>
        <pre className="email-text" lang={m.locale}>
          {m.textBody}
        </pre>
      </section>
      <Details>
        <Details.Summary>{t('emails.html')}</Details.Summary>
        <Details.Content>
          <pre className="json">{m.htmlBody}</pre>
        </Details.Content>
      </Details>
      <Paragraph>
        <AppLink to="/admin/e-post">{t('emails.backToList')}</AppLink>
      </Paragraph>
    </div>
  );
}
