import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { MyRegistration } from '../../../shared/contracts/events';
import { eventsRoutes } from '../../../shared/contracts/routes';
import { call, isApiError } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StatusMessage } from '../../components/StatusMessage';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId } from '../../components/forms/form-errors';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { formatEventTime } from './event-format';
import { eventKeys, eventPath, useMyRegistration } from './events.queries';
import { FORM_OUTCOME } from '../../../shared/domain/registration-form';

const FORM = 'my-registration';

/** The personal page a registration's link opens: see it, change it, or cancel it. Not indexed. */
export default function MyRegistrationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const mine = useMyRegistration(token);
  if (mine.isPending) return <Loading />;
  if (mine.error) {
    if (isApiError(mine.error) && (mine.error.code === 'NOT_FOUND' || mine.error.code === 'VALIDATION_FAILED'))
      return (
        <article className="stack">
          <PageHeading title={t('events.mine.title')}>{t('events.mine.title')}</PageHeading>
          <Paragraph>{t('events.mine.expired')}</Paragraph>
        </article>
      );
    return <LoadFailed error={mine.error} />;
  }
  return <MyRegistrationView token={token} mine={mine.data} />;
}

function MyRegistrationView({ token, mine }: { token: string; mine: MyRegistration }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const { registration: reg, event } = mine;
  const [values, setValues] = useState({ name: reg.name, organisation: reg.organisation });
  const [answers, setAnswers] = useState<Record<string, string>>(reg.answers);
  // Arriving from the registration form posted without script: what became of it.
  const [params] = useSearchParams();
  const arrived = params.get(FORM_OUTCOME);
  const [message, setMessage] = useState<string | null>(() =>
    arrived === 'registered' && reg.status === 'registered' ? t('events.public.registered') : arrived === 'waiting' && reg.status === 'waiting' ? t('events.public.waiting', { n: mine.waitingPosition ?? 0 }) : null,
  );
  const [busy, setBusy] = useState(false);
  const labels: Record<string, string> = { name: t('events.public.name'), organisation: t('events.public.organisation') };
  for (const q of event.questions) labels[`answers.${q.id}`] = q.label;

  const run = async (work: () => Promise<MyRegistration>, done: string) => {
    setBusy(true);
    form.clear();
    try {
      queryClient.setQueryData(eventKeys.mine(token), await work());
      setMessage(done);
    } catch (err) {
      form.setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  const onSave = (e: FormEvent) => {
    e.preventDefault();
    void run(() => call(eventsRoutes.changeMine, { params: { token }, body: { ...values, answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim())) } }), t('events.mine.saved'));
  };
  const onCancel = () => void run(() => call(eventsRoutes.cancelMine, { params: { token } }), t('events.mine.cancelled'));

  const live = reg.status !== 'cancelled';
  return (
    <article className="stack">
      <PageHeading title={t('events.mine.title')}>{t('events.mine.title')}</PageHeading>
      <Paragraph>
        <AppLink to={eventPath(event.programmeSlug, event.id)} lang={event.language}>
          {event.title}
        </AppLink>
        {' – '}
        {formatEventTime(event.startsAt, event.endsAt, locale)}
      </Paragraph>
      <div className="tag-row">
        <Tag data-color={reg.status === 'registered' ? 'success' : reg.status === 'waiting' ? 'warning' : 'neutral'}>{t(`events.status.${reg.status}`)}</Tag>
        {mine.waitingPosition !== null ? <span>{t('events.mine.position', { n: mine.waitingPosition })}</span> : null}
      </div>
      <StatusMessage message={message} />
      {live ? (
        <>
          <section aria-labelledby="mine-change" className="stack">
            <Heading level={2} data-size="md" id="mine-change">
              {t('events.mine.change')}
            </Heading>
            <form onSubmit={onSave} noValidate className="stack form">
              <FormErrorSummary form={form} formId={FORM} labels={labels} />
              <Textfield id={fieldId(FORM, 'name')} label={labels.name} autoComplete="name" value={values.name} onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} error={form.errorFor('name')} />
              <Textfield id={fieldId(FORM, 'organisation')} label={labels.organisation} autoComplete="organization" value={values.organisation} onChange={(e) => setValues((v) => ({ ...v, organisation: e.target.value }))} error={form.errorFor('organisation')} />
              {event.questions.map((q) => (
                <Textfield
                  key={q.id}
                  id={fieldId(FORM, `answers.${q.id}`)}
                  label={q.required ? q.label : `${q.label} ${t('events.public.optional')}`}
                  required={q.required}
                  value={answers[q.id] ?? ''}
                  onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: e.target.value }))}
                  error={form.errorFor(`answers.${q.id}`)}
                />
              ))}
              <div>
                <Button type="submit" disabled={busy}>
                  {t('events.mine.save')}
                </Button>
              </div>
            </form>
          </section>
          <div>
            <Button type="button" variant="secondary" data-color="danger" disabled={busy} onClick={onCancel}>
              {t('events.mine.cancel')}
            </Button>
          </div>
        </>
      ) : null}
    </article>
  );
}
