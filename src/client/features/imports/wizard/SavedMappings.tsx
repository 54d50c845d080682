import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import {
  SavedMappingCreate,
  type ImportMappingInput,
  type SavedMapping,
  type SavedMappingSummary,
} from '../../../../shared/contracts/imports';
import { isApiError } from '../../../app/api';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fetchSavedMapping, savedMappingNamed, savedMappingSource, useAnySavedMapping, useSaveMapping } from '../imports.queries';
import { downloadText } from '../download';
import { mappingFileName, mappingFileText } from '../mapping-draft';

const FORM_ID = 'saved-mapping';

/** Choosing a saved mapping to apply to this file (shown only when there are saved mappings). */
export function ApplySavedMapping({ onApply }: { onApply(mapping: SavedMapping): void }) {
  const { t } = useTranslation();
  const firstSaved = useAnySavedMapping();
  const [chosen, setChosen] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  if (firstSaved.isError) return <ProblemAlert error={firstSaved.error} />;
  if (!firstSaved.data) return null;
  const apply = async () => {
    if (!chosen) return;
    setLoading(true);
    setFailure(null);
    try {
      onApply(await fetchSavedMapping(chosen));
    } catch (error) {
      setFailure(error);
    } finally {
      setLoading(false);
    }
  };
  return (
    <section aria-labelledby="apply-mapping" className="stack-sm subform">
      <Heading level={3} data-size="sm" id="apply-mapping">
        {t('imports.mappings.applyTitle')}
      </Heading>
      <Paragraph>{t('imports.mappings.applyIntro')}</Paragraph>
      {failure ? <ProblemAlert error={failure} /> : null}
      <div className="form-actions align-end">
        <EntityPicker
          id="saved-mapping-choice"
          label={t('imports.mappings.choose')}
          searchLabel={t('imports.mappings.search')}
          source={savedMappingSource}
          value={chosen}
          onChange={setChosen}
        />
        <Button variant="secondary" disabled={!chosen || loading} onClick={() => void apply()}>
          {t('imports.mappings.apply')}
        </Button>
      </div>
    </section>
  );
}

interface SaveProps {
  fileName: string;
  /** The current mapping, or null while it is not complete (its problems are then shown). */
  currentMapping(): ImportMappingInput | null;
  announce(text: string): void;
}

/** Saving the current mapping under a name, and downloading it for `samordna import`. */
export function SaveMapping({ fileName, currentMapping, announce }: SaveProps) {
  const { t } = useTranslation();
  const save = useSaveMapping();
  const form = useFormErrors();
  const [name, setName] = useState('');
  // The saved mapping whose name was taken: the user may replace it (a revised edition of a table).
  const [taken, setTaken] = useState<SavedMappingSummary | null>(null);
  const labels = { name: t('imports.mappings.name') };

  const store = (replace?: SavedMappingSummary) => {
    const mapping = currentMapping();
    if (!mapping) return;
    const parsed = validate(SavedMappingCreate, { name: replace?.name ?? name, mapping });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    setTaken(null);
    save.mutate(
      { id: replace?.id, body: parsed.data },
      {
        onSuccess: (m) => {
          setName('');
          announce(
            t(replace ? 'imports.mappings.replaced' : 'imports.mappings.saved', { name: m.name }),
          );
        },
        onError: async (err) => {
          if (isApiError(err) && err.code === 'CONFLICT') {
            form.setMessages({ name: { path: 'name', keys: ['imports.mappings.conflict'] } });
            setTaken((await savedMappingNamed(parsed.data.name).catch(() => undefined)) ?? null);
            return;
          }
          form.setFailure(err);
        },
      },
    );
  };
  const onSave = (e: FormEvent) => {
    e.preventDefault();
    store();
  };

  const onDownload = () => {
    const mapping = currentMapping();
    if (!mapping) return;
    downloadText(mappingFileName(fileName), mappingFileText(mapping));
    announce(t('imports.mappings.downloaded', { name: mappingFileName(fileName) }));
  };

  return (
    <section aria-labelledby="save-mapping" className="stack-sm subform">
      <Heading level={3} data-size="sm" id="save-mapping">
        {t('imports.mappings.title')}
      </Heading>
      <Paragraph>{t('imports.mappings.intro')}</Paragraph>
      <form onSubmit={onSave} noValidate className="stack-sm">
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
        <div className="form-actions align-end">
          <Textfield
            id={fieldId(FORM_ID, 'name')}
            label={labels.name}
            description={t('imports.mappings.nameHelp')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={form.errorFor('name')}
            autoComplete="off"
          />
          <Button type="submit" variant="secondary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('imports.mappings.save')}
          </Button>
        </div>
        {taken ? (
          <div>
            <Button
              variant="tertiary"
              data-color="danger"
              disabled={save.isPending}
              onClick={() => store(taken)}
            >
              {t('imports.mappings.replace', { name: taken.name })}
            </Button>
          </div>
        ) : null}
      </form>
      <div>
        <Button variant="secondary" onClick={onDownload}>
          {t('imports.mappings.download')}
        </Button>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('imports.mappings.cliHelp')}{' '}
        <code>samordna import FIL --mapping {mappingFileName(fileName)}</code>
      </Paragraph>
    </section>
  );
}
