import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Project } from '../../../shared/contracts/projects';
import type { Benefit } from '../../../shared/contracts/benefits';
import { useTranslation } from '../../app/translation';
import { useLocale } from '../../app/locale-context';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId } from '../../components/forms/form-errors';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { LocalizedInline } from '../../components/LocalizedText';
import { QueryFailure } from '../../components/ProgrammeGate';
import { Loading } from '../../components/Loading';
import { showFailure } from '../governance/admin/form-support';
import { BenefitFacts, BenefitFiguresBlock, RealisationTag } from './BenefitFigures';
import { BenefitPlanEditor } from './BenefitPlanEditor';
import { periodLabel } from './benefit-format';
import { useAddMeasurement, useBenefitPlan, useRemoveMeasurement } from './benefits.queries';

/** The project's benefits on its admin page: the plan's form, then each benefit's figures with their provenance. */
export function BenefitsSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const plan = useBenefitPlan(project.id);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <QueryFailure error={plan.error} />;
  return (
    <>
      <BenefitPlanEditor project={project} plan={plan.data} />
      {plan.data.benefits.length ? (
        <section aria-labelledby="benefit-figures-heading" className="stack-sm">
          <Heading level={2} data-size="sm" id="benefit-figures-heading">
            {t('benefits.overview.items')}
          </Heading>
          <ul className="plain-list stack">
            {plan.data.benefits.map((b) => (
              <BenefitItem key={b.id} projectId={project.id} benefit={b} canEdit={plan.data.canEdit} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function BenefitItem({ projectId, benefit, canEdit }: { projectId: string; benefit: Benefit; canEdit: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const remove = useRemoveMeasurement(projectId);
  const manual = benefit.measure === 'manual' && canEdit;
  return (
    <li className="stack-sm benefit">
      <Heading level={3} data-size="xs">
        <LocalizedInline text={benefit.title} /> <RealisationTag status={benefit.status} />
      </Heading>
      <BenefitFacts benefit={benefit} />
      <BenefitFiguresBlock
        benefit={benefit}
        actions={
          manual
            ? (m) =>
                m.id ? (
                  <Button type="button" variant="tertiary" data-size="sm" disabled={remove.isPending} onClick={() => remove.mutate(m.id!)} aria-label={t('benefits.measurement.remove', { period: periodLabel(m.period, locale) })}>
                    {t('benefits.measurement.removeShort')}
                  </Button>
                ) : null
            : undefined
        }
      />
      {manual ? <MeasurementForm projectId={projectId} benefit={benefit} /> : null}
    </li>
  );
}

/** Enter a measurement of a manual benefit: its period, value and a note. */
function MeasurementForm({ projectId, benefit }: { projectId: string; benefit: Benefit }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const add = useAddMeasurement(projectId);
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const id = `measurement-${benefit.id}`;
  const labels = { period: t('benefits.measurement.period'), value: t('benefits.measurement.value'), note: t('benefits.measurement.note') };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await add.mutateAsync({ benefitId: benefit.id, body: { period, value: value.trim() === '' ? (null as unknown as number) : Number(value.replace(',', '.')), ...(note.trim() ? { note } : {}) } });
      setPeriod('');
      setValue('');
      setNote('');
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-sm form" aria-labelledby={`${id}-heading`}>
      <Paragraph data-size="sm" id={`${id}-heading`}>
        <strong>{t('benefits.measurement.title')}</strong>
      </Paragraph>
      <FormErrorSummary form={form} formId={id} labels={labels} />
      <div className="gov-pair">
        <Textfield id={fieldId(id, 'period')} label={labels.period} description={t('benefits.periodHelp')} value={period} onChange={(e) => setPeriod(e.target.value)} error={form.errorFor('period')} />
        <Textfield id={fieldId(id, 'value')} label={labels.value} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} error={form.errorFor('value')} />
      </div>
      <Textfield id={fieldId(id, 'note')} label={labels.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.errorFor('note')} />
      <div className="form-actions">
        <Button type="submit" disabled={add.isPending}>
          {t('benefits.measurement.add')}
        </Button>
      </div>
    </form>
  );
}
