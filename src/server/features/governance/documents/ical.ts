import type { Meeting } from '../../../../shared/contracts/governance-meetings';
import { pickText, type Locale } from '../../../../shared/domain/localized';
import { serverTranslator } from '../../../i18n/translator';
import { icalLocal, icalUtc, OSLO } from '../oslo-time';

/**
 * Meetings as an iCalendar feed (RFC 5545) that calendar programs subscribe to: one VEVENT per
 * meeting, in Oslo time with the zone's rules written out, so every client shows the time the
 * body meets. A cancelled meeting stays in the feed as CANCELLED, with a higher SEQUENCE, so
 * subscribed clients take it off their calendars instead of keeping a stale copy.
 */

export interface MeetingsCalendarOptions {
  /** The calendar's name in the subscriber's list (X-WR-CALNAME). */
  name: string;
  /** The site's host name, the stable part of each event's UID (`meeting-<id>@<host>`). */
  host: string;
  /** The meeting's page on the site. */
  url: (meetingId: string) => string;
  /** The language of the summaries and descriptions. */
  locale: Locale;
}

/** Without an end, a meeting is taken to last two hours. */
const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000;

/**
 * Oslo's rules since 1996 (the EU's): summer time from the last Sunday of March at 02:00 to the
 * last Sunday of October at 03:00.
 */
export const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${OSLO}`,
  `X-LIC-LOCATION:${OSLO}`,
  'BEGIN:DAYLIGHT',
  'TZNAME:CEST',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:CET',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// Control characters other than tab cannot appear in a content line (RFC 5545 §3.1).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A URI value: not escaped as text, but it must stay on its logical line. */
export function uriValue(url: string): string {
  return url.replace(/[\r\n]/g, '').replace(CONTROL, '');
}

/** A code point's length in UTF-8. */
const utf8Octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * A content line folded to at most 75 octets a line (RFC 5545 §3.1), the continuation lines
 * starting with a space. It breaks between characters, never inside one's UTF-8 bytes. (Counted
 * without encoding: a feed of a thousand meetings has fourteen thousand lines.)
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0)!);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

function summaryOf(meeting: Meeting, locale: Locale): string {
  const { t } = serverTranslator(locale);
  const body = pickText(meeting.body.name, locale).text;
  const summary = meeting.title ? t('governanceDocuments.calendar.summary', { body, title: pickText(meeting.title, locale).text }) : t('governanceDocuments.calendar.summaryUntitled', { body });
  return meeting.status === 'cancelled' ? t('governanceDocuments.calendar.cancelled', { summary }) : summary;
}

/** One meeting's VEVENT, unfolded (see `calendarDocument`); other calendars (a programme's events) add them to theirs. */
export function meetingEventLines(meeting: Meeting, opts: MeetingsCalendarOptions): string[] {
  const { t } = serverTranslator(opts.locale);
  const page = opts.url(meeting.id);
  const end = meeting.endsAt ?? new Date(Date.parse(meeting.startsAt) + DEFAULT_DURATION_MS).toISOString();
  const modified = icalUtc(meeting.updatedAt);
  const description = [t('governanceDocuments.calendar.page', { url: page })];
  if (meeting.onlineUrl) description.push(t('governanceDocuments.calendar.online', { url: meeting.onlineUrl }));
  const lines = [
    'BEGIN:VEVENT',
    `UID:meeting-${meeting.id}@${opts.host}`,
    `DTSTAMP:${modified}`,
    `DTSTART;TZID=${OSLO}:${icalLocal(meeting.startsAt)}`,
    `DTEND;TZID=${OSLO}:${icalLocal(end)}`,
    `SUMMARY:${escapeText(summaryOf(meeting, opts.locale))}`,
  ];
  if (meeting.place) lines.push(`LOCATION:${escapeText(meeting.place)}`);
  lines.push(
    `URL:${uriValue(page)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `SEQUENCE:${meeting.sequence}`,
    `STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `LAST-MODIFIED:${modified}`,
    'END:VEVENT',
  );
  return lines;
}

/**
 * The meetings as one iCalendar document (`text/calendar; charset=utf-8`): a VCALENDAR with
 * the Oslo time zone and one VEVENT per meeting, lines folded and ended with CRLF. Wire it as
 * `reply.type('text/calendar; charset=utf-8').send(meetingsCalendar(meetings, opts))`.
 */
export function meetingsCalendar(meetings: readonly Meeting[], opts: MeetingsCalendarOptions): string {
  return calendarDocument(`-//Samordna//Governance meetings//${opts.locale.toUpperCase()}`, opts.name, meetings.flatMap((m) => meetingEventLines(m, opts)));
}

/**
 * A VCALENDAR around the given VEVENT lines: the Oslo time zone written out, every line folded
 * and ended with CRLF.
 */
export function calendarDocument(prodId: string, name: string, eventLines: readonly string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${prodId}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${OSLO}`,
    ...VTIMEZONE,
    ...eventLines,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
