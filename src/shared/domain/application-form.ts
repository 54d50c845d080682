import type { ApplicationForm, FieldOfKind, FormField } from '../contracts/application-form';
import { FORM_LIMITS, isUnstorableText } from './application-form-limits';

/**
 * A problem with an answer, named by its path (`answers.budget_total`, `answers.reach.2.count`).
 * `code` is a message key: under `applicationForm.errors.` or, where the core has it, under
 * `validation.`; `params` fill the message's slots.
 */
export interface FormIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

/** A draft may be incomplete; a submitted application must answer every required field. */
export type FormMode = 'draft' | 'submit';

/** The ids the call's programme offers; a list left out is not checked. */
export interface FormContext {
  goalIds?: readonly string[];
  effortIds?: readonly string[];
  areaIds?: readonly string[];
}

export interface MissingField {
  sectionKey: string;
  fieldKey: string;
  label: FormField['label'];
}

export interface AnswerChange {
  fieldKey: string;
  kind: FormField['kind'];
  label: FormField['label'];
  before: unknown;
  after: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MB = 1024 * 1024;

type Answers = Readonly<Record<string, unknown>>;

/** The form's field keys, in form order. */
export function formFieldKeys(form: ApplicationForm): string[] {
  return form.sections.flatMap((s) => s.fields.map((f) => f.key));
}

/** The field with this key, or undefined (a key is never looked up on a prototype). */
export function fieldByKey(form: ApplicationForm, key: string): FormField | undefined {
  for (const section of form.sections) {
    for (const field of section.fields) if (field.key === key) return field;
  }
  return undefined;
}

/**
 * The amount applied for: the answer to the amount field marked `requested` or, when none is,
 * to the form's first amount field (in form order); null when the form has none or it is not
 * answered with a number.
 */
export function requestedAmount(form: ApplicationForm | null | undefined, answers: Answers): number | null {
  const amounts = (form?.sections ?? []).flatMap((s) => s.fields).filter((f) => f.kind === 'amount');
  const field = amounts.find((f) => f.requested) ?? amounts[0];
  if (!field) return null;
  const value = Object.hasOwn(answers, field.key) ? answers[field.key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answer given for a key: own properties only, so `constructor` is not an answer. */
function answerOf(answers: Answers, key: string): unknown {
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

/** Left out, cleared, blank text or an empty list. */
export function isEmptyAnswer(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The issues found so far, and whether required fields count (a submission) or not (a draft). */
class Issues {
  readonly list: FormIssue[] = [];
  constructor(readonly mode: FormMode) {}
  add(path: string, code: string, params?: FormIssue['params']): void {
    this.list.push(params ? { path, code, params } : { path, code });
  }
}

function checkText(out: Issues, path: string, value: unknown, max: number): void {
  if (typeof value !== 'string') return out.add(path, 'wrongKind');
  if (isUnstorableText(value)) return out.add(path, 'unstorableText');
  if (value.length > max) out.add(path, 'tooLong', { max });
}

function checkNumber(out: Issues, path: string, value: unknown, bounds: { min?: number; max?: number; integer?: boolean }): void {
  if (typeof value === 'string') return out.add(path, 'notANumber');
  if (typeof value !== 'number') return out.add(path, 'wrongKind');
  if (!Number.isFinite(value)) return out.add(path, 'notANumber');
  if (bounds.integer && !Number.isInteger(value)) return out.add(path, 'notInteger');
  if (bounds.min !== undefined && value < bounds.min) return out.add(path, 'tooSmall', { min: bounds.min });
  if (bounds.max !== undefined && value > bounds.max) out.add(path, 'tooLarge', { max: bounds.max });
}

function checkDate(out: Issues, path: string, value: unknown, field: FieldOfKind<'date'>): void {
  if (typeof value !== 'string') return out.add(path, 'wrongKind');
  if (!isRealDate(value)) return out.add(path, 'date');
  if (field.earliest && value < field.earliest) return out.add(path, 'tooEarly', { earliest: field.earliest });
  if (field.latest && value > field.latest) out.add(path, 'tooLate', { latest: field.latest });
}

/** A list no longer than `max`; its items are read only then, so a huge list costs one issue. */
function checkList(out: Issues, path: string, value: unknown, max: number, code = 'tooMany'): value is unknown[] {
  if (!Array.isArray(value)) {
    out.add(path, 'wrongKind');
    return false;
  }
  if (value.length > max) {
    out.add(path, code, { max });
    return false;
  }
  return true;
}

function checkChoice(out: Issues, path: string, value: unknown, field: FieldOfKind<'choice'>): void {
  const values = new Set(field.options.map((o) => o.value));
  if (!field.multiple) {
    if (Array.isArray(value)) return out.add(path, value.length > 1 ? 'oneOption' : 'wrongKind');
    if (typeof value !== 'string') return out.add(path, 'wrongKind');
    if (!values.has(value)) out.add(path, 'notAnOption');
    return;
  }
  if (!checkList(out, path, value, field.options.length)) return;
  const seen = new Set<string>();
  value.forEach((item, i) => {
    if (typeof item !== 'string') return out.add(`${path}.${i}`, 'wrongKind');
    if (!values.has(item)) return out.add(`${path}.${i}`, 'notAnOption');
    if (seen.has(item)) out.add(`${path}.${i}`, 'duplicate');
    seen.add(item);
  });
}

/** Whether the id is well formed and, where the programme's ids are given, one of them. */
function checkId(out: Issues, path: string, value: unknown, allowed: ReadonlySet<string> | undefined): boolean {
  if (typeof value !== 'string' || (!allowed && !UUID.test(value))) {
    out.add(path, 'wrongKind');
    return false;
  }
  if (allowed && !allowed.has(value)) {
    out.add(path, 'notInProgramme');
    return false;
  }
  return true;
}

function checkIds(out: Issues, path: string, value: unknown, allowed: readonly string[] | undefined): void {
  if (!checkList(out, path, value, FORM_LIMITS.ids)) return;
  const set = allowed ? new Set(allowed) : undefined;
  const seen = new Set<unknown>();
  value.forEach((id, i) => {
    if (checkId(out, `${path}.${i}`, id, set) && seen.has(id)) out.add(`${path}.${i}`, 'duplicate');
    seen.add(id);
  });
}

const REACH_KEYS = new Set(['areaId', 'targetGroup', 'count']);

function firstUnknownKey(value: Record<string, unknown>, known: ReadonlySet<string>): string | undefined {
  return Object.keys(value).find((key) => !known.has(key));
}

function checkReach(out: Issues, path: string, value: unknown, areaIds: readonly string[] | undefined): void {
  const L = FORM_LIMITS;
  if (!checkList(out, path, value, L.reachRows)) return;
  const allowed = areaIds ? new Set(areaIds) : undefined;
  const seen = new Set<string>();
  value.forEach((row, i) => {
    const at = `${path}.${i}`;
    if (!isRecord(row)) return out.add(at, 'wrongKind');
    const unknown = firstUnknownKey(row, REACH_KEYS);
    if (unknown !== undefined) out.add(`${at}.${unknown}`, 'unknownField');
    const areaId = answerOf(row, 'areaId');
    if (areaId !== undefined && areaId !== null) checkId(out, `${at}.areaId`, areaId, allowed);
    const group = answerOf(row, 'targetGroup');
    if (isEmptyAnswer(group)) {
      if (out.mode === 'submit') out.add(`${at}.targetGroup`, 'required');
    } else checkText(out, `${at}.targetGroup`, group, L.targetGroupLength);
    const count = answerOf(row, 'count');
    if (count === undefined || count === null) {
      if (out.mode === 'submit') out.add(`${at}.count`, 'required');
    } else checkNumber(out, `${at}.count`, count, { ...L.reachCount, integer: true });
    if (typeof group === 'string' && group.trim() !== '') {
      // The same target group in the same area (or in none) twice would be counted twice.
      const same = `${typeof areaId === 'string' ? areaId : ''}\u0000${group.trim().toLowerCase()}`;
      if (seen.has(same)) out.add(at, 'duplicate');
      seen.add(same);
    }
  });
}

const REF_KEYS = new Set(['fileId', 'name', 'size', 'type']);

function checkAttachments(out: Issues, path: string, value: unknown, field: FieldOfKind<'attachment'>): void {
  if (!checkList(out, path, value, field.maxFiles, 'tooManyFiles')) return;
  const accept: readonly string[] = field.accept;
  const seen = new Set<string>();
  value.forEach((ref, i) => {
    const at = `${path}.${i}`;
    if (!isRecord(ref)) return out.add(at, 'wrongKind');
    const unknown = firstUnknownKey(ref, REF_KEYS);
    if (unknown !== undefined) return out.add(`${at}.${unknown}`, 'unknownField');
    const [fileId, name, size, type] = ['fileId', 'name', 'size', 'type'].map((key) => answerOf(ref, key));
    if (typeof fileId !== 'string' || !UUID.test(fileId)) return out.add(`${at}.fileId`, 'wrongKind');
    if (typeof name !== 'string' || name.trim() === '') return out.add(`${at}.name`, 'wrongKind');
    if (isUnstorableText(name)) return out.add(`${at}.name`, 'unstorableText');
    if (name.length > FORM_LIMITS.fileNameLength) return out.add(`${at}.name`, 'tooLong', { max: FORM_LIMITS.fileNameLength });
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) return out.add(`${at}.size`, 'wrongKind');
    if (typeof type !== 'string' || !accept.includes(type)) return out.add(`${at}.type`, 'fileType', { accept: accept.join(', ') });
    if (size > field.maxSizeMb * MB) return out.add(at, 'fileTooLarge', { maxSizeMb: field.maxSizeMb });
    if (seen.has(fileId)) out.add(at, 'duplicate');
    seen.add(fileId);
  });
}

function checkAnswer(out: Issues, field: FormField, value: unknown, context: FormContext): void {
  const path = `answers.${field.key}`;
  switch (field.kind) {
    case 'short_text':
    case 'long_text':
      return checkText(out, path, value, field.maxLength);
    case 'number':
      return checkNumber(out, path, value, field);
    case 'amount':
      return checkNumber(out, path, value, { min: field.min ?? FORM_LIMITS.amount.min, max: field.max ?? FORM_LIMITS.amount.max, integer: true });
    case 'date':
      return checkDate(out, path, value, field);
    case 'choice':
      return checkChoice(out, path, value, field);
    case 'reach':
      return checkReach(out, path, value, context.areaIds);
    case 'goals':
      return checkIds(out, path, value, context.goalIds);
    case 'efforts':
      return checkIds(out, path, value, context.effortIds);
    case 'attachment':
      return checkAttachments(out, path, value, field);
  }
}

/**
 * The problems with an applicant's answers to a form, each at its path. A draft is checked for
 * what is wrong with the answers given (kind, shape, limits, ids outside the programme); a
 * submission also for required fields left empty. Keys the form does not have are refused. The
 * answers may come straight from a request: nothing is assumed about their shape.
 */
export function validateAnswers(form: ApplicationForm, answers: unknown, mode: FormMode, context: FormContext = {}): FormIssue[] {
  const out = new Issues(mode);
  if (!isRecord(answers)) {
    out.add('answers', 'wrongKind');
    return out.list;
  }
  const keys = Object.keys(answers);
  if (keys.length > FORM_LIMITS.fields) {
    out.add('answers', 'tooManyAnswers', { max: FORM_LIMITS.fields });
    return out.list;
  }
  const fields = new Map<string, FormField>();
  for (const section of form.sections) for (const field of section.fields) fields.set(field.key, field);
  for (const key of keys) if (!fields.has(key)) out.add(`answers.${key}`, 'unknownField');
  for (const field of fields.values()) {
    const value = answerOf(answers, field.key);
    if (isEmptyAnswer(value)) {
      if (mode === 'submit' && field.required) out.add(`answers.${field.key}`, 'required');
    } else checkAnswer(out, field, value, context);
  }
  return out.list;
}

/** The required fields still empty, in form order: what the applicant must fill in to submit. */
export function missingFields(form: ApplicationForm, answers: Answers): MissingField[] {
  const missing: MissingField[] = [];
  for (const section of form.sections) {
    for (const field of section.fields) {
      if (field.required && isEmptyAnswer(answerOf(answers, field.key))) missing.push({ sectionKey: section.key, fieldKey: field.key, label: field.label });
    }
  }
  return missing;
}

const UNORDERED: ReadonlySet<FormField['kind']> = new Set(['choice', 'goals', 'efforts']);

/** An answer as compared: empty answers alike, and lists whose order means nothing sorted. */
function comparable(kind: FormField['kind'], value: unknown): string {
  if (isEmptyAnswer(value)) return '';
  if (UNORDERED.has(kind) && Array.isArray(value)) return JSON.stringify(value.map((v) => JSON.stringify(v)).sort());
  return JSON.stringify(value, (_, v: unknown) => (isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}

/**
 * The fields whose answers differ between two versions of an application, in form order, with
 * both answers (null where there was none). Long texts can be shown word by word with
 * `diffWords` (word-diff.ts).
 */
export function answersDiff(form: ApplicationForm, before: Answers, after: Answers): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const section of form.sections) {
    for (const field of section.fields) {
      const a = answerOf(before, field.key);
      const b = answerOf(after, field.key);
      if (comparable(field.kind, a) !== comparable(field.kind, b)) {
        changes.push({ fieldKey: field.key, kind: field.kind, label: field.label, before: a ?? null, after: b ?? null });
      }
    }
  }
  return changes;
}
