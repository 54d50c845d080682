import { Alert, Paragraph } from '@digdir/designsystemet-react';

/**
 * A live region that stays in the page so that a message put into it is announced (a region
 * added together with its text is often not read).
 */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" aria-live="polite" className="status-message">
      {message ? (
        <Alert data-color="success">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
