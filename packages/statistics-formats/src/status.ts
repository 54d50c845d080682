/**
 * What an observation (one cell of a statistics table) means beyond its number: the status
 * vocabulary every reader maps its source symbols to (see symbols.ts). Pure and free of Node
 * APIs, so that a browser bundle may import it (`@samordna/statistics-formats/status`) without
 * pulling in the readers.
 *
 * - `none`: an ordinary, published figure.
 * - `provisional`: a figure that will be revised (SSB "p" / "*", "foreløpig").
 * - `break`: a figure that is not comparable with earlier periods (SSB "b" / "|").
 * - `suppressed`: hidden to protect privacy or confidentiality (SSB ":", "prikket").
 * - `not_available`: the figure exists in principle but is missing or not yet published.
 * - `not_applicable`: a figure cannot exist for this combination (SSB ".", "logisk umulig").
 * - `estimate`: a figure the publisher estimated rather than counted (JSON-stat "e", "anslag").
 *
 * A cell batch stores a status as its position in this list (STATUS_CODE in cube.ts): read
 * those codes through the list or STATUS_CODE, never as literal numbers.
 */
export const OBSERVATION_STATUSES = [
  'none',
  'provisional',
  'break',
  'suppressed',
  'not_available',
  'not_applicable',
  // Last: a batch stores a status as its position here, so new statuses are only ever appended.
  'estimate',
] as const;

export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

export function isObservationStatus(value: unknown): value is ObservationStatus {
  return typeof value === 'string' && (OBSERVATION_STATUSES as readonly string[]).includes(value);
}

/** Statuses whose cells never carry a number that may be shown. */
export function isWithheldStatus(status: ObservationStatus): boolean {
  return status === 'suppressed' || status === 'not_available' || status === 'not_applicable';
}
