import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { MandateVersionCreate } from '../../../../shared/contracts/governance-bodies';
import { LOCALES } from '../../../../shared/domain/localized';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure, textPayload, withGovernanceMessages, type TextValues } from './form-support';

export interface MandateFormValues {
  text: TextValues;
  effectiveFrom: string;
  citedSource: string;
}

/** The form's values as the API takes them; a draft sends no source. */
export function mandatePayload(v: MandateFormValues, historical: boolean) {
  return {
    text: textPayload(v.text),
    effectiveFrom: v.effectiveFrom.trim() || null,
    ...(historical ? { citedSource: v.citedSource.trim() || null } : {}),
  };
}

interface Props {
  formId: string;
  /** A version adopted before Samordna, recorded with its source; otherwise a draft. */
  historical: boolean;
  initial: MandateFormValues;
  submitLabel: string;
  saving: boolean;
  onSave(data: MandateVersionCreate): Promise<unknown>;
  onCancel(): void;
}

/** A mandate's text in three languages, its effective date and, for history, where it was adopted. */
export function MandateForm({ formId, historical, initial, submitLabel, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(initial);
  const labels: Record<string, string> = {};
  for (const l of LOCALES) labels[`text.${l}`] = t('governanceAdmin.textIn', { field: t('governanceAdmin.mandate.text'), language: t(`language.${l}`) });
  labels.effectiveFrom = t('governanceAdmin.mandate.effectiveFrom');
  if (historical) labels.citedSource = t('governanceAdmin.mandate.citedSource');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(MandateVersionCreate, mandatePayload(v, historical));
    const messages = parsed.ok ? {} : parsed.messages;
    // The source is what makes a version historical: it must be given here.
    if (historical && !v.citedSource.trim()) messages.citedSource = { path: 'citedSource', keys: ['validation.required'] };
    if (!parsed.ok || Object.keys(messages).length > 0) return form.setMessages(withGovernanceMessages(messages));
    form.clear();
    try {
      await onSave(parsed.data);
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form subform">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <LocalizedTextFields formId={formId} field="text" legend={t('governanceAdmin.mandate.text')} rows={6} labels={labels} values={v.text} errorFor={form.errorFor} onChange={(lang, value) => setV((s) => ({ ...s, text: { ...s.text, [lang]: value } }))} />
      <Textfield
        id={fieldId(formId, 'effectiveFrom')}
        type="date"
        label={labels.effectiveFrom}
        description={historical ? undefined : t('governanceAdmin.mandate.effectiveFromHelp')}
        value={v.effectiveFrom}
        onChange={(e) => setV((s) => ({ ...s, effectiveFrom: e.target.value }))}
        error={form.errorFor('effectiveFrom')}
      />
      {historical ? (
        <Textfield
          id={fieldId(formId, 'citedSource')}
          label={labels.citedSource}
          description={t('governanceAdmin.mandate.citedSourceHelp')}
          value={v.citedSource}
          onChange={(e) => setV((s) => ({ ...s, citedSource: e.target.value }))}
          error={form.errorFor('citedSource')}
        />
      ) : null}
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
