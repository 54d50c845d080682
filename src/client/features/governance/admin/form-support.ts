import { isApiError } from '../../../app/api';
import { messagesFromApiError, type FieldMessages } from '../../../components/forms/form-errors';
import type { FormErrors } from '../../../components/forms/use-form-errors';
import { LOCALES, type Locale } from '../../../../shared/domain/localized';

/**
 * Rules of governance whose messages live with this feature: a field error that names one of
 * them (from the contract or the server) is told in this feature's own words first.
 */
export function withGovernanceMessages(messages: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, m] of Object.entries(messages)) {
    const own = m.keys.filter((k) => k.startsWith('validation.') && k !== 'validation.invalid').map((k) => `governanceAdmin.validation.${k.slice('validation.'.length)}`);
    out[path] = { ...m, keys: [...own, ...m.keys] };
  }
  return out;
}

/** Shows a rejected save beside its fields, or as an alert when it names none. */
export function showFailure(form: FormErrors, err: unknown): void {
  const messages = isApiError(err) ? messagesFromApiError(err) : {};
  if (Object.keys(messages).length > 0) form.setMessages(withGovernanceMessages(messages));
  else form.setFailure(err);
}

export type TextValues = Record<Locale, string>;

export const emptyText = (): TextValues => ({ nb: '', nn: '', en: '' });

/** A text in three languages as the form holds it. */
export function textValues(text: Partial<Record<Locale, string | null>> | null | undefined): TextValues {
  return { nb: text?.nb ?? '', nn: text?.nn ?? '', en: text?.en ?? '' };
}

/** The languages written, trimmed; bokmål is always there (empty when not written). */
export function textPayload(values: TextValues): { nb: string; nn?: string; en?: string } {
  const out: { nb: string; nn?: string; en?: string } = { nb: values.nb.trim() };
  for (const l of LOCALES) if (l !== 'nb' && values[l].trim() !== '') out[l] = values[l].trim();
  return out;
}

/** A text, or null when nothing is written in any language. */
export function textOrNull(values: TextValues) {
  return LOCALES.some((l) => values[l].trim() !== '') ? textPayload(values) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` field shows it, in the reader's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` field's value as an instant with its offset; what is not a time stays as written, for the contract to refuse. */
export function fromLocalInput(value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}

/** Today in the reader's time zone, YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
