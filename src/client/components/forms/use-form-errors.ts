import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../app/translation';
import { isApiError, type ApiError } from '../../app/api';
import { messagesFromApiError, type FieldMessages } from './form-errors';

export interface FormErrors {
  messages: FieldMessages;
  /** A failure that belongs to no field (e.g. FORBIDDEN), shown as an alert. */
  problem: ApiError | null;
  /** Changes on every failed attempt, so the summary is shown (and focused) afresh. */
  attempt: number;
  /** The translated message for a field, or undefined when it is fine. */
  errorFor(path: string): string | undefined;
  setMessages(messages: FieldMessages): void;
  setFailure(error: unknown): void;
  clear(): void;
}

/** The state a failure leaves: its field messages, or the failure itself when it names no field. */
function failureState(error: ApiError): { messages: FieldMessages; problem: ApiError | null } {
  const messages = messagesFromApiError(error);
  return { messages, problem: Object.keys(messages).length > 0 ? null : error };
}

/**
 * A form's errors. `initial`: a failure the page was opened with (a form posted without script
 * comes back with it in the address), shown from the first render, on the server too.
 */
export function useFormErrors(initial?: ApiError | null): FormErrors {
  const { t } = useTranslation();
  const [state, setState] = useState<{ messages: FieldMessages; problem: ApiError | null; attempt: number }>(() => ({
    ...(initial ? failureState(initial) : { messages: {}, problem: null }),
    attempt: 0,
  }));

  const setMessages = useCallback((messages: FieldMessages) => {
    setState((s) => ({ messages, problem: null, attempt: s.attempt + 1 }));
  }, []);

  const setFailure = useCallback((error: unknown) => {
    if (!isApiError(error)) {
      setState((s) => ({ messages: {}, problem: null, attempt: s.attempt + 1 }));
      return;
    }
    setState((s) => ({ ...failureState(error), attempt: s.attempt + 1 }));
  }, []);

  const clear = useCallback(() => setState((s) => ({ messages: {}, problem: null, attempt: s.attempt })), []);

  const errorFor = useCallback(
    (path: string) => {
      const m = state.messages[path];
      return m ? t(m.keys, m.params ?? {}) : undefined;
    },
    [state.messages, t],
  );

  return useMemo(
    () => ({ ...state, errorFor, setMessages, setFailure, clear }),
    [state, errorFor, setMessages, setFailure, clear],
  );
}
