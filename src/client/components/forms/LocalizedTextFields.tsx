import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { LOCALES, type Locale } from '../../../shared/domain/localized';
import { fieldId } from './form-errors';

export type LocalizedValues = Record<Locale, string>;

/**
 * One text in bokmål, nynorsk and English: a fieldset with a field per language, each marked
 * with its `lang` so it is spell-checked and read aloud in that language. Field paths are
 * `<field>.<locale>`, the paths the contracts report errors on.
 */
export function LocalizedTextFields({
  formId,
  field,
  legend,
  description,
  rows,
  labels,
  values,
  errorFor,
  onChange,
}: {
  formId: string;
  field: string;
  legend: string;
  description?: string;
  /** Lines of a multi-line field; a one-line field when left out. */
  rows?: number | null;
  /** Labels by path (`name.nb`), the same the error summary uses. */
  labels: Record<string, string>;
  values: LocalizedValues;
  errorFor(path: string): string | undefined;
  onChange(locale: Locale, value: string): void;
}) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {LOCALES.map((lang) => {
        const path = `${field}.${lang}`;
        const common = {
          id: fieldId(formId, path),
          label: labels[path] ?? path,
          lang,
          value: values[lang],
          error: errorFor(path),
        };
        return rows ? (
          <Textfield key={lang} {...common} multiline rows={rows} onChange={(e) => onChange(lang, e.target.value)} />
        ) : (
          <Textfield key={lang} {...common} onChange={(e) => onChange(lang, e.target.value)} />
        );
      })}
    </Fieldset>
  );
}
