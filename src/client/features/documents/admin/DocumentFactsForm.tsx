import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import type { Document, DocumentCreate } from '../../../../shared/contracts/documents';
import { DOCUMENT_LINK_KINDS, DOCUMENT_TYPES, type DocumentLinkKind, type DocumentType } from '../../../../shared/domain/documents';
import { useTranslation } from '../../../app/translation';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure } from '../../governance/admin/form-support';

export interface DocumentFacts {
  type: DocumentType;
  title: string;
  description: string;
  date: string;
  language: string;
  linkKind: DocumentLinkKind | '';
  linkId: string;
}

export const factsOf = (d: Document | null): DocumentFacts => ({
  type: d?.type ?? 'report',
  title: d?.title ?? '',
  description: d?.description ?? '',
  date: d?.date ?? '',
  language: d?.language ?? 'nb',
  linkKind: d?.link?.kind ?? '',
  linkId: d?.link?.id ?? '',
});

/** The facts as the API takes them. */
export const factsPayload = (v: DocumentFacts): DocumentCreate => ({
  type: v.type,
  title: v.title,
  description: v.description,
  date: v.date,
  language: v.language,
  link: v.linkKind ? { kind: v.linkKind, id: v.linkId.trim() } : null,
});

/**
 * What a document is: type, title, description, date, language, and what it belongs to; with
 * `withFile` also the file of its first version. Errors appear beside their fields.
 */
export function DocumentFactsForm({ formId, initial, withFile, submitLabel, saving, onSave }: {
  formId: string;
  initial: DocumentFacts;
  withFile: boolean;
  submitLabel: string;
  saving: boolean;
  onSave(facts: DocumentFacts, file: File | null): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(initial);
  const [file, setFile] = useState<File | null>(null);
  const set = <K extends keyof DocumentFacts>(key: K, value: DocumentFacts[K]) => setV((old) => ({ ...old, [key]: value }));
  const label = (k: string) => t(`documents.admin.fields.${k}`);
  const labels: Record<string, string> = Object.fromEntries(['type', 'title', 'description', 'date', 'language', 'linkKind', 'file'].map((k) => [k, label(k)]));
  labels['link.id'] = label('linkId');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await onSave(v, file);
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack form subform">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <SelectField id={fieldId(formId, 'type')} label={labels.type!} value={v.type} onChange={(e) => set('type', e.target.value as DocumentType)} error={form.errorFor('type')}>
        {DOCUMENT_TYPES.map((x) => (
          <option key={x} value={x}>
            {t(`documents.types.${x}`)}
          </option>
        ))}
      </SelectField>
      <Textfield id={fieldId(formId, 'title')} label={labels.title} value={v.title} onChange={(e) => set('title', e.target.value)} error={form.errorFor('title')} />
      <Textfield id={fieldId(formId, 'description')} label={labels.description} multiline rows={3} value={v.description} onChange={(e) => set('description', e.target.value)} error={form.errorFor('description')} />
      <div className="document-filters">
        <Textfield id={fieldId(formId, 'date')} type="date" label={labels.date} value={v.date} onChange={(e) => set('date', e.target.value)} error={form.errorFor('date')} />
        <Textfield id={fieldId(formId, 'language')} label={labels.language} description={label('languageHelp')} value={v.language} onChange={(e) => set('language', e.target.value)} error={form.errorFor('language')} />
      </div>
      <div className="document-filters">
        <SelectField id={fieldId(formId, 'linkKind')} label={labels.linkKind!} value={v.linkKind} onChange={(e) => set('linkKind', e.target.value as DocumentLinkKind | '')} error={form.errorFor('link.kind')}>
          <option value="">{t('documents.admin.noLink')}</option>
          {DOCUMENT_LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`documents.linkKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        {v.linkKind ? <Textfield id={fieldId(formId, 'link.id')} label={labels['link.id']} value={v.linkId} onChange={(e) => set('linkId', e.target.value)} error={form.errorFor('link.id')} /> : null}
      </div>
      {withFile ? (
        <Textfield
          id={fieldId(formId, 'file')}
          type="file"
          label={labels.file}
          description={label('fileHelp')}
          accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg,.webp"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          error={form.errorFor('file')}
        />
      ) : null}
      <div>
        <Button type="submit" disabled={saving}>
          {saving ? t('common.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
