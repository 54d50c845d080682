/**
 * Wall-clock time in Oslo, where every body meets: the documents show and the calendar writes a
 * meeting's time as it reads on the clock there, summer time or not. Intl knows the zone's rules,
 * so an instant converts correctly on both sides of a change.
 */
export const OSLO = 'Europe/Oslo';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The date and time on a clock in Oslo at this instant. Read from the formatted text's numbers
 * (day, month, year, hour, minute, second in en-GB's order): a few times faster than
 * `formatToParts`, which a calendar of a thousand meetings calls two thousand times.
 */
export function osloParts(instant: Date | string): LocalParts {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: ${String(instant)}`);
  const numbers = partsFormat.format(date).match(/\d+/g);
  if (numbers?.length !== 6) throw new RangeError(`Unexpected clock text: ${partsFormat.format(date)}`);
  const [day, month, year, hour, minute, second] = numbers.map(Number) as [number, number, number, number, number, number];
  return { year, month, day, hour, minute, second };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD`: the date in Oslo. */
export function osloDate(instant: Date | string): string {
  const p = osloParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The year in Oslo (a meeting at 00:30 on New Year's Day, Oslo time, is of the new year). */
export function osloYear(instant: Date | string): number {
  return osloParts(instant).year;
}

/** iCalendar local DATE-TIME, `YYYYMMDDTHHMMSS`, for use with `TZID=Europe/Oslo`. */
export function icalLocal(instant: Date | string): string {
  const p = osloParts(instant);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** iCalendar UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
export function icalUtc(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: ${String(instant)}`);
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
