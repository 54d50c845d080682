import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { StatusMessage } from '../../components/StatusMessage';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../components/forms/form-errors';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { RegistrationCreate, type Event, type RegistrationReceipt } from '../../../shared/contracts/events';
import { eventsRoutes } from '../../../shared/contracts/routes';
import { eventKeys, registrationPath } from './events.queries';

const FORM = 'event-registration';
const noSubscription = () => () => undefined;

/** Registration for anyone, without an account: name, e-mail, organisation and the event's questions. */
export function RegistrationForm({ event }: { event: Event }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  // The form posts with the script (it needs the session's CSRF token): without it, the page says so.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const [values, setValues] = useState({ name: '', email: '', organisation: '' });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [receipt, setReceipt] = useState<RegistrationReceipt | null>(null);
  const [saving, setSaving] = useState(false);

  const labels: Record<string, string> = { name: t('events.public.name'), email: t('events.public.email'), organisation: t('events.public.organisation') };
  for (const q of event.questions) labels[`answers.${q.id}`] = q.label;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(RegistrationCreate, { ...values, answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim())), locale });
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

  const message = receipt
    ? receipt.outcome === 'duplicate'
      ? t('events.public.duplicate')
      : receipt.outcome === 'waiting'
        ? t('events.public.waiting', { n: receipt.waitingPosition ?? 0 })
        : t('events.public.registered')
    : null;

  if (!scripted) return <Paragraph>{t('events.public.noScript')}</Paragraph>;
  return (
    <div className="stack">
      <StatusMessage message={message} />
      {receipt?.token ? (
        <Paragraph>
          <AppLink to={registrationPath(receipt.token)}>{t('events.public.manageLink')}</AppLink>
        </Paragraph>
      ) : null}
      {receipt ? null : (
        <form onSubmit={onSubmit} noValidate className="stack form" aria-labelledby="event-register-heading">
          <FormErrorSummary form={form} formId={FORM} labels={labels} />
          <Textfield id={fieldId(FORM, 'name')} label={labels.name} autoComplete="name" value={values.name} onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} error={form.errorFor('name')} />
          <Textfield id={fieldId(FORM, 'email')} label={labels.email} type="email" autoComplete="email" value={values.email} onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))} error={form.errorFor('email')} />
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
            <Button type="submit" disabled={saving}>
              {t('events.public.submit')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
