import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph, Switch, Textfield } from '@digdir/designsystemet-react';
import { PlanInput, type Plan } from '../../../../../shared/contracts/development';
import type { PlanPart } from '../../../../../shared/domain/development';
import { isApiError } from '../../../../app/api';
import { useTranslation } from '../../../../app/translation';
import { ActionStatus } from '../../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../../components/forms/form-errors';
import { useFormErrors } from '../../../../components/forms/use-form-errors';
import { useSavePlan } from '../../development.queries';
import { groupFieldMessages, showFailure } from '../group-errors';
import { AreaProfileBlock } from './AreaProfileBlock';
import { fieldLabels, inputOf, valuesOf, type PlanValues } from './plan-form';
import { PlanPartSection, type PartTitle } from './PlanPart';
import { ActorRows, EffortRows, GoalRows, PLAN_FORM } from './PlanRows';

/**
 * The group's development plan as one form in four parts. It is saved whole, with the revision it
 * was read at: if someone else saved in the meantime the save is refused and nothing is lost here.
 */
export function PlanEditor({
  plan,
  titles,
  programmeSlug,
  onReload,
}: {
  plan: Plan;
  titles: Record<PlanPart, PartTitle>;
  programmeSlug: string;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSavePlan(plan.groupId);
  const [values, setValues] = useState<PlanValues>(() => valuesOf(plan));
  // The revision this form was filled from; a refetch of the plan in the background does not move it.
  const [revision, setRevision] = useState(plan.revision);
  const [status, setStatus] = useState<string | null>(null);
  const [isStale, setStale] = useState(false);
  const labels = fieldLabels(values, t);
  const set = (patch: Partial<PlanValues>) => setValues((v) => ({ ...v, ...patch }));
  const text = (path: 'strengths' | 'weaknesses' | 'needs' | 'futureImages', help?: string) => (
    <Textfield
      id={fieldId(PLAN_FORM, path)}
      label={labels[path]}
      description={help}
      multiline
      rows={6}
      value={values[path]}
      onChange={(e) => set({ [path]: e.target.value })}
      error={form.errorFor(path)}
    />
  );

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    setStale(false);
    const parsed = validate(PlanInput, inputOf(values, revision));
    if (!parsed.ok) return form.setMessages(groupFieldMessages(parsed.messages));
    form.clear();
    try {
      const saved = await save.mutateAsync(parsed.data);
      setRevision(saved.revision);
      setStatus(t('developmentGroups.plan.saved'));
    } catch (err) {
      if (isApiError(err) && err.code === 'STATE_CHANGED') setStale(true);
      else showFailure(form, err);
    }
  };

  const saveBar = (
    <div className="form-actions plan-save">
      <Button type="submit" aria-disabled={save.isPending || undefined}>
        {save.isPending ? t('common.saving') : t('developmentGroups.plan.save')}
      </Button>
      <ActionStatus message={status} />
    </div>
  );

  return (
    <form id={PLAN_FORM} onSubmit={onSubmit} noValidate className="stack plan-form">
      <FormErrorSummary form={form} formId={PLAN_FORM} labels={labels} />
      {isStale ? (
        <Alert data-color="warning" role="alert" className="stack-sm">
          <Heading level={2} data-size="xs">
            {t('developmentGroups.plan.staleTitle')}
          </Heading>
          <Paragraph>{t('developmentGroups.plan.staleText')}</Paragraph>
          <div>
            <Button type="button" variant="secondary" onClick={onReload}>
              {t('developmentGroups.plan.reload')}
            </Button>
          </div>
        </Alert>
      ) : null}
      <PlanPartSection plan={plan} part="where_are_we" title={titles.where_are_we}>
        <AreaProfileBlock plan={plan} programmeSlug={programmeSlug} />
        {text('strengths', t('developmentGroups.plan.strengthsHelp'))}
        {text('weaknesses', t('developmentGroups.plan.weaknessesHelp'))}
        {text('needs', t('developmentGroups.plan.needsHelp'))}
      </PlanPartSection>
      <PlanPartSection plan={plan} part="where_to_go" title={titles.where_to_go}>
        {text('futureImages', t('developmentGroups.plan.futureImagesHelp'))}
        <Heading level={3} data-size="xs">
          {t('developmentGroups.plan.goals')}
        </Heading>
        <GoalRows
          rows={values.goals}
          onChange={(goals) => set({ goals })}
          errorFor={form.errorFor}
        />
      </PlanPartSection>
      <PlanPartSection plan={plan} part="who_does_what" title={titles.who_does_what}>
        <Paragraph>{t('developmentGroups.plan.actorsIntro')}</Paragraph>
        <Heading level={3} data-size="xs">
          {t('developmentGroups.plan.actors')}
        </Heading>
        <ActorRows
          rows={values.actors}
          onChange={(actors) => set({ actors })}
          errorFor={form.errorFor}
        />
      </PlanPartSection>
      <PlanPartSection plan={plan} part="how_to_get_there" title={titles.how_to_get_there}>
        <Heading level={3} data-size="xs">
          {t('developmentGroups.plan.efforts')}
        </Heading>
        <EffortRows
          rows={values.efforts}
          goals={values.goals}
          onChange={(efforts) => set({ efforts })}
          errorFor={form.errorFor}
        />
      </PlanPartSection>
      <section aria-labelledby="plan-publish-heading" className="stack-sm">
        <Heading level={2} data-size="sm" id="plan-publish-heading">
          {t('developmentGroups.plan.publishTitle')}
        </Heading>
        <Switch
          id={fieldId(PLAN_FORM, 'isPublic')}
          label={t('developmentGroups.plan.isPublic')}
          description={t('developmentGroups.plan.isPublicHelp')}
          checked={values.isPublic}
          onChange={(e) => set({ isPublic: e.target.checked })}
        />
      </section>
      {saveBar}
    </form>
  );
}
