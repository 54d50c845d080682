import { isApiError } from '../../../app/api';
import { messagesFromApiError, type FieldMessages } from '../../../components/forms/form-errors';
import type { FormErrors } from '../../../components/forms/use-form-errors';

/**
 * Rules and clashes of development programmes told in this feature's own words first
 * (`development.validation.<message>`, `development.conflict.<field>`), then in the shared ones.
 */
export function withOwnMessages(messages: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, m] of Object.entries(messages)) {
    const own = m.keys.filter((k) => (k.startsWith('validation.') && k !== 'validation.invalid') || k.startsWith('conflict.')).map((k) => `development.${k}`);
    out[path] = { ...m, keys: [...own, ...m.keys] };
  }
  return out;
}

/** Shows a refused save beside its fields (mapped by `onPath`), or as an alert when it names none. */
export function showFailure(form: FormErrors, err: unknown, onPath: (path: string) => string = (p) => p): void {
  const fields: FieldMessages = {};
  if (isApiError(err)) {
    for (const m of Object.values(messagesFromApiError(err))) {
      const path = onPath(m.path);
      if (!fields[path]) fields[path] = { ...m, path };
    }
  }
  if (Object.keys(fields).length > 0) form.setMessages(withOwnMessages(fields));
  else form.setFailure(err);
}
