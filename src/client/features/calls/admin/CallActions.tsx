import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { Call } from '../../../../shared/contracts/calls';
import { isApiError } from '../../../app/api';
import { useLocalePath } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { messagesFromApiError } from '../../../components/forms/form-errors';
import { ConflictNotice, isConflict, withCallMessages } from './call-parts';
import { useCallStep, useDeleteCall } from './calls-admin.queries';

/** Where a refusal to open points: the part of the page to fix. */
const PART_OF: Record<string, string> = { form: 'call-form', deadlines: 'call-deadlines' };

/** Opening (publishing) and closing the call, each asked once more; deleting a draft. */
export function CallActions({ call, name, backTo, onSaved, onReload }: { call: Call; name: string; backTo: string; onSaved(call: Call): void; onReload(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const href = useLocalePath();
  const step = call.status === 'draft' ? 'open' : 'close';
  const change = useCallStep(call.id, step);
  const remove = useDeleteCall(call.id, call.programmeId);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  if (call.status !== 'draft' && call.status !== 'open') return null;

  const confirm = async () => {
    setError(null);
    try {
      onSaved(await change.mutateAsync());
      setAsking(false);
    } catch (err) {
      setError(err);
      setAsking(false);
    }
  };
  const messages = isApiError(error) ? withCallMessages(messagesFromApiError(error)) : {};
  const fieldProblems = Object.values(messages);

  return (
    <section aria-labelledby="call-actions-heading" className="stack-sm call-part" id="call-actions">
      <Heading level={2} data-size="sm" id="call-actions-heading">
        {t(`callsAdmin.actions.${step}Heading`)}
      </Heading>
      <Paragraph data-size="sm">{t(`callsAdmin.actions.${step}Intro`)}</Paragraph>
      {isConflict(error) ? <ConflictNotice onReload={onReload} /> : null}
      {fieldProblems.length > 0 ? (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t('callsAdmin.actions.cannotOpen')}
          </Heading>
          <ul>
            {fieldProblems.map((m) => (
              <li key={m.path}>
                {PART_OF[m.path] ? <a href={`#${PART_OF[m.path]}-heading`}>{t(m.keys, m.params ?? {})}</a> : t(m.keys, m.params ?? {})}
              </li>
            ))}
          </ul>
        </Alert>
      ) : error && !isConflict(error) ? (
        <ProblemAlert error={error} />
      ) : null}
      {asking ? (
        <div className="stack-sm">
          <Paragraph ref={question} tabIndex={-1}>
            {t(`callsAdmin.actions.${step}Confirm`, { name })}
          </Paragraph>
          <div className="form-actions">
            <Button disabled={change.isPending} onClick={() => void confirm()}>
              {t(`callsAdmin.actions.${step}Yes`)}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button variant={step === 'open' ? 'primary' : 'secondary'} onClick={() => setAsking(true)}>
            {t(`callsAdmin.actions.${step}`)}
          </Button>
        </div>
      )}
      {call.status === 'draft' ? (
        <>
          <Heading level={3} data-size="xs">
            {t('callsAdmin.actions.deleteHeading')}
          </Heading>
          <ConfirmDelete name={name} pending={remove.isPending} error={remove.error} onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(href(backTo)) })} />
        </>
      ) : null}
    </section>
  );
}
