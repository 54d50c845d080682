import { z } from './zod';
import { Id, LocalizedText, OptionalLocalizedText } from './common';
import { ATTACHMENT_TYPES, FIELD_KINDS, FORM_KEY_PATTERN, FORM_LIMITS, isUnstorableText } from '../domain/application-form-limits';

const L = FORM_LIMITS;

export const FormKey = z.string().regex(FORM_KEY_PATTERN, { message: 'formKey' }).describe('Stable key: a lower-case letter, then up to 39 lower-case letters, digits or underscores');
export const FieldKind = z.enum(FIELD_KINDS);
export const AttachmentType = z.enum(ATTACHMENT_TYPES);
const DateOnly = z.iso.date({ message: 'date' });

const FieldBase = z.object({
  key: FormKey.describe("The field's stable key: answers are stored under it, so it stays when the label changes"),
  label: LocalizedText,
  help: OptionalLocalizedText.optional().describe('Guidance shown with the field'),
  required: z.boolean().default(false).describe('Must be answered before the application is submitted (a draft may leave it empty)'),
});

export const ShortTextField = FieldBase.extend({
  kind: z.literal('short_text'),
  maxLength: z.number().int().min(1).max(L.shortTextMax).default(L.shortTextDefault).describe('Most characters the answer may have'),
});
export const LongTextField = FieldBase.extend({
  kind: z.literal('long_text'),
  maxLength: z.number().int().min(1).max(L.longTextMax).default(L.longTextDefault).describe('Most characters the answer may have'),
});
export const NumberField = FieldBase.extend({
  kind: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional().describe('Only whole numbers'),
});
const Kroner = z.number().int().min(L.amount.min).max(L.amount.max);
export const AmountField = FieldBase.extend({
  kind: z.literal('amount'),
  min: Kroner.optional().describe('Least amount, in whole kroner'),
  max: Kroner.optional().describe('Largest amount, in whole kroner'),
  requested: z.boolean().optional().describe('This is the amount applied for (the secretariat sees it in the list of applications); left out on every field, the first amount field is'),
});
export const DateField = FieldBase.extend({
  kind: z.literal('date'),
  earliest: DateOnly.optional().describe('Earliest date allowed, YYYY-MM-DD'),
  latest: DateOnly.optional().describe('Latest date allowed, YYYY-MM-DD'),
});
export const ChoiceOption = z.object({
  value: FormKey.describe('What the answer stores; stays when the label changes'),
  label: LocalizedText,
});
export const ChoiceField = FieldBase.extend({
  kind: z.literal('choice'),
  options: z.array(ChoiceOption).min(L.options.min).max(L.options.max).describe('The options, each value once'),
  multiple: z.boolean().default(false).describe('The applicant may choose more than one option'),
});
export const ReachField = FieldBase.extend({
  kind: z.literal('reach').describe('The areas and target groups the project reaches, as counts of people only'),
});
export const GoalsField = FieldBase.extend({
  kind: z.literal('goals').describe("Goals of the call's programme that the project serves"),
});
export const EffortsField = FieldBase.extend({
  kind: z.literal('efforts').describe("Efforts of the programme's action programme that the project belongs to"),
});
export const AttachmentField = FieldBase.extend({
  kind: z.literal('attachment'),
  accept: z.array(AttachmentType).min(1).describe('The file types the field takes'),
  maxSizeMb: z.number().int().min(L.fileSizeMb.min).max(L.fileSizeMb.max).default(L.fileSizeMb.max).describe('Largest size of one file, in MB'),
  maxFiles: z.number().int().min(L.files.min).max(L.files.max).default(1).describe('Most files the field takes'),
});

type Bounds = { kind: string; min?: number; max?: number; earliest?: string; latest?: string; options?: { value: string }[] };

/** A field's lower bound above its upper one, and an option value used twice. */
function checkField(field: Bounds, ctx: z.core.$RefinementCtx, at: PropertyKey[] = []): void {
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) ctx.addIssue({ code: 'custom', path: [...at, 'max'], message: 'rangeOrder' });
  if (field.earliest && field.latest && field.earliest > field.latest) ctx.addIssue({ code: 'custom', path: [...at, 'latest'], message: 'rangeOrder' });
  const seen = new Set<string>();
  field.options?.forEach((option, i) => {
    if (seen.has(option.value)) ctx.addIssue({ code: 'custom', path: [...at, 'options', i, 'value'], message: 'duplicateKey' });
    seen.add(option.value);
  });
}

