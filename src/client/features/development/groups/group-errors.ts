import { isApiError } from '../../../app/api';
import { messagesFromApiError, type FieldMessages } from '../../../components/forms/form-errors';
import type { FormErrors } from '../../../components/forms/use-form-errors';

/**
 * The field messages of an API failure, with this feature's own wording tried first where it can
 * say more than the shared message (an address taken by another programme, the document a
 * hand-in lacks); the shared validation messages cover the rest.
 */
export function groupFieldMessages(messages: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, m] of Object.entries(messages)) {
    const own = m.keys
      .filter((k) => k.startsWith('validation.'))
      .map((k) => `developmentGroups.${k}`);
    out[path] = { ...m, keys: [...own, ...m.keys] };
  }
  return out;
}

/** Shows a failure on the form: field errors beside their fields, anything else as an alert. */
export function showFailure(form: FormErrors, error: unknown): void {
  if (isApiError(error)) {
    const messages = messagesFromApiError(error);
    if (Object.keys(messages).length > 0) return form.setMessages(groupFieldMessages(messages));
  }
  form.setFailure(error);
}
