import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { CohortCreate, type CohortSummary } from '../../../../shared/contracts/development';
import { LOCALES } from '../../../../shared/domain/localized';
import { useTranslation } from '../../../app/translation';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { textPayload, textValues, type TextValues } from '../../governance/admin/form-support';
import { showFailure, withOwnMessages } from './office-forms';

interface CohortValues {
  name: TextValues;
  region: string;
  startsOn: string;
  endsOn: string;
}

const valuesOf = (c: CohortSummary | undefined): CohortValues => ({ name: textValues(c?.name), region: c?.region ?? '', startsOn: c?.startsOn ?? '', endsOn: c?.endsOn ?? '' });

/** A cohort's name, region and period: a new cohort, or the details of one. */
export function CohortForm({ formId, cohort, submitLabel, onSave }: { formId: string; cohort?: CohortSummary; submitLabel: string; onSave(body: CohortCreate): Promise<unknown> }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(() => valuesOf(cohort));
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const labels: Record<string, string> = {};
  for (const l of LOCALES) labels[`name.${l}`] = t('development.office.textIn', { field: t('development.office.cohort.name'), language: t(`language.${l}`) });
  labels.region = t('development.office.cohort.region');
  labels.startsOn = t('development.office.cohort.startsOn');
  labels.endsOn = t('development.office.cohort.endsOn');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(CohortCreate, { name: textPayload(v.name), region: v.region, startsOn: v.startsOn, endsOn: v.endsOn });
    if (!parsed.ok) return form.setMessages(withOwnMessages(parsed.messages));
    form.clear();
    setSaving(true);
    try {
      await onSave(parsed.data);
      setStatus(t('development.office.saved'));
      if (!cohort) setV(valuesOf(undefined));
    } catch (err) {
      showFailure(form, err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <LocalizedTextFields
        formId={formId}
        field="name"
        legend={t('development.office.cohort.name')}
        description={t('development.office.cohort.nameHelp')}
        labels={labels}
        values={v.name}
        errorFor={form.errorFor}
        onChange={(lang, value) => setV((x) => ({ ...x, name: { ...x.name, [lang]: value } }))}
      />
      <Textfield id={fieldId(formId, 'region')} label={labels.region} value={v.region} onChange={(e) => setV((x) => ({ ...x, region: e.target.value }))} error={form.errorFor('region')} />
      <div className="development-pair">
        {(['startsOn', 'endsOn'] as const).map((f) => (
          <Textfield key={f} id={fieldId(formId, f)} type="date" label={labels[f]} value={v[f]} onChange={(e) => setV((x) => ({ ...x, [f]: e.target.value }))} error={form.errorFor(f)} />
        ))}
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {submitLabel}
        </Button>
        <ActionStatus message={status} />
      </div>
    </form>
  );
}
