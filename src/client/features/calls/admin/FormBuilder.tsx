import { useState } from 'react';
import { Button, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { CallUpdate } from '../../../../shared/contracts/calls';
import { FIELD_KINDS, type FieldKind } from '../../../../shared/domain/application-form-limits';
import { LOCALES } from '../../../../shared/domain/localized';
import { useTranslation } from '../../../app/translation';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { formPayload, move, newField, newSection, sectionDrafts, type FieldDraft, type SectionDraft } from './call-form-values';
import { CallPart, RowActions, withCallMessages } from './call-parts';
import { useUpdateCall } from './calls-admin.queries';
import type { PartProps } from './CallListsEditors';
import { FieldEditor, fieldLabels } from './FieldEditor';

/** The API path of the form's sections (written so, it is not read as a message key). */
const SECTIONS = ['form', 'sections'].join('.');

/**
 * The application form: sections of fields, each added, removed and moved by buttons. The form
 * is written whole; it is fixed once the call is open.
 */
export function FormBuilder({ call, revision, onSaved, onReload }: PartProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useUpdateCall(call.id);
  const [sections, setSections] = useState<SectionDraft[]>(() => sectionDrafts(call.form));
  const [adding, setAdding] = useState<Record<string, FieldKind>>({});
  const fixed = call.status !== 'draft';
  const id = 'call-form';

  const labels: Record<string, string> = {};
  sections.forEach((s, i) => {
    const at = `${SECTIONS}.${i}`;
    const name = t('callsAdmin.form.sectionN', { n: i + 1 });
    labels[`${at}.key`] = `${name}: ${t('callsAdmin.form.sectionKey')}`;
    for (const l of LOCALES) labels[`${at}.title.${l}`] = `${name}: ${t('callsAdmin.form.titleIn', { language: t(`language.${l}`) })}`;
    for (const l of LOCALES) labels[`${at}.intro.${l}`] = `${name}: ${t('callsAdmin.form.introIn', { language: t(`language.${l}`) })}`;
    labels[`${at}.fields`] = `${name}: ${t('callsAdmin.form.fields')}`;
    s.fields.forEach((f, j) => Object.assign(labels, fieldLabels(t, `${at}.fields.${j}`, t('callsAdmin.form.fieldN', { n: `${i + 1}.${j + 1}` }), f)));
  });
  labels[SECTIONS] = t('callsAdmin.form.heading');

  const allKeys = () => sections.flatMap((s) => s.fields.map((f) => f.key));
  const changeSection = (i: number, patch: Partial<SectionDraft>) => setSections((ss) => ss.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const changeField = (i: number, j: number, patch: Partial<FieldDraft>) =>
    setSections((ss) => ss.map((s, k) => (k === i ? { ...s, fields: s.fields.map((f, m) => (m === j ? { ...f, ...patch } : f)) } : s)));

  return (
    <CallPart
      id={id}
      title={t('callsAdmin.form.heading')}
      intro={fixed ? t('callsAdmin.fixedWhenOpen') : t('callsAdmin.form.intro')}
      form={form}
      labels={labels}
      saving={save.isPending}
      disabled={fixed}
      onReload={onReload}
      actions={
        <Button type="button" variant="secondary" onClick={() => setSections((ss) => [...ss, newSection(ss)])}>
          {t('callsAdmin.form.addSection')}
        </Button>
      }
      onSubmit={async () => {
        const parsed = validate(CallUpdate, { form: formPayload(sections), revision });
        if (!parsed.ok) return form.setMessages(withCallMessages(parsed.messages));
        onSaved(await save.mutateAsync(parsed.data));
      }}
    >
      {sections.length === 0 ? <p>{t('callsAdmin.form.none')}</p> : null}
      {sections.map((s, i) => {
        const at = `${SECTIONS}.${i}`;
        const name = t('callsAdmin.form.sectionN', { n: i + 1 });
        const kind = adding[s.uid] ?? 'short_text';
        return (
          <Fieldset key={s.uid} className="call-section" disabled={fixed}>
            <Fieldset.Legend>
              <Heading level={3} data-size="xs">
                {s.title.nb.trim() ? `${name}: ${s.title.nb}` : name}
              </Heading>
            </Fieldset.Legend>
            <Textfield id={fieldId(id, `${at}.key`)} label={t('callsAdmin.form.sectionKey')} description={t('callsAdmin.keyHelp')} value={s.key} onChange={(e) => changeSection(i, { key: e.target.value })} error={form.errorFor(`${at}.key`)} />
            <LocalizedTextFields formId={id} field={`${at}.title`} legend={t('callsAdmin.form.sectionTitle')} labels={labels} values={s.title} errorFor={form.errorFor} onChange={(l, x) => changeSection(i, { title: { ...s.title, [l]: x } })} />
            <LocalizedTextFields formId={id} field={`${at}.intro`} legend={t('callsAdmin.form.sectionIntro')} rows={2} labels={labels} values={s.intro} errorFor={form.errorFor} onChange={(l, x) => changeSection(i, { intro: { ...s.intro, [l]: x } })} />
            <div className="stack-sm call-fields">
              {s.fields.map((f, j) => (
                <FieldEditor
                  key={f.uid}
                  formId={id}
                  at={`${at}.fields.${j}`}
                  name={t('callsAdmin.form.fieldN', { n: `${i + 1}.${j + 1}` })}
                  field={f}
                  labels={labels}
                  errorFor={form.errorFor}
                  fixed={fixed}
                  onChange={(patch) => changeField(i, j, patch)}
                  onMove={(d) => changeSection(i, { fields: move(s.fields, j, d) })}
                  onRemove={() => changeSection(i, { fields: s.fields.filter((_, m) => m !== j) })}
                />
              ))}
            </div>
            {fixed ? null : (
              <div className="call-add-field">
                <SelectField
                  id={fieldId(id, `${at}.fields`)}
                  label={t('callsAdmin.form.newFieldKind', { section: name })}
                  value={kind}
                  onChange={(e) => setAdding((a) => ({ ...a, [s.uid]: e.target.value as FieldKind }))}
                  error={form.errorFor(`${at}.fields`)}
                >
                  <ChoiceOptions values={FIELD_KINDS} label={(k) => t(`applicationForm.kinds.${k}`)} />
                </SelectField>
                <div>
                  <Button type="button" variant="secondary" onClick={() => changeSection(i, { fields: [...s.fields, newField(kind, allKeys())] })}>
                    {t('callsAdmin.form.addField', { section: name })}
                  </Button>
                </div>
              </div>
            )}
            <RowActions name={name} disabled={fixed} onMove={(d) => setSections((ss) => move(ss, i, d))} onRemove={() => setSections((ss) => ss.filter((_, j) => j !== i))} />
          </Fieldset>
        );
      })}
    </CallPart>
  );
}
