import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';

interface Props {
  /** What is deleted, for the question. */
  name: string;
  /** The button's accessible name: several delete buttons share a page, each must say what it deletes. */
  label: string;
  text?: string;
  pending: boolean;
  error: unknown;
  onConfirm(): void;
}

/** A delete button that asks once more in place, with focus moved to the question and back. */
export function ConfirmDeleteNamed({ name, label, text, pending, error, onConfirm }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (asking) {
    return (
      <div className="stack-sm">
        {error ? <ProblemAlert error={error} /> : null}
        <Paragraph ref={questionRef} tabIndex={-1}>
          {t('common.confirmDelete', { name })}
        </Paragraph>
        <div className="form-actions">
          <Button data-color="danger" data-size="sm" disabled={pending} onClick={onConfirm}>
            {t('common.confirmDeleteYes')}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <Button ref={startRef} variant="tertiary" data-size="sm" data-color="danger" aria-label={label} onClick={() => setAsking(true)}>
      {text ?? t('common.delete')}
    </Button>
  );
}
