import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

interface Props {
  /** What is deleted, for the question ("Delete Bydel Sagene?"). */
  name: string;
  pending: boolean;
  error: unknown;
  onConfirm(): void;
}

/** A delete button that asks once more in place, with focus moved to the question and back. */
export function ConfirmDelete({ name, pending, error, onConfirm }: Props) {
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

  return (
    <div className="stack-sm confirm-delete">
      {error ? <ProblemAlert error={error} /> : null}
      {asking ? (
        <>
          <Paragraph ref={questionRef} tabIndex={-1}>
            {t('common.confirmDelete', { name })}
          </Paragraph>
          <div className="form-actions">
            <Button data-color="danger" disabled={pending} onClick={onConfirm}>
              {t('common.confirmDeleteYes')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <div>
          <Button ref={startRef} variant="secondary" data-color="danger" onClick={() => setAsking(true)}>
            {t('common.delete')}
          </Button>
        </div>
      )}
    </div>
  );
}
