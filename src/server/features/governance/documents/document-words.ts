import type { AgendaItem, Meeting, MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { pickText, type Locale } from '../../../../shared/domain/localized';
import type { TFunction } from '../../../../shared/i18n/translator';
import type { PdfBlock } from '../../../pdf/pdf-model';
import { OSLO } from '../oslo-time';
import { dateTimeFormat } from '../../../../shared/domain/intl';

/**
 * What the governance documents say alike: dates and times on the clock in Oslo, a case's
 * number and title, a meeting's facts, and a text of several paragraphs as paragraphs.
 */

/** "15. januar 2026", "15 January 2026": the date in Oslo in the document's language. */
export function longDate(instant: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: OSLO }).format(new Date(instant));
}

/** "18:00": the time in Oslo. */
export function clockTime(instant: string, locale: Locale): string {
  return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: OSLO }).format(new Date(instant));
}

/** "15. januar 2026 kl. 18:00–20:30", or only the start when the meeting has no end. */
export function meetingWhen(meeting: Meeting, locale: Locale, t: TFunction): string {
  const date = longDate(meeting.startsAt, locale);
  const from = clockTime(meeting.startsAt, locale);
  if (!meeting.endsAt) return t('governanceDocuments.pdf.whenStart', { date, from });
  return t('governanceDocuments.pdf.when', { date, from, to: clockTime(meeting.endsAt, locale) });
}

/** "Sak 12/2026: Budsjett for 2026", with the public title. */
export function caseTitle(item: AgendaItem, locale: Locale, t: TFunction): string {
  return t('governanceDocuments.caseTitle', { number: item.number, title: pickText(item.case.title, locale).text });
}

export function bodyName(detail: MeetingDetail, locale: Locale): string {
  return pickText(detail.meeting.body.name, locale).text;
}

/** A text as paragraphs: a blank line starts a new one. Nothing for an empty text. */
export function paragraphs(text: string | null | undefined): PdfBlock[] {
  return (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ kind: 'paragraph', text: p }));
}

/** The text in the document's language, bokmål when it has none; empty when there is none. */
export function localText(text: { nb: string; nn?: string | null; en?: string | null } | null | undefined, locale: Locale): string {
  return pickText(text, locale).text.trim();
}

/** Organ, time, place and online link of a meeting, as facts. */
export function meetingFacts(detail: MeetingDetail, locale: Locale, t: TFunction): { term: string; value: string }[] {
  const { meeting } = detail;
  const facts = [
    { term: t('governanceDocuments.pdf.facts.body'), value: bodyName(detail, locale) },
    { term: t('governanceDocuments.pdf.facts.time'), value: meetingWhen(meeting, locale, t) },
    { term: t('governanceDocuments.pdf.facts.place'), value: meeting.place?.trim() || t('governanceDocuments.pdf.noPlace') },
  ];
  if (meeting.onlineUrl) facts.push({ term: t('governanceDocuments.pdf.facts.online'), value: meeting.onlineUrl });
  return facts;
}

/** Where the minutes stand: approved when and by whom, published, a draft, or a cancelled meeting. */
export function minutesStatus(meeting: Meeting, locale: Locale, t: TFunction): string {
  if (meeting.status === 'cancelled') return t('governanceDocuments.pdf.status.cancelled');
  if (!meeting.minutesApprovedAt) return t('governanceDocuments.pdf.status.draft');
  const date = longDate(meeting.minutesApprovedAt, locale);
  const approved = meeting.minutesApprovedBy === 'meeting' ? t('governanceDocuments.pdf.status.approvedMeeting', { date }) : t('governanceDocuments.pdf.status.approvedChair', { date });
  if (!meeting.minutesPublishedAt) return approved;
  return `${approved}. ${t('governanceDocuments.pdf.status.published', { date: longDate(meeting.minutesPublishedAt, locale) })}`;
}
