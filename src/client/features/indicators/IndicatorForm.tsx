import { DEFAULT_MAX_AGE_YEARS } from '../../../shared/domain/figure-age';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { DIRECTIONS } from '../../../shared/domain/progress';
import {
  INDICATOR_TOPICS,
  INDICATOR_UNITS,
  IndicatorCreate,
  type IndicatorTopic,
} from '../../../shared/contracts/indicators';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../components/forms/form-errors';
import { LocalizedTextFields } from '../../components/forms/LocalizedTextFields';
import { SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import {
  indicatorPayload,
  showIndicatorFailure,
  TEXT_LOCALES,
  withIndicatorKeys,
  type IndicatorFormValues,
  type IndicatorText,
} from './indicator-form-values';
import { OwnerField, type OwnerChoice } from '../programmes/owner';
import './indicators.css';

interface Props {
  formId: string;
  initial: IndicatorFormValues;
  mode: 'create' | 'edit';
  saving: boolean;
  onSave(data: IndicatorCreate): Promise<unknown>;
  /** Links beside the submit button (back to the list). */
  actions?: ReactNode;
  /** Who keeps a new indicator (create only). */
  owner?: OwnerChoice;
}

const ROWS: Record<IndicatorText, number | null> = { name: null, description: 4, notes: 4 };

export function IndicatorForm({ formId, initial, mode, saving, onSave, actions, owner }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof IndicatorFormValues>(key: K, value: IndicatorFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setText = (field: IndicatorText, lang: (typeof TEXT_LOCALES)[number], value: string) =>
    setValues((v) => ({
      ...v,
      texts: { ...v.texts, [field]: { ...v.texts[field], [lang]: value } },
    }));

  // In the order of the form, which is also the order of the error summary.
  const labels: Record<string, string> = { ...(owner ? { ownerProgrammeId: t('owner.label') } : {}), code: t('indicators.form.code') };
  const textLabel = (field: IndicatorText, lang: string) =>
    t('indicators.form.textIn', {
      field: t(`indicators.form.${field}`),
      language: t(`language.${lang}`),
    });
  for (const lang of TEXT_LOCALES) labels[`name.${lang}`] = textLabel('name', lang);
  Object.assign(labels, {
    unit: t('indicators.form.unit'),
    decimals: t('indicators.form.decimals'),
    direction: t('indicators.form.direction'),
    topic: t('indicators.form.topic'),
    ageFrom: t('indicators.form.ageFrom'),
    ageTo: t('indicators.form.ageTo'),
    maxAgeYears: t('indicators.form.maxAgeYears'),
  });
  for (const lang of TEXT_LOCALES) labels[`description.${lang}`] = textLabel('description', lang);
  Object.assign(labels, {
    'source.publisher': t('indicators.form.publisher'),
    'source.tableId': t('indicators.form.tableId'),
    'source.url': t('indicators.form.url'),
    'source.licence': t('indicators.form.licence'),
    'source.isIllustrative': t('indicators.form.isIllustrative'),
  });
  for (const lang of TEXT_LOCALES) labels[`notes.${lang}`] = textLabel('notes', lang);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(IndicatorCreate, { ...indicatorPayload(values), ...(owner ? { ownerProgrammeId: owner.value || null } : {}) });
    if (!parsed.ok) return form.setMessages(withIndicatorKeys(parsed.messages));
    form.clear();
    try {
      await onSave(parsed.data);
    } catch (err) {
      showIndicatorFailure(form, err);
    }
  };

  const textFieldset = (field: IndicatorText) => (
    <LocalizedTextFields
      key={field}
      formId={formId}
      field={field}
      legend={t(`indicators.form.${field}`)}
      description={t(`indicators.form.${field}Help`)}
      rows={ROWS[field]}
      labels={labels}
      values={values.texts[field]}
      errorFor={form.errorFor}
      onChange={(lang, value) => setText(field, lang, value)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="stack form">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      {owner ? <OwnerField id={fieldId(formId, 'ownerProgrammeId')} label={t('owner.label')} choice={owner} error={form.errorFor('ownerProgrammeId')} /> : null}
      <Textfield
        id={fieldId(formId, 'code')}
        label={labels.code}
        description={
          mode === 'edit' ? t('indicators.form.codeHelpEdit') : t('indicators.form.codeHelp')
        }
        value={values.code}
        onChange={(e) => set('code', e.target.value)}
        error={form.errorFor('code')}
        autoComplete="off"
        spellCheck={false}
      />
      {textFieldset('name')}

      <Fieldset>
        <Fieldset.Legend>{t('indicators.form.measure')}</Fieldset.Legend>
        <SelectField
          id={fieldId(formId, 'unit')}
          label={labels.unit}
          value={values.unit}
          onChange={(e) => set('unit', e.target.value as IndicatorFormValues['unit'])}
          error={form.errorFor('unit')}
        >
          <option value="">{t('picker.choose')}</option>
          {INDICATOR_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`indicatorUnit.${u}`)}
            </option>
          ))}
        </SelectField>
        <Textfield
          id={fieldId(formId, 'decimals')}
          label={labels.decimals}
          description={t('indicators.form.decimalsHelp')}
          inputMode="numeric"
          value={values.decimals}
          onChange={(e) => set('decimals', e.target.value)}
          error={form.errorFor('decimals')}
          autoComplete="off"
        />
        <SelectField
          id={fieldId(formId, 'direction')}
          label={labels.direction}
          description={t('indicators.form.directionHelp')}
          value={values.direction}
          onChange={(e) => set('direction', e.target.value as IndicatorFormValues['direction'])}
          error={form.errorFor('direction')}
        >
          <option value="">{t('picker.choose')}</option>
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`direction.${d}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId(formId, 'topic')}
          label={labels.topic}
          value={values.topic}
          onChange={(e) => set('topic', e.target.value as IndicatorTopic)}
          error={form.errorFor('topic')}
        >
          {INDICATOR_TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {t(`indicatorTopic.${topic}`)}
            </option>
          ))}
        </SelectField>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('indicators.form.ageBand')}</Fieldset.Legend>
        <Fieldset.Description>{t('indicators.form.ageBandHelp')}</Fieldset.Description>
        <div className="indicator-age-band">
          <Textfield
            id={fieldId(formId, 'ageFrom')}
            label={labels.ageFrom}
            inputMode="numeric"
            value={values.ageFrom}
            onChange={(e) => set('ageFrom', e.target.value)}
            error={form.errorFor('ageFrom')}
            autoComplete="off"
          />
          <Textfield
            id={fieldId(formId, 'ageTo')}
            label={labels.ageTo}
            inputMode="numeric"
            value={values.ageTo}
            onChange={(e) => set('ageTo', e.target.value)}
            error={form.errorFor('ageTo')}
            autoComplete="off"
          />
        </div>
      </Fieldset>

      <Textfield
        id={fieldId(formId, 'maxAgeYears')}
        label={labels.maxAgeYears}
        description={t('indicators.form.maxAgeYearsHelp', { years: DEFAULT_MAX_AGE_YEARS })}
        inputMode="numeric"
        value={values.maxAgeYears}
        onChange={(e) => set('maxAgeYears', e.target.value)}
        error={form.errorFor('maxAgeYears')}
        autoComplete="off"
      />

      {textFieldset('description')}

      <Fieldset>
        <Fieldset.Legend>{t('indicators.form.source')}</Fieldset.Legend>
        <Textfield
          id={fieldId(formId, 'source.publisher')}
          label={labels['source.publisher']}
          description={t('indicators.form.publisherHelp')}
          value={values.publisher}
          onChange={(e) => set('publisher', e.target.value)}
          error={form.errorFor('source.publisher')}
        />
        <Textfield
          id={fieldId(formId, 'source.tableId')}
          label={labels['source.tableId']}
          description={t('indicators.form.tableIdHelp')}
          value={values.tableId}
          onChange={(e) => set('tableId', e.target.value)}
          error={form.errorFor('source.tableId')}
          autoComplete="off"
        />
        <Textfield
          id={fieldId(formId, 'source.url')}
          label={labels['source.url']}
          description={t('indicators.form.urlHelp')}
          type="url"
          value={values.url}
          onChange={(e) => set('url', e.target.value)}
          error={form.errorFor('source.url')}
        />
        <Textfield
          id={fieldId(formId, 'source.licence')}
          label={labels['source.licence']}
          description={t('indicators.form.licenceHelp')}
          value={values.licence}
          onChange={(e) => set('licence', e.target.value)}
          error={form.errorFor('source.licence')}
        />
        <Checkbox
          id={fieldId(formId, 'source.isIllustrative')}
          label={labels['source.isIllustrative']}
          description={t('indicators.form.isIllustrativeHelp')}
          checked={values.isIllustrative}
          onChange={(e) => set('isIllustrative', e.target.checked)}
        />
      </Fieldset>

      {textFieldset('notes')}

      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving
            ? t('common.saving')
            : mode === 'edit'
              ? t('common.save')
              : t('indicators.create')}
        </Button>
        {actions}
      </div>
    </form>
  );
}
