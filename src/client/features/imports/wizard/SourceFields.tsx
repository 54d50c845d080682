import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { fieldId } from '../../../components/forms/form-errors';
import type { MappingDraft } from '../mapping-draft';

interface Props {
  formId: string;
  draft: MappingDraft;
  onChange(draft: MappingDraft): void;
  errorFor(path: string): string | undefined;
}

/** Field paths and their label keys, in the order of the form (and of the error summary). */
export const SOURCE_FIELDS = [
  ['source.publisher', 'imports.source.publisher'],
  ['source.tableId', 'imports.source.tableId'],
  ['sourceUrl', 'imports.file.sourceUrl'],
  ['source.retrieved', 'imports.source.retrieved'],
  ['source.licence', 'imports.source.licence'],
] as const;

/**
 * Where the figures come from: kept with every figure the import writes and shown as their source
 * on pages and in exports. Filled from what the file says; the analyst checks and completes it.
 */
export function SourceFields({ formId, draft, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const setSource = (key: keyof MappingDraft['source'], value: string) =>
    onChange({ ...draft, source: { ...draft.source, [key]: value } });
  return (
    <Fieldset className="subform">
      <Fieldset.Legend>{t('imports.source.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('imports.source.help')}</Fieldset.Description>
      <Textfield
        id={fieldId(formId, 'source.publisher')}
        label={t('imports.source.publisher')}
        description={t('imports.source.publisherHelp')}
        value={draft.source.publisher}
        maxLength={200}
        onChange={(e) => setSource('publisher', e.target.value)}
        error={errorFor('source.publisher')}
      />
      <Textfield
        id={fieldId(formId, 'source.tableId')}
        label={t('imports.source.tableId')}
        value={draft.source.tableId}
        maxLength={100}
        onChange={(e) => setSource('tableId', e.target.value)}
        error={errorFor('source.tableId')}
      />
      <Textfield
        id={fieldId(formId, 'sourceUrl')}
        label={t('imports.file.sourceUrl')}
        description={t('imports.mapping.sourceUrlHelp')}
        type="url"
        value={draft.sourceUrl}
        onChange={(e) => onChange({ ...draft, sourceUrl: e.target.value })}
        error={errorFor('sourceUrl')}
      />
      <Textfield
        id={fieldId(formId, 'source.retrieved')}
        label={t('imports.source.retrieved')}
        description={t('imports.source.retrievedHelp')}
        type="date"
        value={draft.source.retrieved}
        onChange={(e) => setSource('retrieved', e.target.value)}
        error={errorFor('source.retrieved')}
      />
      <Textfield
        id={fieldId(formId, 'source.licence')}
        label={t('imports.source.licence')}
        description={t('imports.source.licenceHelp')}
        value={draft.source.licence}
        maxLength={200}
        onChange={(e) => setSource('licence', e.target.value)}
        error={errorFor('source.licence')}
      />
    </Fieldset>
  );
}
