import type { FormField } from '../../../../shared/contracts/application-form';
import { useTranslation } from '../../../app/translation';
import { useLocalized } from '../../../components/LocalizedText';

/** The DOM id of a field of the form: the "what is missing" list and the error summary link to it. */
export const answerFieldId = (key: string) => `answer-${key}`;

export interface AnswerFieldProps {
  field: FormField;
  value: unknown;
  onChange(value: unknown): void;
  /** Leaving the field saves at once. */
  onLeave(): void;
  /** The server's messages for this field (and its rows), already worded. */
  errors: string[];
  programmeId: string;
  applicationId: string;
  disabled: boolean;
}

/** A field's label with its required mark, in the language it was written in. */
export function useFieldLabel(field: FormField) {
  const { t } = useTranslation();
  const label = useLocalized(field.label);
  const help = useLocalized(field.help ?? null);
  return { text: field.required ? t('applications.editor.requiredLabel', { label: label.text }) : label.text, lang: label.lang, help: help.text || undefined };
}

