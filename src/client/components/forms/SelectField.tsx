import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'multiple' | 'size'> & {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  children: ReactNode;
};

/**
 * A labelled native select. The label, description and error are linked to the select by ids in
 * the markup itself (`for`, `aria-describedby`), so the server-rendered page has them before any
 * script runs, and public pages with a select (area and indicator choosers) need none of the
 * design system's form elements.
 */
export function SelectField({ id, label, description, error, children, className, ...rest }: Props) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [rest['aria-describedby'], descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `ds-field ${className}` : 'ds-field'}>
      <Label htmlFor={id}>{label}</Label>
      {description ? (
        <div data-field="description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      <Select id={id} {...rest} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        {children}
      </Select>
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </div>
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
