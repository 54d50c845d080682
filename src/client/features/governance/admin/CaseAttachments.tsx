import { useRef, useState, type FormEvent } from 'react';
import { Button, Field, Input, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { urlOf } from '../../../app/api';
import { governanceDocumentsRoutes } from '../../../../shared/contracts/routes';
import type { Case } from '../../../../shared/contracts/governance-meetings';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { fileSize } from '../../../components/file-size';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { fieldId } from '../../../components/forms/form-errors';
import { useLocale } from '../../../app/locale-context';
import { showFailure } from './form-support';
import { useAddAttachment, useRemoveAttachment } from './governance-admin.queries';


/** A case's files: links to each, a button to remove it, and a field to attach another. */
export function CaseAttachments({ c }: { c: Case }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const add = useAddAttachment(c.id);
  const remove = useRemoveAttachment();
  const input = useRef<HTMLInputElement>(null);
  const form = useFormErrors();
  const [missing, setMissing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const title = c.title.nb;
  const formId = `attach-${c.id}`;
  const inputId = fieldId(formId, 'file');
  const error = missing ? t('governanceAdmin.attachments.choose') : form.errorFor('file');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const file = input.current?.files?.[0];
    form.clear();
    setMissing(!file);
    if (!file) return;
    try {
      await add.mutateAsync(file);
      if (input.current) input.current.value = '';
      setStatus(t('governanceAdmin.attachments.added', { name: file.name }));
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <div className="stack-sm">
      {c.attachments.length > 0 ? (
        <ul className="plain-list stack-xs" aria-label={t('governanceAdmin.attachments.listOf', { title })}>
          {c.attachments.map((a) => (
            <li key={a.id} className="gov-attachment">
              <a className="ds-link" href={urlOf(governanceDocumentsRoutes.attachment, { params: { id: a.id } })}>
                {a.name}
              </a>{' '}
              <span className="muted">({fileSize(a.size, locale)})</span>{' '}
              <Button
                variant="tertiary"
                data-size="sm"
                disabled={remove.isPending}
                onClick={async () => {
                  await remove.mutateAsync(a.id);
                  setStatus(t('governanceAdmin.attachments.removed', { name: a.name }));
                }}
              >
                {t('governanceAdmin.attachments.remove', { name: a.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph data-size="sm">{t('governanceAdmin.attachments.none')}</Paragraph>
      )}
      <form onSubmit={onSubmit} noValidate className="gov-attach-form">
        <FormErrorSummary form={form} formId={formId} labels={{ file: t('governanceAdmin.attachments.file', { title }) }} />
        <Field>
          <Label htmlFor={inputId}>{t('governanceAdmin.attachments.file', { title })}</Label>
          <Paragraph data-size="xs">{t('governanceAdmin.attachments.help')}</Paragraph>
          <Input id={inputId} ref={input} type="file" accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.png,.jpg,.jpeg" aria-invalid={error ? true : undefined} />
          {error ? <ValidationMessage>{error}</ValidationMessage> : null}
        </Field>
        <div className="form-actions">
          <Button type="submit" variant="secondary" data-size="sm" disabled={add.isPending}>
            {add.isPending ? t('governanceAdmin.attachments.uploading') : t('governanceAdmin.attachments.add')}
          </Button>
          <ActionStatus message={status} />
        </div>
      </form>
    </div>
  );
}