export const FormField = z
  .discriminatedUnion('kind', [ShortTextField, LongTextField, NumberField, AmountField, DateField, ChoiceField, ReachField, GoalsField, EffortsField, AttachmentField])
  .superRefine((field, ctx) => checkField(field, ctx));
export type FormField = z.infer<typeof FormField>;
export type FieldOfKind<K extends FormField['kind']> = Extract<FormField, { kind: K }>;

export const FormSection = z.object({
  key: FormKey,
  title: LocalizedText,
  intro: OptionalLocalizedText.optional().describe('Text shown above the fields of the section'),
  fields: z.array(FormField).min(1).max(L.fieldsPerSection),
});
export type FormSection = z.infer<typeof FormSection>;

/**
 * The application form of a call: sections of fields, each field's key once in the whole form
 * (answers are stored by field key, flat).
 */
export const ApplicationForm = z
  .object({ sections: z.array(FormSection).min(1).max(L.sections) })
  .superRefine((form, ctx) => {
    const sectionKeys = new Set<string>();
    const fieldKeys = new Set<string>();
    let total = 0;
    form.sections.forEach((section, s) => {
      if (sectionKeys.has(section.key)) ctx.addIssue({ code: 'custom', path: ['sections', s, 'key'], message: 'duplicateKey' });
      sectionKeys.add(section.key);
      section.fields.forEach((field, f) => {
        if (fieldKeys.has(field.key)) ctx.addIssue({ code: 'custom', path: ['sections', s, 'fields', f, 'key'], message: 'duplicateKey' });
        fieldKeys.add(field.key);
      });
      total += section.fields.length;
    });
    if (total > L.fields) ctx.addIssue({ code: 'too_big', origin: 'array', maximum: L.fields, inclusive: true, path: ['sections'], message: 'tooManyFields', input: form.sections });
  });
export type ApplicationForm = z.infer<typeof ApplicationForm>;

const StorableText = (max: number) => z.string().max(max).refine((s) => !isUnstorableText(s), { message: 'unstorableText' });

export const ReachRow = z.strictObject({
  areaId: Id.nullable().describe('The area reached; null: not tied to one area'),
  targetGroup: StorableText(L.targetGroupLength).describe('Who is reached, in the applicant\'s words (e.g. "pupils in years 8–10")'),
  count: z.number().int().min(L.reachCount.min).max(L.reachCount.max).describe('How many are reached: a count, never names or other personal data'),
});
export type ReachRow = z.infer<typeof ReachRow>;

export const AttachmentRef = z.strictObject({
  fileId: Id.describe('The stored file'),
  name: StorableText(L.fileNameLength).min(1).describe('The file name as uploaded'),
  size: z.number().int().min(0).describe('Size in bytes'),
  type: AttachmentType.describe('The file type the server found in the file'),
});
export type AttachmentRef = z.infer<typeof AttachmentRef>;

export const AnswerValue = z
  .union([
    StorableText(L.longTextMax),
    z.number(),
    z.array(StorableText(100)).max(L.options.max),
    z.array(ReachRow).max(L.reachRows),
    z.array(AttachmentRef).max(L.files.max),
    z.null(),
  ])
  .describe('Text, a date (YYYY-MM-DD) or a chosen option; a number or an amount; chosen options, goal or effort ids; reach rows; attachments; null when cleared');
export type AnswerValue = z.infer<typeof AnswerValue>;

/**
 * An applicant's answers: one value per field key, flat. The number of keys is checked before
 * the values are read.
 */
export const FormAnswers = z
  .record(z.string(), z.unknown())
  .superRefine((answers, ctx) => {
    const count = Object.keys(answers).length;
    if (count > L.fields) ctx.addIssue({ code: 'too_big', origin: 'object', maximum: L.fields, inclusive: true, message: 'tooManyAnswers', input: answers, abort: true });
  })
  .pipe(z.record(FormKey, AnswerValue))
  .describe('Answers by field key');
export type FormAnswers = z.infer<typeof FormAnswers>;
