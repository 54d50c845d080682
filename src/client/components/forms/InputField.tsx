import type { ComponentProps, ReactNode } from 'react';
import { Input, Label, ValidationMessage } from '@digdir/designsystemet-react';

type Props = ComponentProps<typeof Input> & {
  id: string;
  label: ReactNode;
  error?: ReactNode;
};

/**
 * A labelled native text input whose label and error are linked to it in the markup itself
 * (`for`, `aria-describedby`), as `SelectField` does for a select: for a form that must work
 * before and without script (the design system's `Textfield` links them with script).
 */
export function InputField({ id, label, error, className, ...rest }: Props) {
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [rest['aria-describedby'], errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `ds-field ${className}` : 'ds-field'}>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} {...rest} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </div>
  );
}
