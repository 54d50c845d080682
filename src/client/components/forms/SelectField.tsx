import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'multiple' | 'size'> & {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  children: ReactNode;
};

/**
 * A labelled native select. The design system's field element links the label, description
 * and error to the select (`for`, `aria-describedby`).
 */
export function SelectField({ id, label, description, error, children, className, ...rest }: Props) {
  return (
    <Field className={className}>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Select id={id} aria-invalid={error ? true : undefined} {...rest}>
        {children}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

/** A select's options for a closed set of values: "choose…" first, then each value by its name. */
export function ChoiceOptions<T extends string>({ values, label }: { values: readonly T[]; label(value: T): string }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('picker.choose')}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </>
  );
}
