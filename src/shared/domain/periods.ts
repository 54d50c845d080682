/**
 * Periods of official statistics, normalised to one canonical code per period so the same
 * quarter from SSB (`2025K4`), PX (`TLIST(Q1)` → `20254`) and JSON-stat (`2025Q4`) is one
 * observation, not three.
 *
 * | kind          | canonical  | also read                                              |
 * |---------------|------------|--------------------------------------------------------|
 * | `year`        | `2024`     | `2024A`, `2024-2024`                                   |
 * | `school_year` | `2023-24`  | `2023-2024`, `2023/2024`, `2023/24`, `2023–24`, `2023-24` |
 * | `half_year`   | `2025H1`   | `2025-H1`, `2025h1`; `20251` under `H1`                |
 * | `quarter`     | `2025Q4`   | `2025K4` (SSB), `2025-Q4`, `2025q4`; `20254` under `Q1` |
 * | `month`       | `2025M01`  | `2025M1`, `2025-M01`, `2025-01`; `202501` under `M1` or alone |
 * | `week`        | `2025W05`  | `2025U05` (SSB "uke"), `2025-W05`; `202505` under `W1`  |
 * | `cohort`      | `C2017`    | `kull 2017`, `2017-kull`, `cohort 2017`; `C2017-2023`, `2017–2023` (a span of more than one year) |
 *
 * `2011-12` reads as the school year 2011–12, not December 2011: a month is written `2011M12`.
 * `start` and `end` are ISO dates (inclusive) so periods of different kinds order in time;
 * a school year runs from 1 August to 31 July, a cohort from the start of its first year.
 */
export const PERIOD_KINDS = ['year', 'school_year', 'half_year', 'quarter', 'month', 'week', 'cohort'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  code: string;
  kind: PeriodKind;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
}

/** The time scale a source states for its time dimension (PX `TLIST(A1)` → `A1`). */
export type TimeUnitHint = string | undefined;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const isYear = (y: number) => Number.isInteger(y) && y >= 1000 && y <= 9999;

function year(y: number): Period | undefined {
  if (!isYear(y)) return undefined;
  return { code: String(y), kind: 'year', start: iso(y, 1, 1), end: iso(y, 12, 31) };
}

function schoolYear(y: number): Period | undefined {
  if (!isYear(y) || !isYear(y + 1)) return undefined;
  return { code: `${y}-${pad((y + 1) % 100)}`, kind: 'school_year', start: iso(y, 8, 1), end: iso(y + 1, 7, 31) };
}

function halfYear(y: number, h: number): Period | undefined {
  if (!isYear(y) || (h !== 1 && h !== 2)) return undefined;
  return { code: `${y}H${h}`, kind: 'half_year', start: iso(y, h === 1 ? 1 : 7, 1), end: h === 1 ? iso(y, 6, 30) : iso(y, 12, 31) };
}

function quarter(y: number, q: number): Period | undefined {
  if (!isYear(y) || q < 1 || q > 4) return undefined;
  const firstMonth = (q - 1) * 3 + 1;
  return { code: `${y}Q${q}`, kind: 'quarter', start: iso(y, firstMonth, 1), end: iso(y, firstMonth + 2, lastDayOfMonth(y, firstMonth + 2)) };
}

function month(y: number, m: number): Period | undefined {
  if (!isYear(y) || m < 1 || m > 12) return undefined;
  return { code: `${y}M${pad(m)}`, kind: 'month', start: iso(y, m, 1), end: iso(y, m, lastDayOfMonth(y, m)) };
}

