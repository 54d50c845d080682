import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';

interface Props {
  label: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  danger?: boolean;
  onConfirm(): void;
}

/** A button that asks once more in place before it acts, with focus moved to the question and back. */
export function ConfirmAction({ label, question, confirmLabel, pending, danger = false, onConfirm }: Props) {
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
  const color = danger ? 'danger' : undefined;
  if (!asking) {
    return (
      <div>
        <Button ref={startRef} variant={danger ? 'secondary' : 'primary'} data-color={color} onClick={() => setAsking(true)}>
          {label}
        </Button>
      </div>
    );
  }
  return (
    <div className="stack-sm confirm-action">
      <Paragraph ref={questionRef} tabIndex={-1}>
        {question}
      </Paragraph>
      <div className="form-actions">
        <Button
          data-color={color}
          disabled={pending}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
