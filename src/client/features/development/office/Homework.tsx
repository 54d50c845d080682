import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { HomeworkCreate, type CohortDetail, type HomeworkTask } from '../../../../shared/contracts/development';
import { PLAN_PARTS, SUBMISSION_KINDS, type HomeworkState } from '../../../../shared/domain/development';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { ScrollTable } from '../../../components/ScrollTable';
import { fromLocalInput, toLocalInput } from '../../governance/admin/form-support';
import { useAddHomework, useUpdateHomework } from '../development.queries';
import { formatDue } from '../public/development-format';
import { showFailure, withOwnMessages } from './office-forms';

/** The design system's colour of each homework state: late and missing are the ones to notice. */
export const STATE_COLOUR: Record<HomeworkState, 'neutral' | 'warning' | 'success' | 'danger'> = { missing: 'neutral', draft: 'warning', submitted: 'success', late: 'danger' };

interface Values {
  title: string;
  instructions: string;
  dueAt: string;
  submissionKind: string;
  planPart: string;
}

const valuesOf = (task?: HomeworkTask): Values => ({
  title: task?.title ?? '',
  instructions: task?.instructions ?? '',
  dueAt: toLocalInput(task?.dueAt),
  submissionKind: task?.submissionKind ?? 'text',
  planPart: task?.planPart ?? '',
});

/** The homework due between the gatherings: each task, changed in place, and a new one. */
export function Homework({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  const add = useAddHomework(cohort.id);
  const update = useUpdateHomework();
  return (
    <div className="stack">
      {cohort.homework.length === 0 ? <Paragraph>{t('development.office.homework.none')}</Paragraph> : null}
      <ul className="plain-list stack">
        {cohort.homework.map((task) => (
          <li key={task.id} className="office-panel stack-sm">
            <Heading level={3} data-size="xs">
              {task.title}
            </Heading>
            <Paragraph data-size="sm">
              {t('development.office.homework.due', { when: formatDue(task.dueAt, locale) })} · {t(`development.submissionKind.${task.submissionKind}`)}
              {task.planPart ? ` (${t(`development.cycle.${task.planPart}`)})` : ''}
            </Paragraph>
            {task.instructions ? <Paragraph className="keep-lines">{task.instructions}</Paragraph> : null}
            <div>
              <Button type="button" variant="tertiary" data-size="sm" aria-expanded={editing === task.id} onClick={() => setEditing((e) => (e === task.id ? null : task.id))}>
                {t('development.office.homework.editTask', { title: task.title })}
              </Button>
            </div>
            {editing === task.id ? (
              <HomeworkForm formId={`homework-${task.id}`} task={task} submitLabel={t('development.office.save')} onSave={(body) => update.mutateAsync({ id: task.id, ...body }).then(() => setEditing(null))} />
            ) : null}
          </li>
        ))}
      </ul>
      {cohort.homework.length > 0 && cohort.groups.length > 0 ? <HomeworkStates cohort={cohort} /> : null}
      <section aria-labelledby="homework-new-heading" className="stack-sm">
        <Heading level={3} data-size="sm" id="homework-new-heading">
          {t('development.office.homework.new')}
        </Heading>
        <HomeworkForm formId="homework-new" submitLabel={t('development.office.homework.add')} resetOnSave onSave={(body) => add.mutateAsync(body)} />
      </section>
    </div>
  );
}

/** Each group's state for each task: missing, draft, handed in or handed in late. */
function HomeworkStates({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const caption = t('development.office.homework.states');
  return (
    <ScrollTable label={caption}>
      <Table data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('development.office.group.organisation')}</Table.HeaderCell>
            {cohort.homework.map((task) => (
              <Table.HeaderCell key={task.id}>{task.title}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {cohort.groups.map((g) => (
            <Table.Row key={g.id}>
              <Table.HeaderCell scope="row">{g.organisationName}</Table.HeaderCell>
              {cohort.homework.map((task) => {
                const state = g.homework.find((h) => h.taskId === task.id)?.state ?? 'missing';
                return (
                  <Table.Cell key={task.id}>
                    <Tag data-size="sm" data-color={STATE_COLOUR[state]}>
                      {t(`development.homeworkState.${state}`)}
                    </Tag>
                  </Table.Cell>
                );
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

function HomeworkForm({ formId, task, submitLabel, resetOnSave = false, onSave }: { formId: string; task?: HomeworkTask; submitLabel: string; resetOnSave?: boolean; onSave(body: HomeworkCreate): Promise<unknown> }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(() => valuesOf(task));
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const labels: Record<string, string> = {
    title: t('development.office.homework.field.title'),
    instructions: t('development.office.homework.field.instructions'),
    dueAt: t('development.office.homework.field.dueAt'),
    submissionKind: t('development.office.homework.field.submissionKind'),
    planPart: t('development.office.homework.field.planPart'),
  };
  const set = (f: keyof Values) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [f]: e.target.value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(HomeworkCreate, {
      title: v.title,
      instructions: v.instructions,
      dueAt: fromLocalInput(v.dueAt) ?? '',
      submissionKind: v.submissionKind,
      planPart: v.submissionKind === 'plan_part' && v.planPart ? v.planPart : null,
    });
    if (!parsed.ok) return form.setMessages(withOwnMessages(parsed.messages));
    form.clear();
    setSaving(true);
    try {
      await onSave(parsed.data);
      setStatus(t('development.office.saved'));
      if (resetOnSave) setV(valuesOf());
    } catch (err) {
      showFailure(form, err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <Textfield id={fieldId(formId, 'title')} label={labels.title} value={v.title} onChange={set('title')} error={form.errorFor('title')} />
      <Textfield id={fieldId(formId, 'instructions')} label={labels.instructions} multiline rows={4} value={v.instructions} onChange={set('instructions')} error={form.errorFor('instructions')} />
      <Textfield id={fieldId(formId, 'dueAt')} type="datetime-local" label={labels.dueAt} value={v.dueAt} onChange={set('dueAt')} error={form.errorFor('dueAt')} />
      <SelectField id={fieldId(formId, 'submissionKind')} label={labels.submissionKind} value={v.submissionKind} onChange={set('submissionKind')} error={form.errorFor('submissionKind')}>
        {SUBMISSION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`development.submissionKind.${k}`)}
          </option>
        ))}
      </SelectField>
      {v.submissionKind === 'plan_part' ? (
        <SelectField id={fieldId(formId, 'planPart')} label={labels.planPart} value={v.planPart} onChange={set('planPart')} error={form.errorFor('planPart')}>
          <option value="">{t('picker.choose')}</option>
          {PLAN_PARTS.map((p) => (
            <option key={p} value={p}>
              {t(`development.cycle.${p}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {submitLabel}
        </Button>
        <ActionStatus message={status} />
      </div>
    </form>
  );
}
