import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading } from '@digdir/designsystemet-react';
import { DevelopmentSettingsInput, type DevelopmentSettings } from '../../../../shared/contracts/development';
import { PLAN_PARTS } from '../../../../shared/domain/development';
import { LOCALES, type Locale } from '../../../../shared/domain/localized';
import { useTranslation } from '../../../app/translation';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldMessage, validate, type FieldMessages } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure, withOwnMessages } from './office-forms';
import { useUpdateDevelopmentSettings } from '../development.queries';
import { emptyGoal, emptyPerspective, settingsPayload, settingsValues, type SettingsFormValues } from './settings-form-values';

const FORM_ID = 'development-settings';

/** A topic's error (perspectives.0.topics.2.nn) belongs to its language's text area (perspectives.0.topics.nn). */
export function topicPath(path: string): string {
  return path.replace(/^(perspectives\.\d+\.topics)\.\d+\.(nb|nn|en)$/, '$1.$2');
}

function onFields(messages: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const m of Object.values(messages)) {
    const path = topicPath(m.path);
    if (!out[path]) out[path] = { ...m, path };
  }
  return out;
}

/**
 * The programme's content as the office writes it: the perspectives (title, question, topics),
 * the wording of the four questions of the cycle, and the competence goals, each in bokmål,
 * nynorsk and English. Saved as one whole.
 */
export function SettingsForm({ programmeId, settings }: { programmeId: string; settings: DevelopmentSettings }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useUpdateDevelopmentSettings(programmeId);
  const [v, setV] = useState<SettingsFormValues>(() => settingsValues(settings));
  const [status, setStatus] = useState<string | null>(null);

  const labels: Record<string, string> = {};
  const label = (path: string, field: string) => {
    for (const l of LOCALES) labels[`${path}.${l}`] = t('development.office.textIn', { field, language: t(`language.${l}`) });
  };
  v.perspectives.forEach((_p, i) => {
    const n = i + 1;
    label(`perspectives.${i}.title`, t('development.office.settings.perspectiveTitle', { n }));
    label(`perspectives.${i}.question`, t('development.office.settings.perspectiveQuestion', { n }));
    label(`perspectives.${i}.topics`, t('development.office.settings.perspectiveTopics', { n }));
  });
  for (const part of PLAN_PARTS) label(`cycleQuestions.${part}`, t(`development.cycle.${part}`));
  v.competenceGoals.forEach((_g, i) => label(`competenceGoals.${i}`, t('development.office.settings.goal', { n: i + 1 })));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const { payload, stray } = settingsPayload(v);
    const parsed = validate(DevelopmentSettingsInput, payload);
    const messages: FieldMessages = parsed.ok ? {} : onFields(parsed.messages);
    for (const path of stray) if (!messages[path]) messages[path] = fieldMessage({ path, code: 'custom', message: 'topicWithoutBokmal' });
    if (!parsed.ok || Object.keys(messages).length > 0) return form.setMessages(withOwnMessages(messages));
    form.clear();
    try {
      await save.mutateAsync(parsed.data);
      setStatus(t('development.office.settings.saved'));
    } catch (err) {
      showFailure(form, err, topicPath);
    }
  };

  const setText = (update: (x: SettingsFormValues, lang: Locale, value: string) => SettingsFormValues) => (lang: Locale, value: string) => setV((x) => update(x, lang, value));
  const setPerspective = (i: number, field: 'title' | 'question' | 'topics') =>
    setText((x, lang, value) => ({ ...x, perspectives: x.perspectives.map((p, j) => (j === i ? { ...p, [field]: { ...p[field], [lang]: value } } : p)) }));

  return (
    <form onSubmit={onSubmit} noValidate className="stack form development-settings">
      <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />

      <Heading level={3} data-size="sm">
        {t('development.office.settings.perspectives')}
      </Heading>
      <p className="muted">{t('development.office.settings.perspectivesHelp')}</p>
      {v.perspectives.map((p, i) => (
        <Fieldset key={p.key} className="subform stack-sm">
          <Fieldset.Legend>{t('development.office.settings.perspective', { n: i + 1 })}</Fieldset.Legend>
          <LocalizedTextFields formId={FORM_ID} field={`perspectives.${i}.title`} legend={t('development.office.settings.title')} labels={labels} values={p.title} errorFor={form.errorFor} onChange={setPerspective(i, 'title')} />
          <LocalizedTextFields formId={FORM_ID} field={`perspectives.${i}.question`} legend={t('development.office.settings.question')} labels={labels} values={p.question} errorFor={form.errorFor} onChange={setPerspective(i, 'question')} />
          <LocalizedTextFields
            formId={FORM_ID}
            field={`perspectives.${i}.topics`}
            legend={t('development.office.settings.topics')}
            description={t('development.office.settings.topicsHelp')}
            rows={5}
            labels={labels}
            values={p.topics}
            errorFor={form.errorFor}
            onChange={setPerspective(i, 'topics')}
          />
          <div>
            <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => setV((x) => ({ ...x, perspectives: x.perspectives.filter((_q, j) => j !== i) }))}>
              {t('development.office.settings.removePerspective', { n: i + 1 })}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => setV((x) => ({ ...x, perspectives: [...x.perspectives, emptyPerspective()] }))}>
          {t('development.office.settings.addPerspective')}
        </Button>
      </div>

      <Heading level={3} data-size="sm">
        {t('development.office.settings.cycle')}
      </Heading>
      <p className="muted">{t('development.office.settings.cycleHelp')}</p>
      {PLAN_PARTS.map((part) => (
        <LocalizedTextFields
          key={part}
          formId={FORM_ID}
          field={`cycleQuestions.${part}`}
          legend={t(`development.cycle.${part}`)}
          labels={labels}
          values={v.cycleQuestions[part]}
          errorFor={form.errorFor}
          onChange={setText((x, lang, value) => ({ ...x, cycleQuestions: { ...x.cycleQuestions, [part]: { ...x.cycleQuestions[part], [lang]: value } } }))}
        />
      ))}

      <Heading level={3} data-size="sm">
        {t('development.office.settings.goals')}
      </Heading>
      <p className="muted">{t('development.office.settings.goalsHelp')}</p>
      {v.competenceGoals.map((g, i) => (
        <div key={g.key} className="stack-sm">
          <LocalizedTextFields
            formId={FORM_ID}
            field={`competenceGoals.${i}`}
            legend={t('development.office.settings.goal', { n: i + 1 })}
            rows={3}
            labels={labels}
            values={g.text}
            errorFor={form.errorFor}
            onChange={setText((x, lang, value) => ({ ...x, competenceGoals: x.competenceGoals.map((c, j) => (j === i ? { ...c, text: { ...c.text, [lang]: value } } : c)) }))}
          />
          <div>
            <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => setV((x) => ({ ...x, competenceGoals: x.competenceGoals.filter((_c, j) => j !== i) }))}>
              {t('development.office.settings.removeGoal', { n: i + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => setV((x) => ({ ...x, competenceGoals: [...x.competenceGoals, emptyGoal()] }))}>
          {t('development.office.settings.addGoal')}
        </Button>
      </div>

      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('development.office.settings.save')}
        </Button>
        <ActionStatus message={status} />
      </div>
    </form>
  );
}
