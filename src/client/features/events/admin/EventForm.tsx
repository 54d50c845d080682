import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { EventCreate, type Event } from '../../../../shared/contracts/events';
import { EVENT_KINDS, EVENT_LANGUAGES } from '../../../../shared/domain/events';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { StatusMessage } from '../../../components/StatusMessage';
import { payloadOf, type EventFormValues } from './event-form-values';

const TEXT = ['title', 'lead', 'startsAt', 'endsAt', 'place', 'address', 'streamUrl', 'capacity', 'registrationDeadline', 'accessibility', 'videoUrl', 'slidesUrl'] as const;
const AREAS = ['description', 'talks', 'questions', 'materials'] as const;
const TYPES: Partial<Record<(typeof TEXT)[number], 'datetime-local' | 'url' | 'number'>> = { startsAt: 'datetime-local', endsAt: 'datetime-local', registrationDeadline: 'datetime-local', streamUrl: 'url', videoUrl: 'url', slidesUrl: 'url', capacity: 'number' };

interface Props {
  formId: string;
  initial: EventFormValues;
  previousQuestions?: Event['questions'];
  submitLabel: string;
  onSave(data: EventCreate): Promise<unknown>;
}

/** Everything about an event the secretariat writes: what, when, where, seats, questions, and the recording afterwards. */
export function EventForm({ formId, initial, previousQuestions, submitLabel, onSave }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const labels: Record<string, string> = { kind: t('events.admin.field.kind'), language: t('events.admin.field.language') };
  for (const f of [...TEXT, ...AREAS]) labels[f] = t(`events.admin.field.${f}`);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const parsed = validate(EventCreate, payloadOf(v, previousQuestions));
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    setSaving(true);
    try {
      await onSave(parsed.data);
      setSaved(t('events.admin.saved'));
    } catch (err) {
      form.setFailure(err);
    } finally {
      setSaving(false);
    }
  };
  const set = (f: keyof EventFormValues) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [f]: e.target.value }));
  // A list's errors (talks.0.time) are shown on its text area.
  const errorOf = (f: string) => form.errorFor(f) ?? (Object.keys(form.messages).filter((p) => p.startsWith(`${f}.`)).map((p) => form.errorFor(p)).join(' ') || undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="stack form">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <SelectField id={fieldId(formId, 'kind')} label={labels.kind} value={v.kind} onChange={set('kind')} error={form.errorFor('kind')}>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`events.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      {TEXT.map((f) => (
        <Textfield key={f} id={fieldId(formId, f)} label={labels[f]} type={TYPES[f] ?? 'text'} value={v[f]} onChange={set(f)} error={form.errorFor(f)} />
      ))}
      <SelectField id={fieldId(formId, 'language')} label={labels.language} value={v.language} onChange={set('language')} error={form.errorFor('language')}>
        {EVENT_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`events.public.languageName.${l}`)}
          </option>
        ))}
      </SelectField>
      {AREAS.map((f) => (
        <Textfield key={f} id={fieldId(formId, f)} label={labels[f]} multiline rows={4} value={v[f]} onChange={set(f)} error={errorOf(f)} />
      ))}
      <StatusMessage message={saved} />
      <div>
        <Button type="submit" disabled={saving}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
