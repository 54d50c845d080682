import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { CallSummary } from '../../../shared/contracts/calls';
import type { Programme } from '../../../shared/contracts/programmes';
import { isApiError } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useLocalized } from '../../components/LocalizedText';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { useProgramme } from '../programmes/programmes.queries';
import { formatMoney } from '../portfolio/portfolio-format';
import { formatDeadline } from './call-format';
import { callPath, useCalls } from './calls.queries';
import '../portfolio/portfolio.css';

/** The programme's calls for applications: the open ones with their next deadline, then the earlier ones. */
export default function CallsPage() {
  const { slug = '' } = useParams();
  const programme = useProgramme(slug);
  const calls = useCalls(programme.data?.id);
  if (programme.isPending || (programme.isSuccess && calls.isPending)) return <Loading />;
  const error = programme.error ?? calls.error;
  if (error) {
    if (isApiError(error) && error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  const published = calls.data!.items.filter((c) => c.status !== 'draft');
  return <CallsView programme={programme.data!} calls={published} />;
}

function CallsView({ programme, calls }: { programme: Programme; calls: CallSummary[] }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const open = calls.filter((c) => c.status === 'open');
  const earlier = calls.filter((c) => c.status !== 'open');
  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/program/${programme.slug}`}>{name.text}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('calls.public.title')} – ${name.text}`} description={t('calls.public.lead')}>
        {t('calls.public.title')}
      </PageHeading>
      <Paragraph>{t('calls.public.lead')}</Paragraph>
      <section aria-labelledby="calls-open" className="stack-sm">
        <Heading level={2} data-size="md" id="calls-open">
          {t('calls.public.open')}
        </Heading>
        {open.length === 0 ? <Paragraph>{t('calls.public.noneOpen')}</Paragraph> : null}
        <ul className="plain-list project-cards">
          {open.map((c) => (
            <CallCard key={c.id} call={c} slug={programme.slug} />
          ))}
        </ul>
      </section>
      {earlier.length > 0 ? (
        <section aria-labelledby="calls-earlier" className="stack-sm">
          <Heading level={2} data-size="md" id="calls-earlier">
            {t('calls.public.earlier')}
          </Heading>
          <ul className="plain-list project-cards">
            {earlier.map((c) => (
              <CallCard key={c.id} call={c} slug={programme.slug} />
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function CallCard({ call, slug }: { call: CallSummary; slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useLocalized(call.title);
  return (
    <li className="project-card">
      <Heading level={3} data-size="xs">
        <AppLink to={callPath(slug, call.id)} lang={title.lang}>
          {title.text}
        </AppLink>
      </Heading>
      <div>
        <Tag data-color={call.status === 'open' ? 'success' : 'neutral'}>{t(`calls.status.${call.status}`)}</Tag>
      </div>
      <dl>
        {call.nextDeadline ? (
          <>
            <dt>{t('calls.public.nextDeadline')}</dt>
            <dd>{formatDeadline(call.nextDeadline, locale)}</dd>
          </>
        ) : null}
        {call.budgetFrame !== null ? (
          <>
            <dt>{t('calls.public.budgetFrame')}</dt>
            <dd>{formatMoney(call.budgetFrame, 'NOK', locale)}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
