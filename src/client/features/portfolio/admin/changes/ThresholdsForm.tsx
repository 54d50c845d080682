import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ChangeThresholds } from '../../../../../shared/contracts/projects';
import { useTranslation } from '../../../../app/translation';
import { ActionStatus } from '../../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../../components/forms/form-errors';
import { useFormErrors } from '../../../../components/forms/use-form-errors';
import { Loading } from '../../../../components/Loading';
import { showFailure } from '../../../governance/admin/form-support';
import { useSetThresholds, useThresholds } from './project-changes.queries';

const FORM = 'change-thresholds';
const parse = (v: string) => (v.trim() === '' ? null : Number(v));

/** How far a granted project may change before the board decides: the secretariat's setting. */
export function ThresholdsSection({ programmeId }: { programmeId: string }) {
  const thresholds = useThresholds(programmeId);
  if (thresholds.isPending) return <Loading />;
  if (thresholds.isError) return null;
  return <ThresholdsForm programmeId={programmeId} initial={thresholds.data} />;
}

function ThresholdsForm({ programmeId, initial }: { programmeId: string; initial: ChangeThresholds }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSetThresholds(programmeId);
  const [percent, setPercent] = useState(initial.percent === null ? '' : String(initial.percent));
  const [months, setMonths] = useState(initial.months === null ? '' : String(initial.months));
  const [status, setStatus] = useState<string | null>(null);
  const labels = { percent: t('portfolio.changes.settings.percent'), months: t('portfolio.changes.settings.months') };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(ChangeThresholds, { percent: parse(percent), months: parse(months) });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    try {
      await save.mutateAsync(parsed.data);
      setStatus(t('portfolio.admin.saved'));
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${FORM}-heading`} className="stack-sm">
      <Heading level={2} data-size="md" id={`${FORM}-heading`}>
        {t('portfolio.changes.settings.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('portfolio.changes.settings.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="stack form subform">
        <FormErrorSummary form={form} formId={FORM} labels={labels} />
        <div className="portfolio-line">
          <Textfield id={fieldId(FORM, 'percent')} type="number" inputMode="numeric" min={0} max={100} label={labels.percent} description={t('portfolio.changes.settings.percentHelp')} value={percent} onChange={(e) => setPercent(e.target.value)} error={form.errorFor('percent')} />
          <Textfield id={fieldId(FORM, 'months')} type="number" inputMode="numeric" min={0} max={60} label={labels.months} description={t('portfolio.changes.settings.monthsHelp')} value={months} onChange={(e) => setMonths(e.target.value)} error={form.errorFor('months')} />
        </div>
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending} aria-describedby={`${FORM}-status`}>
            {save.isPending ? t('common.saving') : t('portfolio.admin.save')}
          </Button>
          <ActionStatus id={`${FORM}-status`} message={status} />
        </div>
      </form>
    </section>
  );
}