/** ISO 8601 week: week 1 holds the year's first Thursday; weeks start on Monday. */
function week(y: number, w: number): Period | undefined {
  if (!isYear(y) || w < 1 || w > 53) return undefined;
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const mondayOfWeek1 = Date.UTC(y, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  const start = new Date(mondayOfWeek1 + (w - 1) * 7 * 86_400_000);
  const end = new Date(start.getTime() + 6 * 86_400_000);
  // Week 53 exists only in years whose 28 December falls in it.
  if (w === 53) {
    const dec28 = new Date(Date.UTC(y, 11, 28));
    if (dec28.getTime() < start.getTime()) return undefined;
  }
  const d = (x: Date) => iso(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
  return { code: `${y}W${pad(w)}`, kind: 'week', start: d(start), end: d(end) };
}

function cohort(from: number, to?: number): Period | undefined {
  if (!isYear(from) || (to !== undefined && (!isYear(to) || to <= from))) return undefined;
  return {
    code: to === undefined ? `C${from}` : `C${from}-${to}`,
    kind: 'cohort',
    start: iso(from, 1, 1),
    end: iso(to ?? from, 12, 31),
  };
}

/** Normalises the hint: `TLIST(Q1)`, `Q1`, `q`, `K` (SSB quarters) → one letter A/H/Q/M/W. */
function hintLetter(hint: TimeUnitHint): string | undefined {
  if (!hint) return undefined;
  const m = /([AHQMWK])\d*\)?\s*$/i.exec(hint.trim());
  const letter = m?.[1]?.toUpperCase();
  return letter === 'K' ? 'Q' : letter;
}

/**
 * Reads a period code. Returns undefined when the text is not a period we know, so the caller
 * can list the codes it could not read instead of guessing.
 */
export function parsePeriod(raw: string, hint?: TimeUnitHint): Period | undefined {
  const text = raw.trim().replace(/[\u2013\u2014]/g, '-');
  let m: RegExpExecArray | null;
  const letter = hintLetter(hint);

  if ((m = /^(\d{4})A?$/i.exec(text))) return year(Number(m[1]));
  if ((m = /^(\d{4})-(\d{4})$/.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a === b) return year(a);
    if (b === a + 1) return schoolYear(a);
    return cohort(a, b);
  }
  if ((m = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const next = m[2]!.length === 2 ? (a + 1) % 100 : a + 1;
    if (b === next) return schoolYear(a);
  }
  if ((m = /^(\d{4})-?H([12])$/i.exec(text))) return halfYear(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-?[QK]([1-4])$/i.exec(text))) return quarter(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-?M(\d{1,2})$/i.exec(text))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-?[WU](\d{1,2})$/i.exec(text))) return week(Number(m[1]), Number(m[2]));
  if ((m = /^(?:kull|cohort|C)\s*(\d{4})(?:\s*-\s*(\d{4}))?$/i.exec(text))) {
    return cohort(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]));
  }
  if ((m = /^(\d{4})\s*-?\s*(?:kull|cohort)$/i.exec(text))) return cohort(Number(m[1]));
  // Bare digits after the year: their meaning comes from the time scale (PX TLIST).
  if ((m = /^(\d{4})(\d{1,2})$/.exec(text))) {
    const y = Number(m[1]);
    const n = Number(m[2]);
    if (letter === 'H' && m[2]!.length === 1) return halfYear(y, n);
    if (letter === 'Q' && m[2]!.length === 1) return quarter(y, n);
    if (letter === 'W') return week(y, n);
    if ((letter === 'M' || letter === undefined) && m[2]!.length === 2) return month(y, n);
  }
  return undefined;
}

/** Orders periods in time; a longer period starting the same day comes first. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end > b.end ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** The period of a canonical code (as stored); undefined for anything else. */
export function periodOf(code: string): Period | undefined {
  const p = parsePeriod(code);
  return p && p.code === code ? p : undefined;
}

/**
 * Fraction of the way from `from` to `to` that `at` lies, measured between the periods'
 * midpoints, clamped to [0, 1]. Used to draw the straight line from baseline to target.
 */
export function periodFraction(from: Period, to: Period, at: Period): number {
  const mid = (p: Period) => (Date.parse(p.start) + Date.parse(p.end)) / 2;
  const a = mid(from);
  const b = mid(to);
  if (b <= a) return 1;
  return Math.min(1, Math.max(0, (mid(at) - a) / (b - a)));
}

const LABELS = {
  nb: { half: (h: number, y: number) => `${h}. halvår ${y}`, quarter: (q: number, y: number) => `${q}. kvartal ${y}`, week: (w: number, y: number) => `uke ${w} ${y}`, cohort: 'kull', months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] },
  nn: { half: (h: number, y: number) => `${h}. halvår ${y}`, quarter: (q: number, y: number) => `${q}. kvartal ${y}`, week: (w: number, y: number) => `veke ${w} ${y}`, cohort: 'kull', months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] },
  en: { half: (h: number, y: number) => `H${h} ${y}`, quarter: (q: number, y: number) => `Q${q} ${y}`, week: (w: number, y: number) => `week ${w} ${y}`, cohort: 'cohort', months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] },
} as const;

/** A period as a reader writes it: `2023–24`, `4. kvartal 2025`, `januar 2025`, `kull 2017`. */
export function formatPeriod(code: string, locale: 'nb' | 'nn' | 'en'): string {
  const p = periodOf(code);
  if (!p) return code;
  const l = LABELS[locale];
  const y = Number(code.slice(0, 4));
  switch (p.kind) {
    case 'year':
      return code;
    case 'school_year':
      return `${y}\u2013${code.slice(5)}`;
    case 'half_year':
      return l.half(Number(code.slice(5)), y);
    case 'quarter':
      return l.quarter(Number(code.slice(5)), y);
    case 'month':
      return `${l.months[Number(code.slice(5)) - 1]} ${y}`;
    case 'week':
      return l.week(Number(code.slice(5)), y);
    case 'cohort':
      return `${l.cohort} ${code.slice(1).replace('-', '\u2013')}`;
  }
}

/**
 * `2015–2024` for a run of periods, a single period alone, nothing without both ends. Periods that are themselves spans or
 * several words (`2015–16`, `1. kvartal 2024`) are joined with spaced dashes, or the run would
 * read as `2015–16–2024–25`.
 */
export function periodSpan(first: string | null, last: string | null, locale: 'nb' | 'nn' | 'en'): string {
  if (!first || !last) return '';
  if (first === last) return formatPeriod(first, locale);
  const a = formatPeriod(first, locale);
  const b = formatPeriod(last, locale);
  return /[\s\u2013-]/.test(a + b) ? `${a} \u2013 ${b}` : `${a}\u2013${b}`;
}
