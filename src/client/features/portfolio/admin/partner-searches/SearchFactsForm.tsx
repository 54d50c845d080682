import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import type { PartnerSearch } from '../../../../../shared/contracts/partner-searches';
import { FUNDING_PROGRAMMES, type FundingProgramme } from '../../../../../shared/domain/portfolio';
import { useTranslation } from '../../../../app/translation';
import { EntityPicker } from '../../../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../../components/forms/SelectField';
import { useFormErrors } from '../../../../components/forms/use-form-errors';
import { organisationSource } from '../../../organisations/organisations.queries';
import { showFailure } from '../../../governance/admin/form-support';

export interface SearchFacts {
  organisationId: string | null;
  title: string;
  leadOrganisation: string;
  leadCountry: string;
  fundingProgramme: FundingProgramme;
  fundingProgrammeName: string;
  summary: string;
  source: string;
  receivedOn: string;
  replyBy: string;
}

export const factsOf = (s: PartnerSearch | null, organisationId: string | null): SearchFacts => ({
  organisationId: s?.organisation.id ?? organisationId,
  title: s?.title ?? '',
  leadOrganisation: s?.leadOrganisation ?? '',
  leadCountry: s?.leadCountry ?? '',
  fundingProgramme: s?.fundingProgramme ?? 'erasmus_plus',
  fundingProgrammeName: s?.fundingProgrammeName ?? '',
  summary: s?.summary ?? '',
  source: s?.source ?? '',
  receivedOn: s?.receivedOn ?? '',
  replyBy: s?.replyBy ?? '',
});

/** What a partner search is: the project abroad, who leads it, the programme and the dates. */
export function SearchFactsForm({ formId, initial, chooseOrganisation, submitLabel, saving, onSave }: {
  formId: string;
  initial: SearchFacts;
  chooseOrganisation: boolean;
  submitLabel: string;
  saving: boolean;
  onSave(facts: SearchFacts): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(initial);
  const set = <K extends keyof SearchFacts>(key: K, value: SearchFacts[K]) => setV((old) => ({ ...old, [key]: value }));
  const label = (k: string) => t(`portfolio.partnerSearches.fields.${k}`);
  const labels = Object.fromEntries(['organisationId', 'title', 'leadOrganisation', 'leadCountry', 'fundingProgramme', 'fundingProgrammeName', 'summary', 'source', 'receivedOn', 'replyBy'].map((k) => [k, label(k)]));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await onSave(v);
    } catch (err) {
      showFailure(form, err);
    }
  };
  const text = (key: 'title' | 'leadOrganisation' | 'leadCountry' | 'fundingProgrammeName' | 'source', extra: { description?: string } = {}) => (
    <Textfield id={fieldId(formId, key)} label={labels[key]} value={v[key]} onChange={(e) => set(key, e.target.value)} error={form.errorFor(key)} {...extra} />
  );
  return (
    <form onSubmit={submit} noValidate className="stack form subform">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      {chooseOrganisation ? (
        <EntityPicker id={fieldId(formId, 'organisationId')} label={labels.organisationId!} searchLabel={t('portfolio.admin.searchOrganisation')} source={organisationSource} value={v.organisationId} onChange={(id) => set('organisationId', id)} error={form.errorFor('organisationId')} allowEmpty={false} />
      ) : null}
      {text('title')}
      <div className="portfolio-line">
        {text('leadOrganisation')}
        {text('leadCountry', { description: t('portfolio.partnerSearches.fields.leadCountryHelp') })}
      </div>
      <div className="portfolio-line">
        <SelectField id={fieldId(formId, 'fundingProgramme')} label={labels.fundingProgramme} value={v.fundingProgramme} onChange={(e) => set('fundingProgramme', e.target.value as FundingProgramme)}>
          <ChoiceOptions values={FUNDING_PROGRAMMES} label={(f) => t(`portfolio.fundingProgrammes.${f}`)} />
        </SelectField>
        {text('fundingProgrammeName')}
      </div>
      <Textfield id={fieldId(formId, 'summary')} label={labels.summary} multiline rows={3} value={v.summary} onChange={(e) => set('summary', e.target.value)} error={form.errorFor('summary')} />
      {text('source', { description: t('portfolio.partnerSearches.fields.sourceHelp') })}
      <div className="portfolio-line">
        <Textfield id={fieldId(formId, 'receivedOn')} type="date" label={labels.receivedOn} value={v.receivedOn} onChange={(e) => set('receivedOn', e.target.value)} error={form.errorFor('receivedOn')} />
        <Textfield id={fieldId(formId, 'replyBy')} type="date" label={labels.replyBy} value={v.replyBy} onChange={(e) => set('replyBy', e.target.value)} error={form.errorFor('replyBy')} />
      </div>
      <div>
        <Button type="submit" disabled={saving}>
          {saving ? t('common.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** The facts as the API takes them: empty optional texts as null. */
export function factsPayload(v: SearchFacts) {
  return {
    title: v.title,
    leadOrganisation: v.leadOrganisation,
    leadCountry: v.leadCountry.trim() || null,
    fundingProgramme: v.fundingProgramme,
    fundingProgrammeName: v.fundingProgrammeName.trim() || null,
    summary: v.summary,
    source: v.source,
    receivedOn: v.receivedOn,
    replyBy: v.replyBy || null,
  };
}
