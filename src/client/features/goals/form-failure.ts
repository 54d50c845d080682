import { isApiError } from '../../app/api';
import { messagesFromApiError } from '../../components/forms/form-errors';
import type { FormErrors } from '../../components/forms/use-form-errors';
import { withGoalMessages } from './goal-form-values';

/** Shows a rejected save beside its fields, with this feature's own wording for its own rules. */
export function showFailure(form: FormErrors, err: unknown): void {
  const messages = isApiError(err) ? messagesFromApiError(err) : {};
  if (Object.keys(messages).length > 0) form.setMessages(withGoalMessages(messages));
  else form.setFailure(err);
}
