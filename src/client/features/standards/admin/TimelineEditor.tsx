import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import type { StandardDetail } from '../../../../shared/contracts/standards';
import { MILESTONE_KINDS, type MilestoneKind } from '../../../../shared/domain/standards';
import { useTranslation } from '../../../app/translation';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure } from '../../governance/admin/form-support';
import { useUpdateStandard } from '../standards.queries';
import type { MilestoneValues } from './standard-form';

/** The steps from draft to in force, each with its date (and last day, for a step over a period). */
export function TimelineEditor({ standard, onSaved }: { standard: StandardDetail; onSaved(): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const update = useUpdateStandard(standard.id);
  const [steps, setSteps] = useState<MilestoneValues[]>(standard.timeline.map((m) => ({ kind: m.kind, on: m.on, until: m.until ?? '', note: m.note })));
  const id = 'standard-timeline-form';
  const labels: Record<string, string> = {};
  steps.forEach((_, i) => {
    labels[`timeline.${i}.on`] = t('standards.admin.fields.on', { number: i + 1 });
    labels[`timeline.${i}.until`] = t('standards.admin.fields.until', { number: i + 1 });
    labels[`timeline.${i}.note`] = t('standards.admin.fields.milestoneNote', { number: i + 1 });
  });
  const set = (i: number, patch: Partial<MilestoneValues>) => setSteps((old) => old.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await update.mutateAsync({ timeline: steps.map((s) => ({ kind: s.kind, on: s.on, until: s.until || null, note: s.note })), revision: standard.revision });
      onSaved();
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('standards.public.timeline')}
      </Heading>
      <form onSubmit={submit} noValidate className="stack form subform">
        <FormErrorSummary form={form} formId={id} labels={labels} />
        {steps.map((s, i) => (
          <Fieldset key={i} className="stack-sm">
            <Fieldset.Legend>{t('standards.admin.stepLegend', { number: i + 1 })}</Fieldset.Legend>
            <SelectField id={fieldId(id, `timeline.${i}.kind`)} label={t('standards.admin.fields.milestone', { number: i + 1 })} value={s.kind} onChange={(e) => set(i, { kind: e.target.value as MilestoneKind })}>
              {MILESTONE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`standards.milestone.${k}`)}
                </option>
              ))}
            </SelectField>
            <Textfield id={fieldId(id, `timeline.${i}.on`)} type="date" label={labels[`timeline.${i}.on`]} value={s.on} onChange={(e) => set(i, { on: e.target.value })} error={form.errorFor(`timeline.${i}.on`)} />
            <Textfield id={fieldId(id, `timeline.${i}.until`)} type="date" label={labels[`timeline.${i}.until`]} value={s.until} onChange={(e) => set(i, { until: e.target.value })} error={form.errorFor(`timeline.${i}.until`)} />
            <Textfield id={fieldId(id, `timeline.${i}.note`)} label={labels[`timeline.${i}.note`]} value={s.note} onChange={(e) => set(i, { note: e.target.value })} error={form.errorFor(`timeline.${i}.note`)} />
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => setSteps((old) => old.filter((_, j) => j !== i))}>
                {t('standards.admin.removeStep', { number: i + 1 })}
              </Button>
            </div>
          </Fieldset>
        ))}
        <div className="button-row">
          <Button type="button" variant="secondary" onClick={() => setSteps((old) => [...old, { kind: 'drafted', on: '', until: '', note: '' }])}>
            {t('standards.admin.addStep')}
          </Button>
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('standards.admin.saveTimeline')}
          </Button>
        </div>
      </form>
    </section>
  );
}
