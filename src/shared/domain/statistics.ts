/**
 * What an observation (one cell of a statistics table) means beyond its number. Shared by the
 * importers on the server and the charts and tables in the client, so both agree on when a cell
 * may be shown, must be hidden or needs a footnote.
 *
 * - `none`: an ordinary figure (it may still carry a source symbol such as "e" for estimated).
 * - `provisional`: a figure that will be revised (SSB "p" / "*", "foreløpig").
 * - `break`: a figure that is not comparable with earlier periods (SSB "b" / "|").
 * - `suppressed`: hidden to protect privacy or confidentiality (SSB ":", "prikket").
 * - `not_available`: the figure exists in principle but is missing or not yet published.
 * - `not_applicable`: a figure cannot exist for this combination (SSB ".", "logisk umulig").
 */
export const OBSERVATION_STATUSES = [
  'none',
  'provisional',
  'break',
  'suppressed',
  'not_available',
  'not_applicable',
] as const;

export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

export function isObservationStatus(value: unknown): value is ObservationStatus {
  return typeof value === 'string' && (OBSERVATION_STATUSES as readonly string[]).includes(value);
}

/** Statuses whose cells never carry a number that may be shown. */
export function isWithheldStatus(status: ObservationStatus): boolean {
  return status === 'suppressed' || status === 'not_available' || status === 'not_applicable';
}
