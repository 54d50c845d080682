import type {
  Direction,
  Indicator,
  IndicatorTopic,
  IndicatorUnit,
} from '../../../shared/contracts/indicators';
import { LOCALES, type Locale } from '../../../shared/domain/localized';
import { isApiError } from '../../app/api';
import {
  messagesFromApiError,
  orNull,
  type FieldMessages,
} from '../../components/forms/form-errors';
import type { FormErrors } from '../../components/forms/use-form-errors';

export const TEXT_LOCALES = LOCALES;
export const INDICATOR_TEXTS = ['name', 'description', 'notes'] as const;
export type IndicatorText = (typeof INDICATOR_TEXTS)[number];

type Texts = Record<Locale, string>;

/** What the indicator form holds: every field as the user typed it. */
export interface IndicatorFormValues {
  code: string;
  texts: Record<IndicatorText, Texts>;
  unit: IndicatorUnit | '';
  decimals: string;
  direction: Direction | '';
  topic: IndicatorTopic;
  ageFrom: string;
  ageTo: string;
  /** Years before a latest figure is flagged as outdated; empty: the default. */
  maxAgeYears: string;
  publisher: string;
  tableId: string;
  url: string;
  licence: string;
  isIllustrative: boolean;
}

const noTexts = (): Texts => ({ nb: '', nn: '', en: '' });

function texts(
  t: { nb: string; nn?: string | null; en?: string | null } | null | undefined,
): Texts {
  return { nb: t?.nb ?? '', nn: t?.nn ?? '', en: t?.en ?? '' };
}

/** A new indicator may start from what an import knows of it (code and name of a metric). */
export interface IndicatorPrefill {
  code?: string;
  name?: string;
  publisher?: string;
  url?: string;
}

export function indicatorValues(
  indicator?: Indicator,
  prefill: IndicatorPrefill = {},
): IndicatorFormValues {
  if (indicator) {
    return {
      code: indicator.code,
      texts: {
        name: texts(indicator.name),
        description: texts(indicator.description),
        notes: texts(indicator.notes),
      },
      unit: indicator.unit,
      decimals: String(indicator.decimals),
      direction: indicator.direction,
      topic: indicator.topic,
      ageFrom: indicator.ageFrom === null ? '' : String(indicator.ageFrom),
      ageTo: indicator.ageTo === null ? '' : String(indicator.ageTo),
      maxAgeYears: indicator.maxAgeYears === null ? '' : String(indicator.maxAgeYears),
      publisher: indicator.source.publisher,
      tableId: indicator.source.tableId ?? '',
      url: indicator.source.url ?? '',
      licence: indicator.source.licence ?? '',
      isIllustrative: indicator.source.isIllustrative,
    };
  }
  return {
    code: prefill.code ?? '',
    texts: {
      name: { ...noTexts(), nb: prefill.name ?? '' },
      description: noTexts(),
      notes: noTexts(),
    },
    unit: '',
    decimals: '1',
    direction: '',
    topic: 'other',
    ageFrom: '',
    ageTo: '',
    maxAgeYears: '',
    publisher: prefill.publisher ?? '',
    tableId: '',
    url: prefill.url ?? '',
    licence: '',
    isIllustrative: false,
  };
}

/** A whole number as typed, or the text itself so the contract can say what is wrong with it. */
function integer(value: string): number | string | null {
  const v = value.trim();
  if (v === '') return null;
  return /^-?\d+$/.test(v) ? Number(v) : v;
}

/**
 * The request body for the form's values. It is checked with the shared contract before it is
 * sent; optional texts go as null, never as "".
 */
export function indicatorPayload(v: IndicatorFormValues): Record<string, unknown> {
  const optionalTexts = (t: Texts) => ({ nb: t.nb.trim(), nn: orNull(t.nn), en: orNull(t.en) });
  return {
    code: v.code.trim(),
    name: { nb: v.texts.name.nb, nn: orNull(v.texts.name.nn), en: orNull(v.texts.name.en) },
    description: optionalTexts(v.texts.description),
    notes: optionalTexts(v.texts.notes),
    unit: v.unit || undefined,
    decimals: integer(v.decimals) ?? undefined,
    direction: v.direction || undefined,
    topic: v.topic,
    ageFrom: integer(v.ageFrom),
    ageTo: integer(v.ageTo),
    maxAgeYears: integer(v.maxAgeYears),
    source: {
      publisher: v.publisher,
      tableId: orNull(v.tableId),
      url: orNull(v.url),
      licence: orNull(v.licence),
      isIllustrative: v.isIllustrative,
    },
  };
}

/**
 * Field messages with this feature's own texts tried first: the core texts have no words for an
 * indicator code or an age band, and the core "code is taken" text speaks of areas.
 */
export function withIndicatorKeys(messages: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, m] of Object.entries(messages)) {
    const keys = m.keys.flatMap((k) => {
      if (k.startsWith('conflict.')) return [`indicators.${k}`];
      if (k.startsWith('validation.')) return [`indicators.${k}`, k];
      return [k];
    });
    out[path] = { ...m, keys: [...new Set(keys)] };
  }
  return out;
}

/** Shows a failed save: field problems beside their fields, anything else as an alert. */
export function showIndicatorFailure(form: FormErrors, error: unknown): void {
  if (isApiError(error)) {
    const messages = withIndicatorKeys(messagesFromApiError(error));
    if (Object.keys(messages).length > 0) return form.setMessages(messages);
  }
  form.setFailure(error);
}
