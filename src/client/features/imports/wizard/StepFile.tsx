import { useRef, useState, type FormEvent } from 'react';
import type { ParseReason } from '../../../../shared/errors';
import { ParseReasonText } from '../ParseReasonText';
import {
  Alert,
  Button,
  Field,
  Input,
  Label,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { z } from 'zod';
import type { Upload } from '../../../../shared/contracts/imports';
import { isApiError, type UploadProgress } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { formatBytes, percentDone } from '../import-format';
import { uploadFile } from '../imports.queries';
import { StepHeading } from './StepHeading';

const FORM_ID = 'import-file';
const SourceUrl = z.url({ message: 'url' }).max(2000);

interface ParseFailure {
  detail: string;
  position: string | null;
  reason: ParseReason | null;
}

/** Step 1: choose a statistics file (and where it came from) and upload it, with progress. */
export function StepFile({ onUploaded }: { onUploaded(upload: Upload): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [sourceUrl, setSourceUrl] = useState('');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [parseFailure, setParseFailure] = useState<ParseFailure | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const uploading = progress !== null;
  const labels = { file: t('imports.file.file'), sourceUrl: t('imports.file.sourceUrl') };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (controller.current) return;
    setParseFailure(null);
    setCancelled(false);
    const messages: Parameters<typeof form.setMessages>[0] = {};
    if (!file) messages.file = { path: 'file', keys: ['imports.file.chooseFile'] };
    const url = sourceUrl.trim();
    if (url && !SourceUrl.safeParse(url).success)
      messages.sourceUrl = { path: 'sourceUrl', keys: ['validation.url'] };
    if (Object.keys(messages).length > 0 || !file) return form.setMessages(messages);
    form.clear();
    controller.current = new AbortController();
    setProgress({ loaded: 0, total: file.size });
    try {
      const upload = await uploadFile(file, url || null, {
        onProgress: setProgress,
        signal: controller.current.signal,
      });
      onUploaded(upload);
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') setCancelled(true);
      else if (isApiError(err) && err.code === 'PARSE_FAILED') {
        setParseFailure({
          detail: err.problem.detail ?? '',
          position: err.problem.position ?? null,
          reason: err.problem.reason ?? null,
        });
      } else form.setFailure(err);
    } finally {
      setProgress(null);
      controller.current = null;
    }
  };

  const pct = progress ? percentDone(progress.loaded, progress.total || file?.size || 0) : 0;
  // Every byte is sent: the server is now reading the file, which takes a while for a big one.
  const sent = progress !== null && progress.total > 0 && progress.loaded >= progress.total;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="stack form"
      aria-labelledby="wizard-step-heading"
    >
      <StepHeading step={1}>{t('imports.steps.file')}</StepHeading>
      <Paragraph>{t('imports.file.intro')}</Paragraph>
      <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
      {parseFailure ? (
        <Alert data-color="danger" role="alert" className="parse-failure">
          <Paragraph>
            <strong>{t('imports.file.parseFailed', { file: file?.name ?? '' })}</strong>
          </Paragraph>
          <ParseReasonText reason={parseFailure.reason} detail={parseFailure.detail} position={parseFailure.position} />
          <Paragraph>{t('imports.file.parseFailedHelp')}</Paragraph>
        </Alert>
      ) : null}
      <Field>
        <Label htmlFor={fieldId(FORM_ID, 'file')}>{labels.file}</Label>
        <Field.Description>{t('imports.file.fileHelp')}</Field.Description>
        <Input
          id={fieldId(FORM_ID, 'file')}
          type="file"
          accept=".json,.px,.csv,.txt,application/json,text/csv"
          aria-invalid={form.errorFor('file') ? true : undefined}
          disabled={uploading}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setParseFailure(null);
          }}
        />
        {form.errorFor('file') ? (
          <ValidationMessage>{form.errorFor('file')}</ValidationMessage>
        ) : null}
      </Field>
      {file ? (
        <Paragraph className="muted">
          {t('imports.file.chosen', { name: file.name, size: formatBytes(file.size, locale) })}
        </Paragraph>
      ) : null}
      <Textfield
        id={fieldId(FORM_ID, 'sourceUrl')}
        label={labels.sourceUrl}
        description={t('imports.file.sourceUrlHelp')}
        type="url"
        value={sourceUrl}
        onChange={(e) => setSourceUrl(e.target.value)}
        error={form.errorFor('sourceUrl')}
        disabled={uploading}
      />
      {progress ? (
        <div className="stack-sm">
          <label htmlFor="upload-progress">
            {t('imports.file.uploading', { name: file?.name ?? '' })}
          </label>
          <progress
            id="upload-progress"
            max={100}
            value={pct}
            aria-describedby="upload-progress-text"
          />
          <p id="upload-progress-text" className="muted">
            {sent
              ? t('imports.file.reading')
              : t('imports.file.progress', {
                  loaded: formatBytes(progress.loaded, locale),
                  total: formatBytes(progress.total || file?.size || 0, locale),
                  pct,
                })}
          </p>
          {/* Read out in quarters, not on every progress event. */}
          <p className="visually-hidden" aria-live="polite">
            {sent
              ? t('imports.file.reading')
              : t('imports.file.progressAnnounce', { pct: Math.floor(pct / 25) * 25 })}
          </p>
        </div>
      ) : null}
      <div role="status" className="status-message">
        {cancelled ? (
          <Alert data-color="info">
            <Paragraph>{t('imports.file.cancelled')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <div className="form-actions">
        {/* Not disabled while uploading: a disabled button would drop the keyboard focus. */}
        <Button ref={submitRef} type="submit" aria-disabled={uploading || undefined}>
          {uploading ? t('imports.file.uploadingShort') : t('imports.file.upload')}
        </Button>
        {uploading ? (
          <Button
            variant="secondary"
            onClick={() => {
              controller.current?.abort();
              submitRef.current?.focus();
            }}
          >
            {t('imports.file.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
