/**
 * The kinds of field an application form is built from, the file types an attachment field may
 * accept, and the limits of forms and answers. The contract builds its schemas from them and the
 * answer rules check against them, so the two cannot drift.
 */

export const FIELD_KINDS = ['short_text', 'long_text', 'number', 'amount', 'date', 'choice', 'reach', 'goals', 'efforts', 'attachment'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** File types by their usual extension; the server tells them by their first bytes. */
export const ATTACHMENT_TYPES = ['pdf', 'docx', 'xlsx', 'odt', 'ods', 'png', 'jpeg'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** A field's, a section's or an option's stable key: a lower-case letter, then letters, digits or `_`. */
export const FORM_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export const FORM_LIMITS = {
  sections: 30,
  fieldsPerSection: 60,
  /** Fields in the whole form, and so keys in one set of answers. */
  fields: 300,
  shortTextMax: 500,
  shortTextDefault: 200,
  longTextMax: 20000,
  longTextDefault: 5000,
  options: { min: 2, max: 50 },
  reachRows: 100,
  targetGroupLength: 200,
  reachCount: { min: 1, max: 1_000_000 },
  /** Goals or efforts chosen in one field. */
  ids: 50,
  /** Whole kroner; an application's amounts stay well inside the safe integers. */
  amount: { min: 0, max: 1_000_000_000_000 },
  fileSizeMb: { min: 1, max: 25 },
  files: { min: 1, max: 10 },
  fileNameLength: 255,
} as const;

const BROKEN_CHARACTER = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL cannot store: a NUL character or half of a surrogate pair. */
export function isUnstorableText(text: string): boolean {
  return text.includes('\u0000') || BROKEN_CHARACTER.test(text);
}
