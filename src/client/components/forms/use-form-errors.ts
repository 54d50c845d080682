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

export function useFormErrors(): FormErrors {
  const { t } = useTranslation();
  const [state, setState] = useState<{ messages: FieldMessages; problem: ApiError | null; attempt: number }>({
    messages: {},
    problem: null,
    attempt: 0,
  });

  const setMessages = useCallback((messages: FieldMessages) => {
    setState((s) => ({ messages, problem: null, attempt: s.attempt + 1 }));
  }, []);

  const setFailure = useCallback((error: unknown) => {
    if (!isApiError(error)) {
      setState((s) => ({ messages: {}, problem: null, attempt: s.attempt + 1 }));
      return;
    }
    const messages = messagesFromApiError(error);
    const hasFields = Object.keys(messages).length > 0;
    setState((s) => ({ messages, problem: hasFields ? null : error, attempt: s.attempt + 1 }));
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
