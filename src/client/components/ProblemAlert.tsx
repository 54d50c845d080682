import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../app/translation';
import { isApiError } from '../app/api';

/** Shows what went wrong with a request, in the reader's language. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = isApiError(error) ? error.code : 'NETWORK';
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t(`errors.${code}`)}</Paragraph>
    </Alert>
  );
}
