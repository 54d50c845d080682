import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Project } from '../../../../../shared/contracts/projects';
import { budgetTotal } from '../../../../../shared/domain/portfolio';
import { useLocale } from '../../../../app/locale-context';
import { useTranslation } from '../../../../app/translation';
import { FormErrorSummary } from '../../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../../components/forms/form-errors';
import { useFormErrors } from '../../../../components/forms/use-form-errors';
import { showFailure } from '../../../governance/admin/form-support';
import { formatMoney } from '../../portfolio-format';
import type { ChangeProposal } from './change-proposal';
import { useCreateChangeRequest } from './project-changes.queries';

const FORM = 'change-request';

/**
 * Asks the board for a change: a new period typed here, and/or the budget from the budget form
 * that passed the threshold, with the reason. The request is checked as the budget form checks.
 */
export function ChangeRequestForm({ project, proposal, onSent }: { project: Project; proposal: ChangeProposal | null; onSent(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const create = useCreateChangeRequest(project.id);
  const [startsOn, setStartsOn] = useState(proposal?.startsOn ?? project.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(proposal?.endsOn ?? project.endsOn ?? '');
  const [justification, setJustification] = useState('');
  const labels = {
    startsOn: t('portfolio.changes.form.startsOn'),
    endsOn: t('portfolio.changes.form.endsOn'),
    justification: t('portfolio.changes.form.justification'),
    grantedTotal: t('portfolio.admin.grantedTotal'),
    lines: t('portfolio.public.budget'),
  };
  const budget = proposal?.lines ? { lines: proposal.lines, grantedTotal: proposal.grantedTotal ?? null } : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    const dates = {
      ...(startsOn !== (project.startsOn ?? '') ? { startsOn: startsOn || null } : {}),
      ...(endsOn !== (project.endsOn ?? '') ? { endsOn: endsOn || null } : {}),
    };
    try {
      await create.mutateAsync({ ...dates, ...(budget ? { grantedTotal: budget.grantedTotal, lines: budget.lines } : {}), justification });
      setJustification('');
      onSent();
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <form id={FORM} onSubmit={submit} noValidate className="stack-sm subform">
      <Heading level={3} data-size="2xs" id={`${FORM}-heading`}>
        {t('portfolio.changes.form.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('portfolio.changes.form.intro')}</Paragraph>
      <FormErrorSummary form={form} formId={FORM} labels={labels} />
      {budget ? (
        <Paragraph data-size="sm" className="change-budget">
          {t('portfolio.changes.form.budgetIncluded', {
            total: budget.grantedTotal === null ? '–' : formatMoney(budget.grantedTotal, project.currency, locale),
            granted: formatMoney(budgetTotal(budget.lines, 'granted'), project.currency, locale),
            lines: budget.lines.length,
          })}
        </Paragraph>
      ) : null}
      <div className="portfolio-line">
        <Textfield id={fieldId(FORM, 'startsOn')} type="date" label={labels.startsOn} value={startsOn} onChange={(e) => setStartsOn(e.target.value)} error={form.errorFor('startsOn')} />
        <Textfield id={fieldId(FORM, 'endsOn')} type="date" label={labels.endsOn} value={endsOn} onChange={(e) => setEndsOn(e.target.value)} error={form.errorFor('endsOn')} />
      </div>
      {form.errorFor('grantedTotal') ? <Paragraph data-size="sm" className="field-error" id={fieldId(FORM, 'grantedTotal')}>{form.errorFor('grantedTotal')}</Paragraph> : null}
      {form.errorFor('lines') ? <Paragraph data-size="sm" className="field-error" id={fieldId(FORM, 'lines')}>{form.errorFor('lines')}</Paragraph> : null}
      <Textfield
        id={fieldId(FORM, 'justification')}
        label={labels.justification}
        description={t('portfolio.changes.form.justificationHelp')}
        multiline
        rows={4}
        value={justification}
        onChange={(e) => setJustification(e.target.value)}
        error={form.errorFor('justification')}
      />
      <div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('portfolio.changes.form.send')}
        </Button>
      </div>
    </form>
  );
}
