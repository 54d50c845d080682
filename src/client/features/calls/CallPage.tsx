import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { Call } from '../../../shared/contracts/calls';
import { isApiError } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { LocalizedParagraphs, useLocalized } from '../../components/LocalizedText';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { ScrollTable } from '../../components/ScrollTable';
import { useProgramme } from '../programmes/programmes.queries';
import { formatMoney } from '../portfolio/portfolio-format';
import { formatDeadline } from './call-format';
import { callsPath, useCall } from './calls.queries';
import { Section } from '../governance/public/governance-parts';
import '../portfolio/portfolio.css';

/** A call as applicants read it: what it funds, the deadlines, who may apply, how applications are assessed and what the form asks. */
export default function CallPage() {
  const { slug = '', callId = '' } = useParams();
  const programme = useProgramme(slug);
  const call = useCall(callId);
  if (programme.isPending || call.isPending) return <Loading />;
  const error = programme.error ?? call.error;
  if (error) {
    if (isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  if (call.data!.programmeId !== programme.data!.id || call.data!.status === 'draft') return <NotFoundPage />;
  return <CallView call={call.data!} slug={slug} />;
}

function Text({ text }: { text: Call['title'] }) {
  const picked = useLocalized(text);
  return <span lang={picked.lang}>{picked.text}</span>;
}

function CallView({ call, slug }: { call: Call; slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useLocalized(call.title);
  const text = useLocalized(call.text);
  const totalWeight = call.criteria.reduce((n, c) => n + c.weight, 0);
  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={callsPath(slug)}>{t('calls.public.back')}</AppLink>
      </Paragraph>
      <PageHeading title={title.text} description={text.text.slice(0, 300) || undefined} lang={title.lang}>
        {title.text}
      </PageHeading>
      <div>
        <Tag data-color={call.status === 'open' ? 'success' : 'neutral'}>{t(`calls.status.${call.status}`)}</Tag>
      </div>
      <LocalizedParagraphs text={call.text} lead />
      {call.status === 'open' && call.nextDeadline ? (
        // Signed in, a contributor finds the call among those their organisation may apply to; others sign in first.
        <Paragraph>
          <AppLink to="/admin/soknader">{t('applications.public.apply')}</AppLink>
        </Paragraph>
      ) : null}
      {call.budgetFrame !== null ? <Paragraph>{t('calls.public.frameText', { amount: formatMoney(call.budgetFrame, 'NOK', locale) })}</Paragraph> : null}

      <Section id="call-deadlines" title={t('calls.public.deadlines')}>
        <ul>
          {call.deadlines.map((d) => (
            <li key={d.id}>
              <Text text={d.label} />: {formatDeadline(d.deadline, locale)}
              {d.deadline === call.nextDeadline ? ` (${t('calls.public.next')})` : ''}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="call-eligible" title={t('calls.public.whoMayApply')}>
        <ul>
          {call.eligibleKinds.map((k) => (
            <li key={k}>{t(`organisationKind.${k}`)}</li>
          ))}
        </ul>
        {call.ngoNeedsMunicipalPartner ? <Paragraph>{t('calls.public.ngoRule')}</Paragraph> : null}
      </Section>

      {call.criteria.length > 0 ? (
        <Section id="call-criteria" title={t('calls.public.criteria')}>
          <ScrollTable label={t('calls.public.criteria')}>
            <table className="portfolio-table">
              <thead>
                <tr>
                  <th scope="col">{t('calls.public.criterion')}</th>
                  <th scope="col" className="amount">{t('calls.public.weight')}</th>
                  <th scope="col">{t('calls.public.scale')}</th>
                </tr>
              </thead>
              <tbody>
                {call.criteria.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">
                      <Text text={c.title} />
                    </th>
                    <td className="amount">{totalWeight ? `${Math.round((c.weight / totalWeight) * 100)} %` : c.weight}</td>
                    <td>{`${c.scale.min}–${c.scale.max}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </Section>
      ) : null}

      {call.form ? (
        <Section id="call-form" title={t('calls.public.form')}>
          <Paragraph>{t('calls.public.formLead')}</Paragraph>
          {call.form.sections.map((s) => (
            <section key={s.key} aria-labelledby={`call-form-${s.key}`} className="stack-sm">
              <Heading level={3} data-size="xs" id={`call-form-${s.key}`}>
                <Text text={s.title} />
              </Heading>
              <ul>
                {s.fields.map((f) => (
                  <li key={f.key}>
                    <Text text={f.label} /> ({t(`applicationForm.kinds.${f.kind}`)}
                    {f.required ? `, ${t('calls.public.required')}` : ''})
                    {f.help?.nb ? (
                      <>
                        : <Text text={{ ...f.help, nb: f.help.nb }} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </Section>
      ) : null}
    </article>
  );
}
