import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { GoalTargetCreate, targetPeriodIssues } from '../../../shared/contracts/goals';
import type { IndicatorSummary } from '../../../shared/contracts/indicators';
import { EntityPicker } from '../../components/forms/EntityPicker';
import { LocalizedTextFields } from '../../components/forms/LocalizedTextFields';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, fieldMessage, validate, type FieldMessages } from '../../components/forms/form-errors';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { useAreaSource } from '../areas/areas.queries';
import { targetPayload, TEXT_LOCALES, withGoalMessages, type TargetFormValues } from './goal-form-values';
import { showFailure } from './form-failure';
import { BaselineFromData } from './BaselineFromData';
import { BreakdownField } from './BreakdownField';
import { IndicatorPicker } from './IndicatorPicker';

interface Props {
  formId: string;
  programmeId: string;
  initial: TargetFormValues;
  currentIndicator?: IndicatorSummary;
  submitLabel: string;
  saving: boolean;
  onSave(data: GoalTargetCreate): Promise<unknown>;
  onCancel(): void;
  heading?: ReactNode;
}

/** Every problem of the form at once: the contract's, and the period rules it checks only after the rest. */
export function targetMessages(values: TargetFormValues): { ok: true; data: GoalTargetCreate } | { ok: false; messages: FieldMessages } {
  const payload = targetPayload(values);
  const parsed = validate(GoalTargetCreate, payload);
  const messages: FieldMessages = parsed.ok ? {} : { ...parsed.messages };
  const given = (p: string) => (p.length >= 4 ? p : undefined);
  for (const issue of targetPeriodIssues(given(payload.baseline.period), given(payload.target.period))) {
    const path = issue.path.join('.');
    messages[path] ??= fieldMessage({ path, code: issue.message, message: issue.message });
  }
  // Text where a number belongs ("mye", "1,2,3") is told to be a number, not merely "invalid".
  for (const path of ['baseline.value', 'target.value']) {
    const m = messages[path];
    if (m?.keys.includes('validation.invalid_type')) messages[path] = { ...m, keys: ['goalsAdmin.validation.number', ...m.keys] };
  }
  if (parsed.ok && Object.keys(messages).length === 0) return { ok: true, data: parsed.data };
  return { ok: false, messages: withGoalMessages(messages) };
}

/** Create or edit a target: indicator, area, breakdown, baseline and target (value and period), note. */
export function TargetForm({ formId, programmeId, initial, currentIndicator, submitLabel, saving, onSave, onCancel, heading }: Props) {
  const { t } = useTranslation();
  const areaSource = useAreaSource();
  const form = useFormErrors();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof TargetFormValues>(key: K, value: TargetFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const labels: Record<string, string> = {
    indicatorId: t('goalsAdmin.field.indicator'),
    areaId: t('goalsAdmin.field.area'),
    breakdown: t('goalsAdmin.field.breakdown'),
    'baseline.value': t('goalsAdmin.field.baselineValue'),
    'baseline.period': t('goalsAdmin.field.baselinePeriod'),
    'target.value': t('goalsAdmin.field.targetValue'),
    'target.period': t('goalsAdmin.field.targetPeriod'),
  };
  for (const l of TEXT_LOCALES) labels[`note.${l}`] = t('goalsAdmin.field.textIn', { field: t('goalsAdmin.field.note'), language: t(`language.${l}`) });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const checked = targetMessages(values);
    if (!checked.ok) return form.setMessages(checked.messages);
    form.clear();
    try {
      await onSave(checked.data);
    } catch (err) {
      showFailure(form, err);
    }
  };

  const numberField = (path: 'baseline.value' | 'target.value', key: 'baselineValue' | 'targetValue') => (
    <Textfield
      id={fieldId(formId, path)}
      label={labels[path]}
      description={t('goalsAdmin.field.valueHelp')}
      inputMode="decimal"
      autoComplete="off"
      value={values[key]}
      onChange={(e) => set(key, e.target.value)}
      error={form.errorFor(path)}
    />
  );
  const periodField = (path: 'baseline.period' | 'target.period', key: 'baselinePeriod' | 'targetPeriod') => (
    <Textfield
      id={fieldId(formId, path)}
      label={labels[path]}
      description={t('goalsAdmin.field.periodCodeHelp')}
      autoComplete="off"
      spellCheck={false}
      value={values[key]}
      onChange={(e) => set(key, e.target.value)}
      error={form.errorFor(path)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="stack form subform">
      {heading}
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <IndicatorPicker
        id={fieldId(formId, 'indicatorId')}
        programmeId={programmeId}
        value={values.indicatorId}
        onChange={(v) => set('indicatorId', v)}
        error={form.errorFor('indicatorId')}
        current={currentIndicator}
      />
      <EntityPicker
        id={fieldId(formId, 'areaId')}
        label={t('goalsAdmin.field.area')}
        searchLabel={t('goalsAdmin.field.searchArea')}
        source={areaSource}
        value={values.areaId}
        onChange={(v) => set('areaId', v)}
        error={form.errorFor('areaId')}
        allowEmpty={false}
      />
      <BreakdownField
        id={fieldId(formId, 'breakdown')}
        programmeId={programmeId}
        indicatorId={values.indicatorId}
        areaId={values.areaId}
        value={values.breakdown}
        onChange={(v) => set('breakdown', v)}
        error={form.errorFor('breakdown')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('goals.baseline')}</Fieldset.Legend>
        <div className="goal-form-pair">
          {numberField('baseline.value', 'baselineValue')}
          {periodField('baseline.period', 'baselinePeriod')}
        </div>
        <BaselineFromData
          programmeId={programmeId}
          indicatorId={values.indicatorId}
          areaId={values.areaId}
          breakdown={values.breakdown}
          period={values.baselinePeriod}
          onUse={(v) => set('baselineValue', v)}
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('goals.target')}</Fieldset.Legend>
        <div className="goal-form-pair">
          {numberField('target.value', 'targetValue')}
          {periodField('target.period', 'targetPeriod')}
        </div>
      </Fieldset>
      <LocalizedTextFields
        formId={formId}
        field="note"
        legend={t('goalsAdmin.field.note')}
        rows={2}
        labels={labels}
        values={values.note}
        errorFor={form.errorFor}
        onChange={(lang, value) => set('note', { ...values.note, [lang]: value })}
      />
      <div className="form-actions">
        <Button type="submit" aria-disabled={saving || undefined}>
          {saving ? t('common.saving') : submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
