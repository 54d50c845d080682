import { useState, type FormEvent } from 'react';
import {
  Button,
  Field,
  Input,
  Label,
  Link,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { GroupHomework } from '../../../../shared/contracts/development';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { fileSize } from '../../../components/file-size';
import { submissionFileUrl, useSaveSubmission, useUploadSubmission } from '../development.queries';
import { formatInstant } from './group-format';
import { showFailure } from './group-errors';

/** The file types the server takes for a hand-in (it reads the type from the content). */
const ACCEPT = '.pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/**
 * The group's hand-in of one task: a text kept as a draft until it is handed in, and for a
 * document task the file. Handing in after the due date is allowed and marked late.
 */
export function HandInForm({ groupId, task }: { groupId: string; task: GroupHomework }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formId = `homework-form-${task.id}`;
  const form = useFormErrors();
  const save = useSaveSubmission(groupId);
  const upload = useUploadSubmission(groupId);
  const [text, setText] = useState(task.submission?.text ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const isDocument = task.submissionKind === 'document';
  const labels: Record<string, string> = {
    ...(isDocument ? { file: t('developmentGroups.homework.file') } : {}),
    text: t(
      isDocument || task.submissionKind === 'plan_part'
        ? 'developmentGroups.homework.comment'
        : 'developmentGroups.homework.answer',
    ),
  };
  // Read once: whether the due date has passed when the form was opened.
  const [isPastDue] = useState(() => Date.parse(task.dueAt) < Date.now());

  const send = async (submit: boolean) => {
    setStatus(null);
    form.clear();
    try {
      await save.mutateAsync({ taskId: task.id, text, submit });
      if (submit) document.getElementById(`homework-${task.id}-heading`)?.focus();
      else setStatus(t('developmentGroups.homework.draftSaved'));
    } catch (err) {
      showFailure(form, err);
    }
  };

  const onUpload = async () => {
    setStatus(null);
    if (!file)
      return form.setMessages({ file: { path: 'file', keys: ['validation.fileRequired'] } });
    form.clear();
    try {
      await upload.mutateAsync({ taskId: task.id, file });
      setFile(null);
      setInputKey((k) => k + 1);
      setStatus(t('developmentGroups.homework.uploaded', { name: file.name }));
    } catch (err) {
      showFailure(form, err);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send(false);
  };

  const busy = save.isPending || upload.isPending;
  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="stack-sm form hand-in">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      {task.submission ? (
        <Paragraph className="muted">
          {t('developmentGroups.homework.draftFrom', {
            at: formatInstant(task.submission.updatedAt, locale),
          })}
        </Paragraph>
      ) : null}
      {isDocument ? (
        <div className="stack-sm">
          {task.submission?.fileName ? (
            <Paragraph>
              <Link href={submissionFileUrl(groupId, task.id)}>
                {t('developmentGroups.homework.download', { name: task.submission.fileName })}
              </Link>
            </Paragraph>
          ) : null}
          <Field>
            <Label htmlFor={fieldId(formId, 'file')}>{labels.file}</Label>
            <Field.Description>{t('developmentGroups.homework.fileHelp')}</Field.Description>
            <Input
              key={inputKey}
              id={fieldId(formId, 'file')}
              type="file"
              accept={ACCEPT}
              aria-invalid={form.errorFor('file') ? true : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {form.errorFor('file') ? (
              <ValidationMessage>{form.errorFor('file')}</ValidationMessage>
            ) : null}
          </Field>
          {file ? (
            <Paragraph className="muted">
              {t('developmentGroups.homework.chosen', {
                name: file.name,
                size: fileSize(file.size, locale === 'en' ? 'en-GB' : 'nb-NO'),
              })}
            </Paragraph>
          ) : null}
          <div>
            <Button
              type="button"
              variant="secondary"
              aria-disabled={busy || undefined}
              onClick={() => void (busy ? undefined : onUpload())}
            >
              {upload.isPending
                ? t('developmentGroups.homework.uploading')
                : t(
                    task.submission?.fileName
                      ? 'developmentGroups.homework.replaceFile'
                      : 'developmentGroups.homework.upload',
                  )}
            </Button>
          </div>
        </div>
      ) : null}
      <Textfield
        id={fieldId(formId, 'text')}
        label={labels.text}
        multiline
        rows={6}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={form.errorFor('text')}
      />
      <Paragraph data-size="sm" className="muted">
        {t(
          isPastDue
            ? 'developmentGroups.homework.lateWarning'
            : 'developmentGroups.homework.handInHelp',
        )}
      </Paragraph>
      <div className="form-actions">
        <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
          {t('developmentGroups.homework.saveDraft')}
        </Button>
        <Button
          type="button"
          aria-disabled={busy || undefined}
          onClick={() => void (busy ? undefined : send(true))}
        >
          {t('developmentGroups.homework.handIn')}
        </Button>
        <ActionStatus message={status} />
      </div>
    </form>
  );
}
