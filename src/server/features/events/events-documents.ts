import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { serverTranslator } from '../../i18n/translator';
import { xlsxStream, type XlsxCell, type XlsxColumn } from '../../files/xlsx-writer';
import { findProgrammeById } from '../programmes/programmes.repo';
import { visibleLineage } from '../programmes/programmes.access';
import { calendarDocument, escapeText, meetingEventLines, uriValue } from '../governance/documents/ical';
import { icalLocal, icalUtc, OSLO } from '../governance/oslo-time';
import { listMeetings } from '../governance/meetings.repo';
import { toMeeting } from '../governance/meetings.view';
import { visibleBodyIds } from '../governance/meetings.service';
import * as repo from './events.repo';
import type { EventRegistrationRow, EventRow } from './events.table';
import { eventForCalendar, exportData } from './events.service';
import { eventEnd } from '../../../shared/domain/events';
import { pickText, type Locale } from '../../../shared/domain/localized';
import { sitePagePath } from '../../../shared/domain/site-paths';
import { CSV_BOM, csvLine } from '../../../shared/domain/csv';

const CALENDAR_LIMIT = 5000;

interface CalendarOptions {
  host: string;
  origin: string;
  slug: string;
  locale: Locale;
}

/** One event's VEVENT (RFC 5545): a stable UID, Oslo time, cancelled ones kept as CANCELLED. */
export function eventLines(e: EventRow, opts: CalendarOptions): string[] {
  const { t } = serverTranslator(opts.locale);
  const page = `${opts.origin}${sitePagePath(opts.locale, 'event', { slug: opts.slug, eventId: e.id })}`;
  const summary = e.status === 'cancelled' ? t('events.calendar.cancelled', { title: e.title }) : e.title;
  const description = [e.lead, ...e.talks.map((talk) => `${talk.time} ${talk.title}${talk.speaker ? ` (${talk.speaker})` : ''}`)].filter(Boolean);
  if (e.streamUrl) description.push(t('events.calendar.stream', { url: e.streamUrl }));
  description.push(t('events.calendar.page', { url: page }));
  const location = [e.place, e.address].filter(Boolean).join(', ') || e.streamUrl || '';
  const lines = [
    'BEGIN:VEVENT',
    `UID:event-${e.id}@${opts.host}`,
    `DTSTAMP:${icalUtc(e.updatedAt)}`,
    `DTSTART;TZID=${OSLO}:${icalLocal(e.startsAt)}`,
    `DTEND;TZID=${OSLO}:${icalLocal(eventEnd(e))}`,
    `SUMMARY:${escapeText(summary)}`,
  ];
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  lines.push(
    `URL:${uriValue(page)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `SEQUENCE:${e.sequence}`,
    `STATUS:${e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `LAST-MODIFIED:${icalUtc(e.updatedAt)}`,
    'END:VEVENT',
  );
  return lines;
}

const prodId = (locale: Locale) => `-//Samordna//Events//${locale.toUpperCase()}`;

/** One event as an iCalendar file. */
export async function eventCalendar(db: Db, actor: Actor, id: string, origin: string, locale: Locale): Promise<string> {
  const event = await eventForCalendar(db, actor, id);
  return calendarDocument(prodId(locale), event.title, eventLines(event, { host: new URL(origin).hostname, origin, slug: event.programmeSlug, locale }));
}

/**
 * The programme's calendar feed: its published (and cancelled) events and the meetings of its
 * governance bodies the reader may see, in one iCalendar document with stable UIDs.
 */
export async function programmeCalendar(db: Db, actor: Actor, programmeId: string, origin: string, locale: Locale): Promise<string> {
  await visibleLineage(db, actor, programmeId);
  const programme = (await findProgrammeById(db, programmeId))!;
  const { t } = serverTranslator(locale);
  const opts = { host: new URL(origin).hostname, origin, slug: programme.slug, locale };
  const events = await repo.eventsOfProgramme(db, programmeId, false);
  const meetings = (await listMeetings(db, { bodyIds: await visibleBodyIds(db, actor, programmeId) }, CALENDAR_LIMIT)).map(toMeeting);
  const meetingOpts = { name: '', host: opts.host, locale, url: (id: string) => `${origin}${sitePagePath(locale, 'meeting', { slug: programme.slug, meetingId: id })}` };
  return calendarDocument(prodId(locale), t('events.calendar.feedName', { name: pickText(programme.name, locale).text }), [
    ...events.flatMap((e) => eventLines(e, opts)),
    ...meetings.flatMap((m) => meetingEventLines(m, meetingOpts)),
  ]);
}

function exportRows(event: EventRow, registrations: EventRegistrationRow[], locale: Locale) {
  const { t } = serverTranslator(locale);
  const columns: XlsxColumn[] = [
    { header: t('events.export.name'), kind: 'text', width: 28 },
    { header: t('events.export.email'), kind: 'text', width: 30 },
    { header: t('events.export.organisation'), kind: 'text', width: 28 },
    { header: t('events.export.status'), kind: 'text', width: 14 },
    { header: t('events.export.registeredAt'), kind: 'text', width: 20 },
    { header: t('events.export.attended'), kind: 'text', width: 10 },
    ...event.questions.map((q) => ({ header: q.label, kind: 'text' as const, width: 30 })),
  ];
  const at = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Oslo' });
  const rows: XlsxCell[][] = registrations.map((r) => [
    r.name,
    r.email,
    r.organisation,
    t(`events.status.${r.status}`),
    at.format(r.queuedAt),
    r.attended === null ? '' : t(r.attended ? 'events.export.yes' : 'events.export.no'),
    ...event.questions.map((q) => r.answers[q.id] ?? ''),
  ]);
  return { columns, rows, sheetName: t('events.export.sheet') };
}

/** The registrations as CSV (UTF-8 with BOM, semicolons), one column per question. */
export async function registrationsCsv(db: Db, actor: Actor, id: string, locale: Locale): Promise<string> {
  const { event, registrations } = await exportData(db, actor, id);
  const { columns, rows } = exportRows(event, registrations, locale);
  return CSV_BOM + csvLine(columns.map((c) => c.header)) + rows.map((r) => csvLine(r)).join('');
}

/** The registrations as a spreadsheet (.xlsx). */
export async function registrationsXlsx(db: Db, actor: Actor, id: string, locale: Locale): Promise<AsyncIterable<Uint8Array>> {
  const { event, registrations } = await exportData(db, actor, id);
  const { columns, rows, sheetName } = exportRows(event, registrations, locale);
  return xlsxStream({ name: sheetName, columns, pages: (async function* () { yield rows; })() });
}
