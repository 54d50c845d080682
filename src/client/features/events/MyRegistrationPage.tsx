import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
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
import { formFields, usePostedForm, useScriptedForm } from './form-posts';
import { pathOf } from '../../../shared/contracts/endpoint';
import { InputField } from '../../components/forms/InputField';

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
  // Arriving from a form posted without script (registering, saving, cancelling): what became of it.
  const posted = usePostedForm();
  const form = useFormErrors(posted.refusal);
  const changeRef = useScriptedForm();
  const { registration: reg, event } = mine;
  const [message, setMessage] = useState<string | null>(() => {
    switch (posted.outcome) {
      case 'registered':
        return reg.status === 'registered' ? t('events.public.registered') : null;
      case 'waiting':
        return reg.status === 'waiting' ? t('events.public.waiting', { n: mine.waitingPosition ?? 0 }) : null;
      case 'saved':
        return t('events.mine.saved');
      case 'cancelled':
        return reg.status === 'cancelled' ? t('events.mine.cancelled') : null;
      default:
        return null;
    }
  });
  const [busy, setBusy] = useState(false);
  const labels: Record<string, string> = { name: t('events.public.name'), organisation: t('events.public.organisation') };
  for (const q of event.questions) labels[`answers.${q.id}`] = q.label;
  const action = pathOf(eventsRoutes.mineForm, { token });

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
  const onSave = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fields = formFields(e.currentTarget);
    void run(() => call(eventsRoutes.changeMine, { params: { token }, body: { name: fields.text('name'), organisation: fields.text('organisation'), answers: fields.answers } }), t('events.mine.saved'));
  };
  const onCancel = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void run(() => call(eventsRoutes.cancelMine, { params: { token } }), t('events.mine.cancelled'));
  };

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
            {/* Posts as a form without script (the fields are read when it is sent), as JSON with it. */}
            <form ref={changeRef} method="post" action={action} onSubmit={onSave} className="stack form" aria-labelledby="mine-change">
              <FormErrorSummary form={form} formId={FORM} labels={labels} />
              <input type="hidden" name="locale" value={locale} />
              <InputField id={fieldId(FORM, 'name')} name="name" label={labels.name} autoComplete="name" required maxLength={200} defaultValue={reg.name} error={form.errorFor('name')} />
              <InputField id={fieldId(FORM, 'organisation')} name="organisation" label={labels.organisation} autoComplete="organization" maxLength={300} defaultValue={reg.organisation} error={form.errorFor('organisation')} />
              {event.questions.map((q) => (
                <InputField
                  key={q.id}
                  id={fieldId(FORM, `answers.${q.id}`)}
                  name={`answers.${q.id}`}
                  label={q.required ? q.label : `${q.label} ${t('events.public.optional')}`}
                  required={q.required}
                  maxLength={2000}
                  defaultValue={reg.answers[q.id] ?? ''}
                  error={form.errorFor(`answers.${q.id}`)}
                />
              ))}
              <div>
                <Button type="submit" name="intent" value="save" disabled={busy}>
                  {t('events.mine.save')}
                </Button>
              </div>
            </form>
          </section>
          <form method="post" action={action} onSubmit={onCancel}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="intent" value="cancel" />
            <Button type="submit" variant="secondary" data-color="danger" disabled={busy}>
              {t('events.mine.cancel')}
            </Button>
          </form>
        </>
      ) : null}
    </article>
  );
}
