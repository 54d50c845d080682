import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { isApiError } from '../../../app/api';
import { useTranslation } from '../../../app/translation';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { messagesFromApiError, type FieldMessages } from '../../../components/forms/form-errors';
import type { FormErrors } from '../../../components/forms/use-form-errors';

/**
 * The rules of calls and forms have their messages in their own files: a field error naming one
 * (`formKey`, `duplicateKey`, `formRequired`, …) is told in those words first.
 */
export function withCallMessages(messages: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, m] of Object.entries(messages)) {
    const own = m.keys
      .filter((k) => k.startsWith('validation.') && k !== 'validation.invalid')
      .flatMap((k) => [`applicationForm.errors.${k.slice('validation.'.length)}`, `calls.errors.${k.slice('validation.'.length)}`]);
    out[path] = { ...m, keys: [...own, ...m.keys] };
  }
  return out;
}

export const isConflict = (err: unknown) => isApiError(err) && err.code === 'STATE_CHANGED';

/** Shows a refused save: beside its fields, or as an alert when it names none. */
export function showCallFailure(form: FormErrors, err: unknown): void {
  const messages = isApiError(err) ? messagesFromApiError(err) : {};
  if (Object.keys(messages).length > 0) form.setMessages(withCallMessages(messages));
  else form.setFailure(err);
}

/** The call was changed by someone else since this page loaded it: say so, and offer to load it. */
export function ConflictNotice({ onReload }: { onReload(): void }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" role="alert" className="stack-sm">
      <Heading level={3} data-size="xs">
        {t('callsAdmin.conflict.title')}
      </Heading>
      <Paragraph>{t('callsAdmin.conflict.text')}</Paragraph>
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
          {t('callsAdmin.conflict.reload')}
        </Button>
      </div>
    </Alert>
  );
}

/**
 * One part of the call, saved on its own: its heading, its errors, its save button and what
 * happened. A STATE_CHANGED answer is a change made meanwhile by someone else: the part keeps
 * what was written and offers to load the stored call.
 */
export function CallPart({ id, title, intro, form, labels, saving, disabled, onSubmit, onReload, children, actions }: {
  id: string;
  title: string;
  intro?: ReactNode;
  form: FormErrors;
  labels: Record<string, string>;
  saving: boolean;
  /** The part cannot change now (the call is open): shown, not saved. */
  disabled?: boolean;
  onSubmit(): Promise<void>;
  onReload(): void;
  children: ReactNode;
  /** Buttons beside save (add a row). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setConflict(false);
    form.clear();
    try {
      await onSubmit();
      setSaved(true);
    } catch (err) {
      if (isConflict(err)) setConflict(true);
      else showCallFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm call-part" id={id}>
      <Heading level={2} data-size="sm" id={`${id}-heading`} tabIndex={-1}>
        {title}
      </Heading>
      {intro ? <Paragraph data-size="sm">{intro}</Paragraph> : null}
      <form onSubmit={submit} noValidate className="stack form" id={`${id}-form`}>
        {conflict ? <ConflictNotice onReload={onReload} /> : null}
        <FormErrorSummary form={form} formId={id} labels={labels} />
        {children}
        {disabled ? null : (
          <div className="form-actions">
            {actions}
            <Button type="submit" disabled={saving}>
              {saving ? t('common.saving') : t('callsAdmin.save', { part: title.toLowerCase() })}
            </Button>
          </div>
        )}
        <p role="status" className="muted">
          {saved ? t('callsAdmin.saved') : ''}
        </p>
      </form>
    </section>
  );
}

/**
 * Move up, move down and remove, for one row of a list: buttons, so the keyboard does it all.
 * They stay enabled at the ends (a no-op there), so focus is not lost when a row reaches the top.
 */
export function RowActions({ name, onMove, onRemove, disabled }: { name: string; onMove(delta: number): void; onRemove(): void; disabled?: boolean }) {
  const { t } = useTranslation();
  if (disabled) return null;
  return (
    <div className="call-row-actions">
      <Button type="button" variant="tertiary" data-size="sm" onClick={() => onMove(-1)} aria-label={t('callsAdmin.moveUp', { name })}>
        {t('callsAdmin.up')}
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" onClick={() => onMove(1)} aria-label={t('callsAdmin.moveDown', { name })}>
        {t('callsAdmin.down')}
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={onRemove} aria-label={t('callsAdmin.removeRow', { name })}>
        {t('common.remove')}
      </Button>
    </div>
  );
}
