import { useRef, useState } from 'react';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import type { AttachmentRef, FieldOfKind } from '../../../../shared/contracts/application-form';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { isApiError } from '../../../app/api';
import { fileSize } from '../../../components/file-size';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { answerFieldId, useFieldLabel, type AnswerFieldProps } from './field-label';
import { attachmentHref, uploadAttachment } from './applications.queries';

/** What a file picker offers for each type the server accepts (it checks the content, not the name). */
const EXTENSIONS: Record<string, string> = { pdf: '.pdf', docx: '.docx', xlsx: '.xlsx', odt: '.odt', ods: '.ods', png: '.png', jpeg: '.jpg,.jpeg', csv: '.csv', txt: '.txt' };

/** Files for an attachment field: the allowed types and size said first, refused files explained by the server's message. */
export function AttachmentAnswer({ field, value, onChange, onLeave, errors, disabled, applicationId }: AnswerFieldProps & { field: FieldOfKind<'attachment'> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = useFieldLabel(field);
  const files: AttachmentRef[] = Array.isArray(value) ? (value as AttachmentRef[]) : [];
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const id = answerFieldId(field.key);
  const rules = t('applications.attachments.rules', { types: field.accept.map((a) => a.toUpperCase()).join(', '), size: field.maxSizeMb, files: field.maxFiles });

  const upload = async (file: File) => {
    setBusy(true);
    setRefused(null);
    setFailure(null);
    try {
      const ref = await uploadAttachment(applicationId, field.key, file, locale);
      onChange([...files, ref]);
      onLeave();
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length) setRefused(`${file.name}: ${err.fieldErrors.map((e) => e.message).join(' ')}`);
      else setFailure(err);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Fieldset id={id} tabIndex={-1} className="answer-fieldset">
      <Fieldset.Legend>{label.text}</Fieldset.Legend>
      <Fieldset.Description>
        {label.help ? `${label.help} ` : ''}
        {rules}
      </Fieldset.Description>
      {files.length ? (
        <ul className="attachment-list">
          {files.map((f) => (
            <li key={f.fileId}>
              <a href={attachmentHref(applicationId, f.fileId)}>{f.name}</a> ({f.type.toUpperCase()}, {fileSize(f.size, locale)})
              {disabled ? null : (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => {
                    onChange(files.filter((x) => x.fileId !== f.fileId));
                    onLeave();
                  }}
                >
                  {t('applications.attachments.remove', { name: f.name })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph data-size="sm">{t('applications.attachments.none')}</Paragraph>
      )}
      {disabled || files.length >= field.maxFiles ? null : (
        <div className="stack-sm">
          <label htmlFor={`${id}-file`} className="ds-label">
            {t('applications.attachments.choose', { field: label.text })}
          </label>
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            className="ds-input attachment-input"
            accept={field.accept.map((a) => EXTENSIONS[a] ?? `.${a}`).join(',')}
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
          {busy ? <p role="status">{t('applications.attachments.uploading')}</p> : null}
        </div>
      )}
      {refused ? (
        <p role="alert" className="answer-error ds-validation-message" data-color="danger">
          {refused}
        </p>
      ) : null}
      {failure ? <ProblemAlert error={failure} /> : null}
      {errors.length ? <p className="answer-error ds-validation-message" data-color="danger">{errors.join(' ')}</p> : null}
    </Fieldset>
  );
}
