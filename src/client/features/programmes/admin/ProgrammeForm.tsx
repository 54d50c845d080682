import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { PROGRAMME_KINDS, ProgrammeCreate, type ProgrammeSummary } from '../../../../shared/contracts/programmes';
import { pickText } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import {
  programmePayload,
  slugify,
  TEXT_FIELDS,
  TEXT_LOCALES,
  type ProgrammeFormValues,
  type TextField,
} from './programme-form-values';

interface Props {
  formId: string;
  initial: ProgrammeFormValues;
  mode: 'create' | 'edit';
  /** Programmes that may be chosen as parent, in tree order with their depth. */
  parents: { programme: ProgrammeSummary; depth: number }[];
  /** Only platform administrators may leave the parent empty (a top-level programme). */
  allowTopLevel: boolean;
  saving: boolean;
  onSave(data: ProgrammeCreate): Promise<unknown>;
}

const MULTILINE: Record<TextField, number | null> = { name: null, summary: 3, purpose: 8, goalText: 8 };

export function ProgrammeForm({ formId, initial, mode, parents, allowTopLevel, saving, onSave }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(mode === 'edit');

  // In the order of the form, which is also the order of the error summary.
  const labels: Record<string, string> = {
    parentId: t('programmeForm.parent'),
    kind: t('programmeForm.kind'),
  };
  for (const f of TEXT_FIELDS) {
    for (const l of TEXT_LOCALES) labels[`${f}.${l}`] = t('programmeForm.textIn', { field: t(`programmeForm.${f}`), language: t(`language.${l}`) });
  }
  labels.slug = t('programmeForm.slug');
  labels.isPublished = t('programmeForm.published');

  const setText = (field: TextField, lang: (typeof TEXT_LOCALES)[number], value: string) =>
    setValues((v) => {
      const texts = { ...v.texts, [field]: { ...v.texts[field], [lang]: value } };
      const slug = mode === 'create' && !slugTouched && field === 'name' && lang === 'nb' ? slugify(value) : v.slug;
      return { ...v, texts, slug };
    });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(ProgrammeCreate, programmePayload(values));
    if (!parsed.ok) return form.setMessages(parsed.messages);
    if (!allowTopLevel && !parsed.data.parentId) {
      return form.setMessages({ parentId: { path: 'parentId', keys: ['validation.required'] } });
    }
    form.clear();
    try {
      await onSave(parsed.data);
    } catch (err) {
      form.setFailure(err);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <SelectField
        id={fieldId(formId, 'parentId')}
        label={labels.parentId}
        description={t('programmeForm.parentHelp')}
        value={values.parentId}
        onChange={(e) => setValues((v) => ({ ...v, parentId: e.target.value }))}
        error={form.errorFor('parentId')}
      >
        {allowTopLevel ? <option value="">{t('programmeForm.topLevel')}</option> : <option value="">{t('picker.choose')}</option>}
        {parents.map(({ programme, depth }) => (
          <option key={programme.id} value={programme.id}>
            {'\u2014 '.repeat(depth)}
            {pickText(programme.name, locale).text}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={fieldId(formId, 'kind')}
        label={labels.kind}
        value={values.kind}
        onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value as ProgrammeFormValues['kind'] }))}
        error={form.errorFor('kind')}
      >
        <option value="">{t('picker.choose')}</option>
        {PROGRAMME_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`programmeKind.${k}`)}
          </option>
        ))}
      </SelectField>

      {TEXT_FIELDS.map((field) => (
        <LocalizedTextFields
          key={field}
          formId={formId}
          field={field}
          legend={t(`programmeForm.${field}`)}
          description={field === 'name' ? t('programmeForm.nameHelp') : field === 'purpose' || field === 'goalText' ? t('programmeForm.paragraphHelp') : undefined}
          rows={MULTILINE[field]}
          labels={labels}
          values={values.texts[field]}
          errorFor={form.errorFor}
          onChange={(lang, value) => setText(field, lang, value)}
        />
      ))}

      <Textfield
        id={fieldId(formId, 'slug')}
        label={labels.slug}
        description={t('programmeForm.slugHelp', { slug: values.slug || 'eksempel' })}
        value={values.slug}
        onChange={(e) => {
          setSlugTouched(true);
          setValues((v) => ({ ...v, slug: e.target.value }));
        }}
        error={form.errorFor('slug')}
        autoComplete="off"
        spellCheck={false}
      />
      <Checkbox
        id={fieldId(formId, 'isPublished')}
        label={labels.isPublished}
        description={t('programmeForm.publishedHelp')}
        checked={values.isPublished}
        onChange={(e) => setValues((v) => ({ ...v, isPublished: e.target.checked }))}
        error={form.errorFor('isPublished')}
      />
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('common.saving') : mode === 'create' ? t('programmeForm.create') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
