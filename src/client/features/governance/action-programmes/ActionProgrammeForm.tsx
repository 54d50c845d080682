import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import {
  ActionProgrammeContent,
  ActionProgrammeUpdate,
} from '../../../../shared/contracts/action-programmes';
import type {
  ActionProgrammeContent as Content,
  ActionProgrammeUpdate as Fields,
} from '../../../../shared/contracts/action-programmes';
import { LOCALES } from '../../../../shared/domain/localized';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import type { GoalNode } from '../../goals/goal-tree';
import {
  actionProgrammeMessages,
  contentPayload,
  fieldsPayload,
  showRefusal,
  type ActionProgrammeValues,
} from './content-values';
import { PrioritiesFields } from './ContentFields';

interface Props {
  formId: string;
  initial: ActionProgrammeValues;
  goals: readonly GoalNode[];
  saving: boolean;
  onSave(data: { fields: Fields; content: Content }): Promise<unknown>;
}

/** The labels of every field by path: as shown beside the field, and as the error summary names it. */
function useLabels(v: ActionProgrammeValues) {
  const { t } = useTranslation();
  const shown: Record<string, string> = {};
  const summary: Record<string, string> = {};
  const text = (path: string, field: string, prefix: string | null) => {
    for (const l of LOCALES) {
      const label = t('governanceAdmin.textIn', { field, language: t(`language.${l}`) });
      shown[`${path}.${l}`] = label;
      summary[`${path}.${l}`] = prefix ? `${prefix}: ${label}` : label;
    }
  };
  const one = (path: string, label: string, prefix: string | null) => {
    shown[path] = label;
    summary[path] = prefix ? `${prefix}: ${label}` : label;
  };
  text('title', t('governanceAdmin.actionProgramme.title'), null);
  one('periodFrom', t('governanceAdmin.actionProgramme.periodFrom'), null);
  one('periodTo', t('governanceAdmin.actionProgramme.periodTo'), null);
  text('challenges', t('governanceAdmin.actionProgramme.challenges'), null);
  v.priorities.forEach((p, i) => {
    const pName = t('governanceAdmin.actionProgramme.priorityN', { n: i + 1 });
    text(`priorities.${i}.title`, t('governanceAdmin.actionProgramme.priority.title'), pName);
    text(
      `priorities.${i}.description`,
      t('governanceAdmin.actionProgramme.priority.description'),
      pName,
    );
    p.efforts.forEach((e, j) => {
      const eName = t('governanceAdmin.actionProgramme.effortN', { priority: i + 1, n: j + 1 });
      const path = `priorities.${i}.efforts.${j}`;
      text(`${path}.title`, t('governanceAdmin.actionProgramme.effort.title'), eName);
      text(`${path}.description`, t('governanceAdmin.actionProgramme.effort.description'), eName);
      one(
        `${path}.responsibleOrganisationId`,
        t('governanceAdmin.actionProgramme.effort.responsible'),
        eName,
      );
      one(`${path}.fundingNeed`, t('governanceAdmin.actionProgramme.effort.fundingNeed'), eName);
      e.goalIds.forEach((_, k) =>
        one(
          `${path}.goalIds.${k}`,
          t('governanceAdmin.actionProgramme.effort.goalN', { n: k + 1 }),
          eName,
        ),
      );
    });
  });
  return { shown, summary };
}

/** A draft action programme: title, period, challenges, and its priorities and efforts, saved whole. */
export function ActionProgrammeForm({ formId, initial, goals, saving, onSave }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(initial);
  const labels = useLabels(v);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const fields = validate(ActionProgrammeUpdate, fieldsPayload(v));
    const content = validate(ActionProgrammeContent, contentPayload(v));
    if (!fields.ok || !content.ok)
      return form.setMessages(
        actionProgrammeMessages({
          ...(fields.ok ? {} : fields.messages),
          ...(content.ok ? {} : content.messages),
        }),
      );
    form.clear();
    try {
      await onSave({ fields: fields.data, content: content.data });
    } catch (err) {
      showRefusal(form, err);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form ap-form">
      <FormErrorSummary form={form} formId={formId} labels={labels.summary} />
      <LocalizedTextFields
        formId={formId}
        field="title"
        legend={t('governanceAdmin.actionProgramme.title')}
        labels={labels.shown}
        values={v.title}
        errorFor={form.errorFor}
        onChange={(lang, value) => setV((s) => ({ ...s, title: { ...s.title, [lang]: value } }))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('governanceAdmin.actionProgramme.period')}</Fieldset.Legend>
        <div className="gov-pair">
          {(['periodFrom', 'periodTo'] as const).map((f) => (
            <Textfield
              key={f}
              id={fieldId(formId, f)}
              inputMode="numeric"
              label={labels.shown[f]}
              value={v[f]}
              onChange={(e) => setV((s) => ({ ...s, [f]: e.target.value }))}
              error={form.errorFor(f)}
            />
          ))}
        </div>
      </Fieldset>
      <LocalizedTextFields
        formId={formId}
        field="challenges"
        legend={t('governanceAdmin.actionProgramme.challenges')}
        description={t('governanceAdmin.actionProgramme.challengesHelp')}
        rows={5}
        labels={labels.shown}
        values={v.challenges}
        errorFor={form.errorFor}
        onChange={(lang, value) =>
          setV((s) => ({ ...s, challenges: { ...s.challenges, [lang]: value } }))
        }
      />
      <section className="stack" aria-labelledby={`${formId}-priorities`}>
        <Heading level={2} data-size="md" id={`${formId}-priorities`}>
          {t('governanceAdmin.actionProgramme.priorities')}
        </Heading>
        <PrioritiesFields
          formId={formId}
          labels={labels.shown}
          errorFor={form.errorFor}
          errorPaths={Object.keys(form.messages)}
          goals={goals}
          priorities={v.priorities}
          onChange={(priorities) => setV((s) => ({ ...s, priorities }))}
        />
      </section>
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('common.saving') : t('governanceAdmin.actionProgramme.save')}
        </Button>
      </div>
    </form>
  );
}
