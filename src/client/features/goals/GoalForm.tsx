import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { GoalCreate } from '../../../shared/contracts/goals';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../components/forms/LocalizedTextFields';
import { fieldId, fieldMessage, validate, type FieldMessages } from '../../components/forms/form-errors';
import { SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { goalPayload, TEXT_LOCALES, withGoalMessages, type GoalFormValues, type TextLocale } from './goal-form-values';
import { nestGoals, type GoalNode, type TreeGoal } from './goal-tree';
import { showFailure } from './form-failure';

export interface ParentChoices {
  /** Goals of ancestor programmes, in tree order. */
  inherited: readonly TreeGoal[];
  /** The programme's own goals, in tree order. */
  own: readonly TreeGoal[];
}

interface Props {
  formId: string;
  initial: GoalFormValues;
  parents: ParentChoices;
  submitLabel: string;
  saving: boolean;
  onSave(data: GoalCreate): Promise<unknown>;
  onCancel?(): void;
  heading?: ReactNode;
}

const TEXT_FIELDS = ['title', 'description', 'ownerBody'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

function flatten(nodes: GoalNode[]): GoalNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** Create or edit a goal: parent, title, description and owner body in three languages, period, order. */
export function GoalForm({ formId, initial, parents, submitLabel, saving, onSave, onCancel, heading }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const [values, setValues] = useState(initial);

  const labels: Record<string, string> = { parentId: t('goalsAdmin.field.parent') };
  for (const f of TEXT_FIELDS) {
    for (const l of TEXT_LOCALES) labels[`${f}.${l}`] = t('goalsAdmin.field.textIn', { field: t(`goalsAdmin.field.${f}`), language: t(`language.${l}`) });
  }
  labels.periodFrom = t('goalsAdmin.field.periodFrom');
  labels.periodTo = t('goalsAdmin.field.periodTo');
  labels.sortOrder = t('goalsAdmin.field.sortOrder');

  const setText = (field: TextField, lang: TextLocale, value: string) => setValues((v) => ({ ...v, [field]: { ...v[field], [lang]: value } }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = goalPayload(values);
    const parsed = validate(GoalCreate, payload);
    const messages: FieldMessages = parsed.ok ? {} : { ...parsed.messages };
    // The contract checks the period order only once the rest is valid; say it at once.
    const { periodFrom, periodTo } = payload;
    if (!messages.periodTo && periodFrom !== null && periodTo !== null && periodTo < periodFrom) {
      messages.periodTo = fieldMessage({ path: 'periodTo', code: 'periodOrder', message: 'periodOrder' });
    }
    if (!parsed.ok || Object.keys(messages).length > 0) return form.setMessages(withGoalMessages(messages));
    form.clear();
    try {
      await onSave(parsed.data);
    } catch (err) {
      showFailure(form, err);
    }
  };

  const option = (n: GoalNode) => (
    <option key={n.goal.id} value={n.goal.id}>
      {'\u2014 '.repeat(n.depth)}
      {pickText(n.goal.title, locale).text}
    </option>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="stack form subform">
      {heading}
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <SelectField
        id={fieldId(formId, 'parentId')}
        label={labels.parentId}
        description={t('goalsAdmin.field.parentHelp')}
        value={values.parentId}
        onChange={(e) => setValues((v) => ({ ...v, parentId: e.target.value }))}
        error={form.errorFor('parentId')}
      >
        <option value="">{t('goalsAdmin.field.topLevel')}</option>
        {parents.inherited.length > 0 ? <optgroup label={t('goalsAdmin.field.inheritedGroup')}>{flatten(nestGoals(parents.inherited)).map(option)}</optgroup> : null}
        {parents.own.length > 0 ? <optgroup label={t('goalsAdmin.field.ownGroup')}>{flatten(nestGoals(parents.own)).map(option)}</optgroup> : null}
      </SelectField>

      {TEXT_FIELDS.map((field) => (
        <LocalizedTextFields
          key={field}
          formId={formId}
          field={field}
          legend={t(`goalsAdmin.field.${field}`)}
          description={field === 'title' ? t('goalsAdmin.field.titleHelp') : field === 'ownerBody' ? t('goalsAdmin.field.ownerBodyHelp') : undefined}
          rows={field === 'description' ? 4 : null}
          labels={labels}
          values={values[field]}
          errorFor={form.errorFor}
          onChange={(lang, value) => setText(field, lang, value)}
        />
      ))}

      <Fieldset>
        <Fieldset.Legend>{t('goals.period')}</Fieldset.Legend>
        <Fieldset.Description>{t('goalsAdmin.field.periodHelp')}</Fieldset.Description>
        <div className="goal-form-pair">
          {(['periodFrom', 'periodTo'] as const).map((f) => (
            <Textfield
              key={f}
              id={fieldId(formId, f)}
              label={labels[f]}
              inputMode="numeric"
              autoComplete="off"
              value={values[f]}
              onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
              error={form.errorFor(f)}
            />
          ))}
        </div>
      </Fieldset>
      <Textfield
        id={fieldId(formId, 'sortOrder')}
        label={labels.sortOrder}
        description={t('goalsAdmin.field.sortOrderHelp')}
        inputMode="numeric"
        autoComplete="off"
        value={values.sortOrder}
        onChange={(e) => setValues((v) => ({ ...v, sortOrder: e.target.value }))}
        error={form.errorFor('sortOrder')}
      />
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
