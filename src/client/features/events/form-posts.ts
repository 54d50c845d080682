import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../app/api';
import { ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import { decodeRefusal, FORM_ERRORS, FORM_OUTCOME, isFormOutcome, type FormOutcome } from '../../../shared/domain/registration-form';

const ANSWER = 'answers.';

/**
 * What the page was opened with after one of its forms was posted without script (see
 * `shared/domain/registration-form.ts`): the outcome, and the refusal as the API's failure (for
 * `useFormErrors`).
 */
export function usePostedForm(): { outcome: FormOutcome | null; refusal: ApiError | null } {
  const [params] = useSearchParams();
  const outcome = params.get(FORM_OUTCOME);
  const decoded = decodeRefusal(params.get(FORM_ERRORS));
  let refusal: ApiError | null = null;
  if (decoded) {
    const code = (ERROR_CODES as readonly string[]).includes(decoded.code) ? (decoded.code as ErrorCode) : 'VALIDATION_FAILED';
    refusal = new ApiError(400, code, { code, errors: decoded.fields.map((f) => ({ ...f, message: '' })) });
  }
  return { outcome: isFormOutcome(outcome) ? outcome : null, refusal };
}

/**
 * A ref for a form that also posts without script: once the script runs, the form's own checks
 * speak instead of the browser's (`noValidate`), set after hydration so the server's markup and
 * the first render agree.
 */
export function useScriptedForm() {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.noValidate = true;
  }, []);
  return ref;
}

/** The form's text fields by name, and its `answers.<id>` fields as `answers` (empty ones left out). */
export function formFields(form: HTMLFormElement): { text(name: string): string; answers: Record<string, string> } {
  const data = new FormData(form);
  const answers: Record<string, string> = {};
  for (const [key, value] of data.entries()) if (key.startsWith(ANSWER) && String(value).trim()) answers[key.slice(ANSWER.length)] = String(value);
  return { text: (name) => String(data.get(name) ?? ''), answers };
}
