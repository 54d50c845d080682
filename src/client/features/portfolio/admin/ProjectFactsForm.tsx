import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { ProjectCreate, ProjectUpdate } from '../../../../shared/contracts/projects';
import { CURRENCIES, FUNDING_PROGRAMMES, PARTNER_ROLES, PROJECT_PHASES, PUBLIC_PROJECT_FIELDS } from '../../../../shared/domain/portfolio';
import { LOCALES } from '../../../../shared/domain/localized';
import { useTranslation } from '../../../app/translation';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { organisationSource } from '../../organisations/organisations.queries';
import { showFailure } from '../../governance/admin/form-support';
import { createPayload, updatePayload, type ProjectFormValues } from './project-form-values';

const TEXT_FIELDS = ['title', 'summary', 'results'] as const;

interface Props {
  formId: string;
  initial: ProjectFormValues;
  /** A new project (the secretariat's), or a change to one. */
  mode: 'create' | 'update';
  /** The reader keeps the portfolio: chooses the owner, publishes, and says what is public. */
  canManage: boolean;
  submitLabel: string;
  saving: boolean;
  onSave(data: ProjectCreate | ProjectUpdate): Promise<unknown>;
  onCancel?(): void;
}

/** A project's facts: names, summary, results, owner, funding, phase, period and what the public sees. */
export function ProjectFactsForm({ formId, initial, mode, canManage, submitLabel, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(initial);
  const set = <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) => setV((s) => ({ ...s, [key]: value }));

  const labels: Record<string, string> = {};
  for (const f of TEXT_FIELDS) for (const l of LOCALES) labels[`${f}.${l}`] = t('governanceAdmin.textIn', { field: t(`portfolio.admin.fields.${f}`), language: t(`language.${l}`) });
  Object.assign(labels, {
    ownerOrganisationId: t('portfolio.columns.owner'),
    ownerRole: t('portfolio.columns.ownerRole'),
    fundingProgramme: t('portfolio.columns.fundingProgramme'),
    fundingProgrammeName: t('portfolio.admin.fundingProgrammeName'),
    currency: t('portfolio.columns.currency'),
    phase: t('portfolio.columns.phase'),
    startsOn: t('portfolio.columns.startsOn'),
    endsOn: t('portfolio.columns.endsOn'),
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = mode === 'create' ? validate(ProjectCreate, createPayload(v)) : validate(ProjectUpdate, updatePayload(v, canManage));
    if (!parsed.ok) return form.setMessages(parsed.messages);
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
      {TEXT_FIELDS.map((field) => (
        <LocalizedTextFields
          key={field}
          formId={formId}
          field={field}
          legend={t(`portfolio.admin.fields.${field}`)}
          rows={field === 'title' ? null : 4}
          labels={labels}
          values={v[field]}
          errorFor={form.errorFor}
          onChange={(lang, value) => set(field, { ...v[field], [lang]: value })}
        />
      ))}
      {mode === 'create' || canManage ? (
        <EntityPicker
          id={fieldId(formId, 'ownerOrganisationId')}
          label={labels.ownerOrganisationId!}
          searchLabel={t('portfolio.admin.searchOrganisation')}
          source={organisationSource}
          value={v.ownerOrganisationId}
          allowEmpty={false}
          onChange={(id) => set('ownerOrganisationId', id)}
          error={form.errorFor('ownerOrganisationId')}
        />
      ) : null}
      <SelectField id={fieldId(formId, 'ownerRole')} label={labels.ownerRole} value={v.ownerRole} onChange={(e) => set('ownerRole', e.target.value)} error={form.errorFor('ownerRole')}>
        <ChoiceOptions values={PARTNER_ROLES} label={(r) => t(`portfolio.partnerRoles.${r}`)} />
      </SelectField>
      <SelectField id={fieldId(formId, 'fundingProgramme')} label={labels.fundingProgramme} value={v.fundingProgramme} onChange={(e) => set('fundingProgramme', e.target.value)} error={form.errorFor('fundingProgramme')}>
        <ChoiceOptions values={FUNDING_PROGRAMMES} label={(f) => t(`portfolio.fundingProgrammes.${f}`)} />
      </SelectField>
      <Textfield
        id={fieldId(formId, 'fundingProgrammeName')}
        label={labels.fundingProgrammeName}
        description={t('portfolio.admin.fundingProgrammeNameHelp')}
        value={v.fundingProgrammeName}
        onChange={(e) => set('fundingProgrammeName', e.target.value)}
        error={form.errorFor('fundingProgrammeName')}
      />
      <div className="gov-pair">
        <SelectField id={fieldId(formId, 'currency')} label={labels.currency} value={v.currency} onChange={(e) => set('currency', e.target.value)} error={form.errorFor('currency')}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
        <SelectField id={fieldId(formId, 'phase')} label={labels.phase} value={v.phase} onChange={(e) => set('phase', e.target.value)} error={form.errorFor('phase')}>
          {PROJECT_PHASES.map((p) => (
            <option key={p} value={p}>
              {t(`portfolio.phases.${p}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('portfolio.public.period')}</Fieldset.Legend>
        <div className="gov-pair">
          {(['startsOn', 'endsOn'] as const).map((f) => (
            <Textfield key={f} id={fieldId(formId, f)} type="date" label={labels[f]} value={v[f]} onChange={(e) => set(f, e.target.value)} error={form.errorFor(f)} />
          ))}
        </div>
      </Fieldset>
      {mode === 'update' ? (
        <Fieldset>
          <Fieldset.Legend>{t('portfolio.admin.publicFieldsLegend')}</Fieldset.Legend>
          {canManage ? (
            <Checkbox id={fieldId(formId, 'isPublished')} label={t('portfolio.admin.publish')} checked={v.isPublished} onChange={(e) => set('isPublished', e.target.checked)} />
          ) : null}
          {PUBLIC_PROJECT_FIELDS.map((f) => (
            <Checkbox
              key={f}
              id={fieldId(formId, `publicFields.${f}`)}
              label={t(`portfolio.publicFields.${f}`)}
              checked={v.publicFields.includes(f)}
              onChange={(e) => set('publicFields', e.target.checked ? [...v.publicFields, f] : v.publicFields.filter((x) => x !== f))}
            />
          ))}
        </Fieldset>
      ) : null}
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
