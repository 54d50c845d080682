import { ErrorSummary } from '@digdir/designsystemet-react';
// The design system's global behaviours for forms (error summary, fieldset, read-only fields):
// the component index no longer loads them for every page (see vite.config.ts).
import '@digdir/designsystemet-web';
import { useTranslation } from '../../app/translation';
import { ProblemAlert } from '../ProblemAlert';
import { fieldId } from './form-errors';
import type { FormErrors } from './use-form-errors';

interface Props {
  form: FormErrors;
  formId: string;
  /** Field labels by API path, in the order of the form, so each entry names its field. */
  labels: Record<string, string>;
}

/**
 * The list of problems at the top of a form, each linking to its field. It takes focus when it
 * appears (the design system's element does that), so the errors are read out at once.
 */
export function FormErrorSummary({ form, formId, labels }: Props) {
  const { t } = useTranslation();
  if (form.problem) return <ProblemAlert key={form.attempt} error={form.problem} />;
  // Listed in the order of the form (the order of `labels`), not the order the checks ran in.
  const order = Object.keys(labels);
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  const paths = Object.keys(form.messages).sort((a, b) => rank(a) - rank(b));
  if (paths.length === 0) return null;
  return (
    <ErrorSummary key={form.attempt} className="form-error-summary">
      <ErrorSummary.Heading>{t('form.errorSummary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {paths.map((path) => {
          const label = labels[path];
          const message = form.errorFor(path);
          const text = label ? `${label}: ${message}` : message;
          if (!label) return <ErrorSummary.Item key={path}>{text}</ErrorSummary.Item>;
          const id = fieldId(formId, path);
          return (
            <ErrorSummary.Item key={path}>
              <ErrorSummary.Link
                href={`#${id}`}
                onClick={(e) => {
                  const el = document.getElementById(id);
                  if (!el) return;
                  e.preventDefault();
                  el.focus();
                  el.scrollIntoView({ block: 'center' });
                }}
              >
                {text}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          );
        })}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
