import { z } from './zod';
import { isValidOrgNumber } from '../domain/org-number';

export const Id = z.uuid().describe('Identifier (UUID)');
export const IdParams = z.object({ id: Id });

/**
 * Who keeps an entry of a shared register or of the indicator catalogue: the programme whose
 * secretariat (for indicators, also analysts) may change it; null: the platform administrators.
 */
export const OwnerProgrammeId = Id.nullable().describe('The programme that keeps the entry; null: the platform administrators');

/** Required bokmål, optional nynorsk and English; empty strings mean "not translated". */
export const LocalizedText = z.object({
  nb: z.string().trim().min(1, { message: 'required' }).max(5000),
  nn: z.string().trim().max(5000).nullish(),
  en: z.string().trim().max(5000).nullish(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const OptionalLocalizedText = z.object({
  nb: z.string().trim().max(20000).default(''),
  nn: z.string().trim().max(20000).nullish(),
  en: z.string().trim().max(20000).nullish(),
});

export const Slug = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug' })
  .describe('Lower-case letters, digits and hyphens; used in the public URL');

export const OrgNumber = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s/g, ''))
  .refine((s) => isValidOrgNumber(s), { message: 'orgNumber' })
  .describe('Norwegian organisation number, nine digits with a modulus-11 check digit');

export const Email = z.string().trim().toLowerCase().pipe(z.email({ message: 'email' })).describe('E-mail address');

export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone' })
  .describe('Phone number, digits with optional +, spaces and hyphens');

/**
 * A web address a page may link to: `http` or `https` only, so that no `javascript:` or `data:`
 * address reaches a link, an export or a provenance note.
 */
export const WebUrl = z.url({ protocol: /^https?$/, message: 'url' }).max(2000);

export const PageQuery = z.object({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** One page of a list and the number of all items that match; the type of `pageOf(Item)`. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** A calendar date, YYYY-MM-DD. */
export const DateOnly = z.iso.date({ message: 'date' }).describe('A date, YYYY-MM-DD');

export const Timestamp = z.string().describe('ISO 8601 timestamp');

export const OkResponse = z.object({ ok: z.literal(true) });
