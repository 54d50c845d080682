import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { StatusMessage } from '../../components/StatusMessage';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../components/forms/form-errors';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { InputField } from '../../components/forms/InputField';
import { RegistrationCreate, type Event, type RegistrationReceipt } from '../../../shared/contracts/events';
import { eventsRoutes } from '../../../shared/contracts/routes';
import { pathOf } from '../../../shared/contracts/endpoint';
import { eventKeys, registrationPath } from './events.queries';
import { formFields, usePostedForm, useScriptedForm } from './form-posts';

const FORM = 'event-registration';

/**
 * Registration for anyone, without an account: name, e-mail, organisation and the event's
 * questions. One form serves both ways: rendered on the server as a plain form that posts to
 * the server (which sends the browser to the personal page, or back here with what went wrong
 * in the address) and checked by the browser; once the script runs, it posts JSON, checks the
 * fields itself and shows the receipt in place. Its fields keep what was typed before the script
 * took over (they are not controlled: the values are read when the form is sent).
 */
export function RegistrationForm({ event }: { event: Event }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const posted = usePostedForm();
  const form = useFormErrors(posted.refusal);
  const queryClient = useQueryClient();
  const formRef = useScriptedForm();
  const [receipt, setReceipt] = useState<RegistrationReceipt | null>(null);
  const [saving, setSaving] = useState(false);

  const labels: Record<string, string> = { name: t('events.public.name'), email: t('events.public.email'), organisation: t('events.public.organisation') };
  for (const q of event.questions) labels[`answers.${q.id}`] = q.label;

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fields = formFields(e.currentTarget);
    const parsed = validate(RegistrationCreate, { name: fields.text('name'), email: fields.text('email'), organisation: fields.text('organisation'), answers: fields.answers, locale });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    setSaving(true);
    try {
      const answer = await call(eventsRoutes.register, { params: { id: event.id }, body: parsed.data });
      setReceipt(answer);
      await queryClient.invalidateQueries({ queryKey: eventKeys.one(event.id) });
    } catch (err) {
      form.setFailure(err);
    } finally {
      setSaving(false);
    }
  };

  const outcome = receipt?.outcome ?? (posted.outcome === 'duplicate' ? 'duplicate' : null);
  const message =
    outcome === 'duplicate' ? t('events.public.duplicate') : outcome === 'waiting' ? t('events.public.waiting', { n: receipt?.waitingPosition ?? 0 }) : outcome === 'registered' ? t('events.public.registered') : null;

  return (
    <div className="stack">
      <StatusMessage message={message} />
      {receipt?.token ? (
        <Paragraph>
          <AppLink to={registrationPath(receipt.token)}>{t('events.public.manageLink')}</AppLink>
        </Paragraph>
      ) : null}
      {receipt ? null : (
        <form ref={formRef} method="post" action={pathOf(eventsRoutes.registerForm, { id: event.id })} onSubmit={onSubmit} className="stack form" aria-labelledby="event-register-heading">
          <FormErrorSummary form={form} formId={FORM} labels={labels} />
          <input type="hidden" name="locale" value={locale} />
          <InputField id={fieldId(FORM, 'name')} name="name" label={labels.name} autoComplete="name" required maxLength={200} error={form.errorFor('name')} />
          <InputField id={fieldId(FORM, 'email')} name="email" label={labels.email} type="email" autoComplete="email" required error={form.errorFor('email')} />
          <InputField id={fieldId(FORM, 'organisation')} name="organisation" label={labels.organisation} autoComplete="organization" maxLength={300} error={form.errorFor('organisation')} />
          {event.questions.map((q) => (
            <InputField
              key={q.id}
              id={fieldId(FORM, `answers.${q.id}`)}
              name={`answers.${q.id}`}
              label={q.required ? q.label : `${q.label} ${t('events.public.optional')}`}
              required={q.required}
              maxLength={2000}
              error={form.errorFor(`answers.${q.id}`)}
            />
          ))}
          <div>
            <Button type="submit" disabled={saving}>
              {t('events.public.submit')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
