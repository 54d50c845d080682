/**
 * What the registration forms posted without script hear back, in the query of the page the
 * browser is sent to: `utfall` (registered, waiting, duplicate on registering; saved, cancelled
 * on the personal page), and `feil` when the form was refused — field errors as `path:code`
 * pairs, or one error code for the whole form. No value the person typed goes in the address.
 */
export const FORM_OUTCOME = 'utfall';
export const FORM_ERRORS = 'feil';
/** The event page's registration section, where the browser is sent back to. */
export const REGISTRATION_ANCHOR = 'event-register';

export const FORM_OUTCOMES = ['registered', 'waiting', 'duplicate', 'saved', 'cancelled'] as const;
export type FormOutcome = (typeof FORM_OUTCOMES)[number];
export const isFormOutcome = (value: string | null): value is FormOutcome => (FORM_OUTCOMES as readonly (string | null)[]).includes(value);

export interface FormRefusal {
  /** The error for the whole form (e.g. RATE_LIMITED, STATE_CHANGED), or VALIDATION_FAILED. */
  code: string;
  fields: { path: string; code: string }[];
}

const SAFE = /^[A-Za-z0-9_.-]{1,100}$/;

export function encodeRefusal(r: FormRefusal): string {
  const fields = r.fields.filter((f) => SAFE.test(f.path) && SAFE.test(f.code)).map((f) => `${f.path}:${f.code}`);
  return fields.length > 0 ? fields.join(',') : SAFE.test(r.code) ? r.code : 'VALIDATION_FAILED';
}

/** Reads `feil` back; anything malformed is dropped, so a hand-made address shows nothing odd. */
export function decodeRefusal(value: string | null): FormRefusal | null {
  if (!value) return null;
  const parts = value.split(',').slice(0, 30);
  if (parts.length === 1 && !parts[0]!.includes(':')) return SAFE.test(parts[0]!) ? { code: parts[0]!, fields: [] } : null;
  const fields = parts
    .map((p) => p.split(':'))
    .filter((p): p is [string, string] => p.length === 2 && SAFE.test(p[0]!) && SAFE.test(p[1]!))
    .map(([path, code]) => ({ path, code }));
  return fields.length > 0 ? { code: 'VALIDATION_FAILED', fields } : null;
}
