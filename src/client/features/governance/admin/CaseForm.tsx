import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { CaseCreate } from '../../../../shared/contracts/governance-meetings';
import { CASE_TYPES } from '../../../../shared/domain/governance';
import { LOCALES } from '../../../../shared/domain/localized';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { casePayload, type CaseFormValues } from './case-form-values';
import { EffectsFields, type EffectTargets } from './EffectsFields';
import { showFailure, withGovernanceMessages } from './form-support';

const TYPES = CASE_TYPES.filter((c) => c !== 'minutes_approval');
const TEXTS = ['title', 'internalTitle', 'paper', 'proposedDecision'] as const;

interface Props {
  formId: string;
  initial: CaseFormValues;
  /** Effects are chosen when the case is registered; left out when it is edited. */
  targets: EffectTargets | null;
  submitLabel: string;
  saving: boolean;
  onSave(data: CaseCreate): Promise<unknown>;
  onCancel(): void;
}

/** A case: its type, titles, exemption and legal basis, paper, proposed decision and effects. */
export function CaseForm({ formId, initial, targets, submitLabel, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(initial);
  const labels: Record<string, string> = { type: t('governanceAdmin.case.type') };
  const shown = TEXTS.filter((f) => f !== 'internalTitle' || v.isExempt);
  for (const f of TEXTS) for (const l of LOCALES) labels[`${f}.${l}`] = t('governanceAdmin.textIn', { field: t(`governanceAdmin.case.${f}`), language: t(`language.${l}`) });
  labels.isExempt = t('governanceAdmin.case.isExempt');
  labels.exemptionBasis = t('governanceAdmin.case.exemptionBasis');
  v.effects.forEach((_, i) => {
    labels[`effects.${i}.kind`] = t('governanceAdmin.case.effectKind', { n: i + 1 });
    labels[`effects.${i}.targetId`] = t('governanceAdmin.case.effectTarget', { n: i + 1 });
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(CaseCreate, casePayload(v, targets !== null));
    if (!parsed.ok) return form.setMessages(withGovernanceMessages(parsed.messages));
    form.clear();
    try {
      await onSave(parsed.data);
    } catch (err) {
      showFailure(form, err);
    }
  };
  const text = (f: (typeof TEXTS)[number]) => (
    <LocalizedTextFields
      key={f}
      formId={formId}
      field={f}
      legend={t(`governanceAdmin.case.${f}`)}
      description={f === 'title' ? t('governanceAdmin.case.titleHelp') : f === 'internalTitle' ? t('governanceAdmin.case.internalTitleHelp') : undefined}
      rows={f === 'paper' || f === 'proposedDecision' ? 4 : null}
      labels={labels}
      values={v[f]}
      errorFor={form.errorFor}
      onChange={(lang, value) => setV((s) => ({ ...s, [f]: { ...s[f], [lang]: value } }))}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="stack form subform">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <SelectField id={fieldId(formId, 'type')} label={labels.type} value={v.type} onChange={(e) => setV((s) => ({ ...s, type: e.target.value }))} error={form.errorFor('type')}>
        <ChoiceOptions values={TYPES} label={(c) => t(`governanceAdmin.caseType.${c}`)} />
      </SelectField>
      {text('title')}
      <Checkbox id={fieldId(formId, 'isExempt')} label={labels.isExempt} description={t('governanceAdmin.case.isExemptHelp')} checked={v.isExempt} onChange={(e) => setV((s) => ({ ...s, isExempt: e.target.checked }))} />
      {v.isExempt ? (
        <>
          <Textfield id={fieldId(formId, 'exemptionBasis')} label={labels.exemptionBasis} description={t('governanceAdmin.case.exemptionBasisHelp')} value={v.exemptionBasis} onChange={(e) => setV((s) => ({ ...s, exemptionBasis: e.target.value }))} error={form.errorFor('exemptionBasis')} />
          {text('internalTitle')}
        </>
      ) : null}
      {shown.filter((f) => f === 'paper' || f === 'proposedDecision').map(text)}
      {targets ? <EffectsFields formId={formId} effects={v.effects} targets={targets} errorFor={form.errorFor} onChange={(effects) => setV((s) => ({ ...s, effects }))} /> : null}
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
