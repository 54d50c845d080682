import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { MeetingCreate } from '../../../../shared/contracts/governance-meetings';
import { LOCALES } from '../../../../shared/domain/localized';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure, withGovernanceMessages } from './form-support';
import { meetingPayload, type MeetingFormValues } from './meeting-logic';

interface Props {
  formId: string;
  initial: MeetingFormValues;
  submitLabel: string;
  saving: boolean;
  onSave(data: MeetingCreate): Promise<unknown>;
  onCancel(): void;
}

/** A meeting's time, place, online link and title. */
export function MeetingForm({ formId, initial, submitLabel, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(initial);
  const labels: Record<string, string> = {
    startsAt: t('governanceAdmin.meeting.startsAt'),
    endsAt: t('governanceAdmin.meeting.endsAt'),
    place: t('governanceAdmin.meeting.place'),
    onlineUrl: t('governanceAdmin.meeting.onlineUrl'),
  };
  for (const l of LOCALES) labels[`title.${l}`] = t('governanceAdmin.textIn', { field: t('governanceAdmin.meeting.titleField'), language: t(`language.${l}`) });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(MeetingCreate, meetingPayload(v));
    if (!parsed.ok) return form.setMessages(withGovernanceMessages(parsed.messages));
    form.clear();
    try {
      await onSave(parsed.data);
    } catch (err) {
      showFailure(form, err);
    }
  };
  const field = (f: 'startsAt' | 'endsAt' | 'place' | 'onlineUrl', type?: 'datetime-local' | 'url') => (
    <Textfield id={fieldId(formId, f)} type={type} label={labels[f]} value={v[f]} onChange={(e) => setV((s) => ({ ...s, [f]: e.target.value }))} error={form.errorFor(f)} />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="stack form subform">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <div className="gov-pair">
        {field('startsAt', 'datetime-local')}
        {field('endsAt', 'datetime-local')}
      </div>
      {field('place')}
      {field('onlineUrl', 'url')}
      <LocalizedTextFields formId={formId} field="title" legend={t('governanceAdmin.meeting.titleField')} description={t('governanceAdmin.meeting.titleHelp')} labels={labels} values={v.title} errorFor={form.errorFor} onChange={(lang, value) => setV((s) => ({ ...s, title: { ...s.title, [lang]: value } }))} />
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('common.saving') : submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
