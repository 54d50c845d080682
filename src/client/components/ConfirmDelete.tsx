import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../app/translation';
import { ProblemAlert } from './ProblemAlert';

interface Props {
  /** What is deleted, for the question ("Delete Bydel Sagene?"). */
  name: string;
  pending: boolean;
  error: unknown;
  onConfirm(): void;
  /**
   * The delete button's accessible name. Needed where several delete buttons share a page
   * (one per goal or target): each must say what it deletes.
   */
  label?: string;
  /**
   * A small button that sits among other actions of an item (a goal, a target) rather than
   * alone at the foot of an edit page. Its error shows with the question only, so a row
   * that is no longer being deleted does not keep an alert.
   */
  compact?: boolean;
}

/** A delete button that asks once more in place, with focus moved to the question and back. */
export function ConfirmDelete({ name, pending, error, onConfirm, label, compact = false }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const size = compact ? 'sm' : undefined;

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const start = (
    <Button
      ref={startRef}
      variant={compact ? 'tertiary' : 'secondary'}
      data-size={size}
      data-color="danger"
      aria-label={label}
      onClick={() => setAsking(true)}
    >
      {t('common.delete')}
    </Button>
  );
  if (compact && !asking) return start;

  return (
    <div className={compact ? 'stack-sm' : 'stack-sm confirm-delete'}>
      {error ? <ProblemAlert error={error} /> : null}
      {asking ? (
        <>
          <Paragraph ref={questionRef} tabIndex={-1}>
            {t('common.confirmDelete', { name })}
          </Paragraph>
          <div className="form-actions">
            <Button data-color="danger" data-size={size} disabled={pending} onClick={onConfirm}>
              {t('common.confirmDeleteYes')}
            </Button>
            <Button variant="secondary" data-size={size} onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <div>{start}</div>
      )}
    </div>
  );
}
