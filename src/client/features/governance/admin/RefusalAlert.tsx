import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { isApiError } from '../../../app/api';
import { messagesFromApiError } from '../../../components/forms/form-errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { withGovernanceMessages } from './form-support';

/**
 * A refused step or list change, told by the rule it broke ("Mark the meeting as held first")
 * when the server names one, else by its error code.
 */
export function RefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const messages = isApiError(error) ? Object.values(withGovernanceMessages(messagesFromApiError(error))) : [];
  if (messages.length === 0) return <ProblemAlert error={error} />;
  return (
    <Alert data-color="danger" role="alert">
      {messages.map((m) => (
        <Paragraph key={m.path}>{t(m.keys, m.params ?? {})}</Paragraph>
      ))}
    </Alert>
  );
}
