import type { ApplicationForm, FormField } from '../../../../shared/contracts/application-form';
import type { Call, CallCriterion } from '../../../../shared/contracts/calls';
import type { AttachmentType, FieldKind } from '../../../../shared/domain/application-form-limits';
import { emptyText, textOrNull, textPayload, textValues, type TextValues } from '../../governance/admin/form-support';

/**
 * The call editor's working copies of a call's parts, as the inputs hold them (texts, not
 * numbers), and their payloads for the contract. What does not parse is sent as written, so the
 * shared schema refuses it at the field's own path.
 */

let counter = 0;
/** A key for React that stays with a row when it moves. */
export const uid = () => `r${++counter}`;

/** `''` → left out; a number → the number; anything else as written, for the schema to refuse. */
export function numberOrText(value: string): number | string | undefined {
  const v = value.trim().replace(/\s/g, '').replace(',', '.');
  if (v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : value;
}

/** Moves the item at `i` by `delta` places (−1 up, +1 down); out of range, the list is unchanged. */
export function move<T>(list: readonly T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** A key not yet among `taken`: `base_1`, `base_2`, … */
export function freeKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

// ——— deadlines on Oslo's clock ———

const OSLO = 'Europe/Oslo';
const pad = (n: number) => String(n).padStart(2, '0');

function osloParts(at: Date) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Minutes Oslo is ahead of UTC at this instant (60 in winter, 120 in summer). */
function osloOffset(at: Date): number {
  const p = osloParts(at);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** An instant as a `datetime-local` field shows it on Oslo's clock, wherever the reader is. */
export function toOsloInput(iso: string): string {
  const p = osloParts(new Date(iso));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A `datetime-local` value read on Oslo's clock, as ISO 8601 with its offset; what is not a time is sent as written. */
export function fromOsloInput(value: string): string {
  const m = LOCAL.exec(value.trim());
  if (!m) return value;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let offset = osloOffset(new Date(wall - 60 * 60_000));
  offset = osloOffset(new Date(wall - offset * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// ——— criteria ———

export interface CriterionDraft {
  uid: string;
  key: string;
  title: TextValues;
  weight: string;
  min: string;
  max: string;
}

export const criterionDrafts = (criteria: readonly CallCriterion[]): CriterionDraft[] =>
  criteria.map((c) => ({ uid: uid(), key: c.key, title: textValues(c.title), weight: String(c.weight), min: String(c.scale.min), max: String(c.scale.max) }));

export const newCriterion = (taken: readonly CriterionDraft[]): CriterionDraft => ({ uid: uid(), key: freeKey('criterion', taken.map((c) => c.key)), title: emptyText(), weight: '10', min: '1', max: '6' });

export const criteriaPayload = (rows: readonly CriterionDraft[]) =>
  rows.map((c) => ({ key: c.key.trim(), title: textPayload(c.title), weight: numberOrText(c.weight), scale: { min: numberOrText(c.min), max: numberOrText(c.max) } }));

// ——— deadlines ———

export interface DeadlineDraft {
  uid: string;
  id?: string;
  at: string;
  label: TextValues;
}

export const deadlineDrafts = (call: Pick<Call, 'deadlines'>): DeadlineDraft[] => call.deadlines.map((d) => ({ uid: uid(), id: d.id, at: toOsloInput(d.deadline), label: textValues(d.label) }));

export const deadlinesPayload = (rows: readonly DeadlineDraft[]) => ({
  deadlines: rows.map((d) => ({ ...(d.id ? { id: d.id } : {}), deadline: fromOsloInput(d.at), label: textPayload(d.label) })),
});

// ——— the application form ———

export interface OptionDraft {
  uid: string;
  value: string;
  label: TextValues;
}

export interface FieldDraft {
  uid: string;
  kind: FieldKind;
  key: string;
  label: TextValues;
  help: TextValues;
  required: boolean;
  maxLength: string;
  min: string;
  max: string;
  integer: boolean;
  earliest: string;
  latest: string;
  options: OptionDraft[];
  multiple: boolean;
  accept: AttachmentType[];
  maxSizeMb: string;
  maxFiles: string;
  requested: boolean;
}

export interface SectionDraft {
  uid: string;
  key: string;
  title: TextValues;
  intro: TextValues;
  fields: FieldDraft[];
}

const str = (n: number | undefined | null) => (n === undefined || n === null ? '' : String(n));

export function newField(kind: FieldKind, taken: Iterable<string>): FieldDraft {
  return {
    uid: uid(),
    kind,
    key: freeKey(kind === 'attachment' ? 'file' : 'field', taken),
    label: emptyText(),
    help: emptyText(),
    required: false,
    maxLength: '',
    min: '',
    max: '',
    integer: false,
    earliest: '',
    latest: '',
    options: kind === 'choice' ? [1, 2].map((n) => ({ uid: uid(), value: `option_${n}`, label: emptyText() })) : [],
    multiple: false,
    accept: kind === 'attachment' ? ['pdf'] : [],
    maxSizeMb: kind === 'attachment' ? '10' : '',
    maxFiles: kind === 'attachment' ? '1' : '',
    requested: false,
  };
}

export function fieldDraft(f: FormField): FieldDraft {
  const d = { ...newField(f.kind, []), key: f.key, label: textValues(f.label), help: textValues(f.help), required: f.required, options: [] as OptionDraft[] };
  switch (f.kind) {
    case 'short_text':
    case 'long_text':
      return { ...d, maxLength: str(f.maxLength) };
    case 'number':
      return { ...d, min: str(f.min), max: str(f.max), integer: f.integer ?? false };
    case 'amount':
      return { ...d, min: str(f.min), max: str(f.max), requested: f.requested ?? false };
    case 'date':
      return { ...d, earliest: f.earliest ?? '', latest: f.latest ?? '' };
    case 'choice':
      return { ...d, options: f.options.map((o) => ({ uid: uid(), value: o.value, label: textValues(o.label) })), multiple: f.multiple };
    case 'attachment':
      return { ...d, accept: [...f.accept], maxSizeMb: str(f.maxSizeMb), maxFiles: str(f.maxFiles) };
    default:
      return d;
  }
}

export const sectionDrafts = (form: ApplicationForm | null): SectionDraft[] =>
  (form?.sections ?? []).map((s) => ({ uid: uid(), key: s.key, title: textValues(s.title), intro: textValues(s.intro), fields: s.fields.map(fieldDraft) }));

export const newSection = (taken: readonly SectionDraft[]): SectionDraft => ({ uid: uid(), key: freeKey('section', taken.map((s) => s.key)), title: emptyText(), intro: emptyText(), fields: [] });

/** Only the settings that are filled in: the contract's defaults stand for the rest. */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));

function fieldPayload(f: FieldDraft): Record<string, unknown> {
  const base = { kind: f.kind, key: f.key.trim(), label: textPayload(f.label), ...defined({ help: textOrNull(f.help) ?? undefined }), required: f.required };
  switch (f.kind) {
    case 'short_text':
    case 'long_text':
      return { ...base, ...defined({ maxLength: numberOrText(f.maxLength) }) };
    case 'number':
      return { ...base, ...defined({ min: numberOrText(f.min), max: numberOrText(f.max) }), ...(f.integer ? { integer: true } : {}) };
    case 'amount':
      return { ...base, ...defined({ min: numberOrText(f.min), max: numberOrText(f.max) }), ...(f.requested ? { requested: true } : {}) };
    case 'date':
      return { ...base, ...defined({ earliest: f.earliest.trim(), latest: f.latest.trim() }) };
    case 'choice':
      return { ...base, options: f.options.map((o) => ({ value: o.value.trim(), label: textPayload(o.label) })), multiple: f.multiple };
    case 'attachment':
      return { ...base, accept: f.accept, ...defined({ maxSizeMb: numberOrText(f.maxSizeMb), maxFiles: numberOrText(f.maxFiles) }) };
    default:
      return base;
  }
}

/** The form as the contract takes it; no sections is no form (null). */
export function formPayload(sections: readonly SectionDraft[]): unknown {
  if (sections.length === 0) return null;
  return {
    sections: sections.map((s) => ({ key: s.key.trim(), title: textPayload(s.title), ...defined({ intro: textOrNull(s.intro) ?? undefined }), fields: s.fields.map(fieldPayload) })),
  };
}
