import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../app/translation';
import { isApiError } from '../app/api';

/** Shows what went wrong with a request, in the reader's language. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = isApiError(error) ? error.code : 'NETWORK';
  // A limit that says how long to wait: in whole minutes, rounded up.
  const wait = isApiError(error) ? error.problem.retryAfterSeconds : undefined;
  const text = code === 'RATE_LIMITED' && wait ? t('errors.rateLimitedFor', { count: Math.ceil(wait / 60) }) : t(`errors.${code}`);
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}
