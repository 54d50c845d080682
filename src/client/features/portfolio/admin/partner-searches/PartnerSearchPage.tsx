import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { PartnerSearch } from '../../../../../shared/contracts/partner-searches';
import { CRITERION_ANSWERS, PARTNER_SEARCH_CRITERIA, type CriterionAnswer, type PartnerSearchCriterion } from '../../../../../shared/domain/partner-searches';
import { useLocale } from '../../../../app/locale-context';
import { useTranslation } from '../../../../app/translation';
import { AppLink } from '../../../../components/AppLink';
import { ActionStatus } from '../../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../../components/forms/form-errors';
import { useFormErrors } from '../../../../components/forms/use-form-errors';
import { Loading } from '../../../../components/Loading';
import { PageHeading } from '../../../../components/PageHeading';
import { QueryFailure } from '../../../../components/ProgrammeGate';
import { showFailure } from '../../../governance/admin/form-support';
import { countryName, formatDate } from '../../portfolio-format';
import { factsOf, factsPayload, SearchFactsForm } from './SearchFactsForm';
import { SearchStatusTag } from './StatusTag';
import { useDecidePartnerSearch, usePartnerSearch, useUpdatePartnerSearch } from './partner-searches.queries';
import '../../portfolio.css';

/** One partner search: what it is, its assessment against the criteria, and the decision. */
export function PartnerSearchPage() {
  const { id = '' } = useParams();
  const search = usePartnerSearch(id);
  if (search.isPending) return <Loading />;
  if (search.isError) return <QueryFailure error={search.error} />;
  return <PartnerSearchView search={search.data} />;
}

