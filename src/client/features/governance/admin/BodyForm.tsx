import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { BodyCreate } from '../../../../shared/contracts/governance-bodies';
import { BODY_KINDS } from '../../../../shared/domain/governance';
import { LOCALES, pickText } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { organisationSource } from '../../organisations/organisations.queries';
import { bodyPayload, type BodyFormValues } from './body-form-values';
import { showFailure, withGovernanceMessages } from './form-support';

const TEXT_FIELDS = ['name', 'description', 'meetingFrequency'] as const;

interface Props {
  formId: string;
  initial: BodyFormValues;
  /** The programme's other bodies, to hang this one under. */
  parents: readonly { id: string; name: { nb: string; nn?: string | null; en?: string | null } }[];
  submitLabel: string;
  saving: boolean;
  onSave(data: BodyCreate): Promise<unknown>;
  onCancel?(): void;
}

/** A body's kind, names, description, parent, meeting frequency, secretariat, period and publicity. */
export function BodyForm({ formId, initial, parents, submitLabel, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const [v, setV] = useState(initial);

  const labels: Record<string, string> = { kind: t('governanceAdmin.body.kind') };
  for (const f of TEXT_FIELDS) for (const l of LOCALES) labels[`${f}.${l}`] = t('governanceAdmin.textIn', { field: t(`governanceAdmin.body.${f}`), language: t(`language.${l}`) });
  labels.parentId = t('governanceAdmin.body.parent');
  labels.secretariatOrganisationId = t('governanceAdmin.body.secretariat');
  labels.activeFrom = t('governanceAdmin.body.activeFrom');
  labels.activeTo = t('governanceAdmin.body.activeTo');
  labels.isPublic = t('governanceAdmin.body.isPublic');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(BodyCreate, bodyPayload(v));
    if (!parsed.ok) return form.setMessages(withGovernanceMessages(parsed.messages));
    form.clear();
    try {
      await onSave(parsed.data);
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <SelectField id={fieldId(formId, 'kind')} label={labels.kind} value={v.kind} onChange={(e) => setV((s) => ({ ...s, kind: e.target.value }))} error={form.errorFor('kind')}>
        <ChoiceOptions values={BODY_KINDS} label={(k) => t(`governanceAdmin.bodyKind.${k}`)} />
      </SelectField>
      {TEXT_FIELDS.map((field) => (
        <LocalizedTextFields
          key={field}
          formId={formId}
          field={field}
          legend={t(`governanceAdmin.body.${field}`)}
          description={field === 'meetingFrequency' ? t('governanceAdmin.body.meetingFrequencyHelp') : undefined}
          rows={field === 'description' ? 3 : null}
          labels={labels}
          values={v[field]}
          errorFor={form.errorFor}
          onChange={(lang, value) => setV((s) => ({ ...s, [field]: { ...s[field], [lang]: value } }))}
        />
      ))}
      <SelectField id={fieldId(formId, 'parentId')} label={labels.parentId} description={t('governanceAdmin.body.parentHelp')} value={v.parentId} onChange={(e) => setV((s) => ({ ...s, parentId: e.target.value }))} error={form.errorFor('parentId')}>
        <option value="">{t('governanceAdmin.body.noParent')}</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {pickText(p.name, locale).text}
          </option>
        ))}
      </SelectField>
      <EntityPicker
        id={fieldId(formId, 'secretariatOrganisationId')}
        label={labels.secretariatOrganisationId}
        searchLabel={t('governanceAdmin.body.searchOrganisation')}
        source={organisationSource}
        value={v.secretariatOrganisationId}
        onChange={(id) => setV((s) => ({ ...s, secretariatOrganisationId: id }))}
        error={form.errorFor('secretariatOrganisationId')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('governanceAdmin.body.period')}</Fieldset.Legend>
        <div className="gov-pair">
          {(['activeFrom', 'activeTo'] as const).map((f) => (
            <Textfield key={f} id={fieldId(formId, f)} type="date" label={labels[f]} value={v[f]} onChange={(e) => setV((s) => ({ ...s, [f]: e.target.value }))} error={form.errorFor(f)} />
          ))}
        </div>
      </Fieldset>
      <Checkbox id={fieldId(formId, 'isPublic')} label={labels.isPublic} description={t('governanceAdmin.body.isPublicHelp')} checked={v.isPublic} onChange={(e) => setV((s) => ({ ...s, isPublic: e.target.checked }))} />
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('common.saving') : submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
