import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { PROGRAMME_KINDS, ProgrammeCreate, ProgrammeUpdate, type ProgrammeSummary } from '../../../../shared/contracts/programmes';
import { pickText } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import {
  partsPayload,
  programmePayload,
  PROGRAMME_PARTS,
  slugify,
  TEXT_FIELDS,
  TEXT_LOCALES,
  type ProgrammeFormValues,
  type ProgrammePart,
  type TextField,
} from './programme-form-values';

type Mode = 'create' | 'edit';

interface Props<M extends Mode> {
  formId: string;
  initial: ProgrammeFormValues;
  mode: M;
  /** The parts of the programme this form holds (the edit page saves each part on its own); all when left out. */
  parts?: readonly ProgrammePart[];
  /** Programmes that may be chosen as parent, in tree order with their depth. */
  parents?: { programme: ProgrammeSummary; depth: number }[];
  /** Only platform administrators may leave the parent empty (a top-level programme). */
  allowTopLevel?: boolean;
  saving: boolean;
  /** The button's text; "Save" or "Create the programme" when left out. */
  submitLabel?: string;
  /** Said beside the button when the form opens (a save that moved the page to a new address). */
  initialStatus?: string | null;
  onSave(data: M extends 'create' ? ProgrammeCreate : ProgrammeUpdate): Promise<unknown>;
}

const MULTILINE: Record<TextField, number | null> = { name: null, summary: 3, purpose: 8, goalText: 8 };

/**
 * A programme's fields, or some parts of them. After a save the form says so beside its button,
 * where the user is, and focus stays on the button (it is never disabled, which would drop focus).
 */
export function ProgrammeForm<M extends Mode>({ formId, initial, mode, parts = PROGRAMME_PARTS, parents = [], allowTopLevel = false, saving, submitLabel, initialStatus = null, onSave }: Props<M>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(mode === 'edit');
  const [status, setStatus] = useState<string | null>(initialStatus);
  const has = (part: ProgrammePart) => parts.includes(part);
  const texts = TEXT_FIELDS.filter((f) => (f === 'name' ? has('basics') : has(f)));

  // In the order of the form, which is also the order of the error summary.
  const labels: Record<string, string> = {};
  if (has('basics')) {
    labels.parentId = t('programmeForm.parent');
    labels.kind = t('programmeForm.kind');
  }
  for (const f of texts) {
    for (const l of TEXT_LOCALES) labels[`${f}.${l}`] = t('programmeForm.textIn', { field: t(`programmeForm.${f}`), language: t(`language.${l}`) });
  }
  if (has('basics')) labels.slug = t('programmeForm.slug');
  if (has('publication')) labels.isPublished = t('programmeForm.published');

  const setText = (field: TextField, lang: (typeof TEXT_LOCALES)[number], value: string) =>
    setValues((v) => {
      const next = { ...v.texts, [field]: { ...v.texts[field], [lang]: value } };
      const slug = mode === 'create' && !slugTouched && field === 'name' && lang === 'nb' ? slugify(value) : v.slug;
      return { ...v, texts: next, slug };
    });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setStatus(null);
    const parsed = mode === 'create' ? validate(ProgrammeCreate, programmePayload(values)) : validate(ProgrammeUpdate, partsPayload(values, parts));
    if (!parsed.ok) return form.setMessages(parsed.messages);
    if (has('basics') && !allowTopLevel && !parsed.data.parentId) {
      return form.setMessages({ parentId: { path: 'parentId', keys: ['validation.required'] } });
    }
    form.clear();
    try {
      await onSave(parsed.data as Parameters<typeof onSave>[0]);
      if (mode === 'edit') setStatus(t('common.saved'));
    } catch (err) {
      form.setFailure(err);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      {has('basics') ? (
        <>
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
        </>
      ) : null}

      {texts.map((field) => (
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

      {has('basics') ? (
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
      ) : null}
      {has('publication') ? (
        <Checkbox
          id={fieldId(formId, 'isPublished')}
          label={labels.isPublished}
          description={t('programmeForm.publishedHelp')}
          checked={values.isPublished}
          onChange={(e) => setValues((v) => ({ ...v, isPublished: e.target.checked }))}
          error={form.errorFor('isPublished')}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" aria-disabled={saving || undefined}>
          {saving ? t('common.saving') : (submitLabel ?? (mode === 'create' ? t('programmeForm.create') : t('common.save')))}
        </Button>
        {mode === 'edit' ? <ActionStatus id={`${formId}-status`} message={status} /> : null}
      </div>
    </form>
  );
}