function PartnerSearchView({ search }: { search: PartnerSearch }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdatePartnerSearch(search.id);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${search.programmeSlug}/partnersok`}>{t('portfolio.partnerSearches.backToList')}</AppLink>
      </Paragraph>
      <PageHeading title={`${search.title} – ${t('portfolio.partnerSearches.one')}`}>{search.title}</PageHeading>
      <Paragraph>
        <SearchStatusTag status={search.status} />{' '}
        {t('portfolio.partnerSearches.receivedBy', {
          organisation: search.organisation.name,
          lead: `${search.leadOrganisation}${search.leadCountry ? ` (${countryName(search.leadCountry, locale)})` : ''}`,
          date: formatDate(search.receivedOn, locale),
        })}
      </Paragraph>
      {search.summary ? <Paragraph className="change-justification">{search.summary}</Paragraph> : null}
      <ActionStatus message={saved} />
      <Decided search={search} />
      {search.canEdit ? (
        <>
          <AssessmentForm search={search} onSaved={() => setSaved(t('portfolio.admin.saved'))} />
          <DecisionForm search={search} />
          <section aria-labelledby="search-facts-heading" className="stack-sm">
            <Heading level={2} data-size="sm" id="search-facts-heading">
              {t('portfolio.partnerSearches.facts')}
            </Heading>
            <SearchFactsForm
              key={search.revision}
              formId="partner-search-facts"
              initial={factsOf(search, null)}
              chooseOrganisation={false}
              submitLabel={t('portfolio.admin.save')}
              saving={update.isPending}
              onSave={async (v) => {
                setSaved(null);
                await update.mutateAsync({ ...factsPayload(v), revision: search.revision });
                setSaved(t('portfolio.admin.saved'));
              }}
            />
          </section>
        </>
      ) : (
        <Criteria search={search} />
      )}
    </div>
  );
}

/** The decision taken: joined (with the project it created) or declined, and why. */
function Decided({ search }: { search: PartnerSearch }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (search.status !== 'joined' && search.status !== 'declined') return null;
  return (
    <section aria-labelledby="search-decision-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="search-decision-heading">
        {t('portfolio.partnerSearches.decision.heading')}
      </Heading>
      <Paragraph>
        {t(`portfolio.partnerSearches.decision.${search.status}`, { name: search.decidedBy ?? '–', date: search.decidedAt ? formatDate(search.decidedAt.slice(0, 10), locale) : '–' })}
        {search.projectId ? (
          <>
            {' '}
            <AppLink to={`/admin/prosjekter/${search.projectId}`}>{t('portfolio.partnerSearches.decision.toProject')}</AppLink>
          </>
        ) : null}
      </Paragraph>
      {search.decisionNote ? <Paragraph className="change-justification">{search.decisionNote}</Paragraph> : null}
    </section>
  );
}

/** The criteria as weighed, for those who read without changing. */
function Criteria({ search }: { search: PartnerSearch }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="search-criteria-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="search-criteria-heading">
        {t('portfolio.partnerSearches.assessment.heading')}
      </Heading>
      <dl className="change-terms">
        {PARTNER_SEARCH_CRITERIA.map((c) => (
          <div key={c}>
            <dt>{t(`portfolio.partnerSearches.criteria.${c}`)}</dt>
            <dd>{search.criteria[c] ? t(`portfolio.partnerSearches.answers.${search.criteria[c]}`) : t('portfolio.partnerSearches.answers.none')}</dd>
          </div>
        ))}
      </dl>
      {search.assessment ? <Paragraph className="change-justification">{search.assessment}</Paragraph> : null}
    </section>
  );
}

function AssessmentForm({ search, onSaved }: { search: PartnerSearch; onSaved(): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const update = useUpdatePartnerSearch(search.id);
  const [criteria, setCriteria] = useState<Partial<Record<PartnerSearchCriterion, CriterionAnswer>>>(search.criteria);
  const [assessment, setAssessment] = useState(search.assessment);
  const id = 'search-assessment';
  const labels: Record<string, string> = { assessment: t('portfolio.partnerSearches.assessment.text') };
  for (const c of PARTNER_SEARCH_CRITERIA) labels[`criteria.${c}`] = t(`portfolio.partnerSearches.criteria.${c}`);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await update.mutateAsync({ criteria, assessment, revision: search.revision });
      onSaved();
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('portfolio.partnerSearches.assessment.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('portfolio.partnerSearches.assessment.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="stack form subform">
        <FormErrorSummary form={form} formId={id} labels={labels} />
        {PARTNER_SEARCH_CRITERIA.map((c) => (
          <Fieldset key={c} id={fieldId(id, `criteria.${c}`)} className="search-criterion">
            <Fieldset.Legend>{labels[`criteria.${c}`]}</Fieldset.Legend>
            <div className="search-answers">
              {CRITERION_ANSWERS.map((a) => (
                <Radio key={a} name={`${id}-${c}`} value={a} label={t(`portfolio.partnerSearches.answers.${a}`)} checked={criteria[c] === a} onChange={() => setCriteria((old) => ({ ...old, [c]: a }))} />
              ))}
            </div>
          </Fieldset>
        ))}
        <Textfield id={fieldId(id, 'assessment')} label={labels.assessment} description={t('portfolio.partnerSearches.assessment.textHelp')} multiline rows={4} value={assessment} onChange={(e) => setAssessment(e.target.value)} error={form.errorFor('assessment')} />
        <div>
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('portfolio.partnerSearches.assessment.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function DecisionForm({ search }: { search: PartnerSearch }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const decide = useDecidePartnerSearch(search.id);
  const [note, setNote] = useState('');
  const id = 'search-decide';
  const labels = { note: t('portfolio.partnerSearches.decision.note') };
  const send = async (e: FormEvent, decision: 'join' | 'decline') => {
    e.preventDefault();
    form.clear();
    try {
      await decide.mutateAsync({ decision, note, revision: search.revision });
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('portfolio.partnerSearches.decision.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('portfolio.partnerSearches.decision.intro')}</Paragraph>
      <form onSubmit={(e) => send(e, 'join')} noValidate className="stack form subform">
        <FormErrorSummary form={form} formId={id} labels={labels} />
        <Textfield id={fieldId(id, 'note')} label={labels.note} description={t('portfolio.partnerSearches.decision.noteHelp')} multiline rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={form.errorFor('note')} />
        <div className="form-actions">
          <Button type="submit" disabled={decide.isPending}>
            {t('portfolio.partnerSearches.decision.join')}
          </Button>
          <Button type="button" variant="secondary" disabled={decide.isPending} onClick={(e) => void send(e, 'decline')}>
            {t('portfolio.partnerSearches.decision.decline')}
          </Button>
        </div>
      </form>
    </section>
  );
}
