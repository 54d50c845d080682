import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { CallCreate, CallUpdate, type Call } from '../../../../shared/contracts/calls';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../../shared/contracts/organisations';
import { LOCALES } from '../../../../shared/domain/localized';
import { useTranslation } from '../../../app/translation';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import type { FormErrors } from '../../../components/forms/use-form-errors';
import { emptyText, textOrNull, textPayload, textValues, type TextValues } from '../../governance/admin/form-support';
import { numberOrText } from './call-form-values';
import { ConflictNotice, isConflict, showCallFailure, withCallMessages } from './call-parts';

export interface BasicsValues {
  title: TextValues;
  text: TextValues;
  budgetFrame: string;
  eligibleKinds: OrganisationKind[];
  ngoNeedsMunicipalPartner: boolean;
}

export const emptyBasics = (): BasicsValues => ({ title: emptyText(), text: emptyText(), budgetFrame: '', eligibleKinds: ['municipality', 'city_district', 'agency'], ngoNeedsMunicipalPartner: false });

export const basicsValues = (call: Call): BasicsValues => ({
  title: textValues(call.title),
  text: textValues(call.text),
  budgetFrame: call.budgetFrame === null ? '' : String(call.budgetFrame),
  eligibleKinds: [...call.eligibleKinds],
  ngoNeedsMunicipalPartner: call.ngoNeedsMunicipalPartner,
});

function payload(v: BasicsValues, withRules: boolean) {
  const budget = numberOrText(v.budgetFrame);
  return {
    title: textPayload(v.title),
    text: textOrNull(v.text) ?? { nb: '' },
    budgetFrame: budget ?? null,
    ...(withRules ? { eligibleKinds: v.eligibleKinds, ngoNeedsMunicipalPartner: v.ngoNeedsMunicipalPartner } : {}),
  };
}

/**
 * A call's words and frame: title and text in three languages, the budget frame, and who may
 * apply. Who may apply is fixed once the call is open (`rulesFixed`).
 */
export function CallBasicsForm({ formId, form, initial, mode, rulesFixed = false, submitLabel, saving, onSave, onReload, footer }: {
  formId: string;
  form: FormErrors;
  initial: BasicsValues;
  mode: 'create' | 'update';
  rulesFixed?: boolean;
  submitLabel: string;
  saving: boolean;
  onSave(data: CallCreate | CallUpdate): Promise<void>;
  /** Loads the stored call after a change made meanwhile by someone else. */
  onReload?(): void;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState(initial);
  const [conflict, setConflict] = useState(false);
  const set = <K extends keyof BasicsValues>(key: K, value: BasicsValues[K]) => setV((s) => ({ ...s, [key]: value }));
  const labels: Record<string, string> = {};
  for (const f of ['title', 'text'] as const) for (const l of LOCALES) labels[`${f}.${l}`] = t('governanceAdmin.textIn', { field: t(`callsAdmin.fields.${f}`), language: t(`language.${l}`) });
  Object.assign(labels, { budgetFrame: t('callsAdmin.fields.budgetFrame'), eligibleKinds: t('callsAdmin.fields.eligibleKinds') });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const data = payload(v, !rulesFixed);
    const parsed = mode === 'create' ? validate(CallCreate, data) : validate(CallUpdate, data);
    if (!parsed.ok) return form.setMessages(withCallMessages(parsed.messages));
    form.clear();
    setConflict(false);
    try {
      await onSave(parsed.data);
    } catch (err) {
      if (isConflict(err) && onReload) setConflict(true);
      else showCallFailure(form, err);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack form">
      {conflict && onReload ? <ConflictNotice onReload={onReload} /> : null}
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <LocalizedTextFields formId={formId} field="title" legend={t('callsAdmin.fields.title')} labels={labels} values={v.title} errorFor={form.errorFor} onChange={(l, x) => set('title', { ...v.title, [l]: x })} />
      <LocalizedTextFields
        formId={formId}
        field="text"
        legend={t('callsAdmin.fields.text')}
        description={t('callsAdmin.fields.textHelp')}
        rows={5}
        labels={labels}
        values={v.text}
        errorFor={form.errorFor}
        onChange={(l, x) => set('text', { ...v.text, [l]: x })}
      />
      <Textfield
        id={fieldId(formId, 'budgetFrame')}
        label={labels.budgetFrame}
        description={t('callsAdmin.fields.budgetFrameHelp')}
        inputMode="numeric"
        value={v.budgetFrame}
        onChange={(e) => set('budgetFrame', e.target.value)}
        error={form.errorFor('budgetFrame')}
      />
      <Fieldset id={fieldId(formId, 'eligibleKinds')} tabIndex={-1}>
        <Fieldset.Legend>{labels.eligibleKinds}</Fieldset.Legend>
        <Fieldset.Description>{rulesFixed ? t('callsAdmin.fixedWhenOpen') : t('callsAdmin.fields.eligibleKindsHelp')}</Fieldset.Description>
        <div className="call-kinds">
          {ORGANISATION_KINDS.map((k) => (
            <Checkbox
              key={k}
              id={fieldId(formId, `eligibleKinds-${k}`)}
              label={t(`organisationKind.${k}`)}
              checked={v.eligibleKinds.includes(k)}
              disabled={rulesFixed}
              onChange={(e) => set('eligibleKinds', e.target.checked ? [...v.eligibleKinds, k] : v.eligibleKinds.filter((x) => x !== k))}
            />
          ))}
        </div>
        {form.errorFor('eligibleKinds') ? <ValidationMessage>{form.errorFor('eligibleKinds')}</ValidationMessage> : null}
        <Checkbox
          id={fieldId(formId, 'ngoNeedsMunicipalPartner')}
          label={t('callsAdmin.fields.ngoRule')}
          checked={v.ngoNeedsMunicipalPartner}
          disabled={rulesFixed}
          onChange={(e) => set('ngoNeedsMunicipalPartner', e.target.checked)}
        />
      </Fieldset>
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('common.saving') : submitLabel}
        </Button>
        {footer}
      </div>
    </form>
  );
}
