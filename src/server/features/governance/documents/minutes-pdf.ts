import type { AttendanceEntry, MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { pickText, type Locale } from '../../../../shared/domain/localized';
import type { TFunction } from '../../../../shared/i18n/translator';
import { notFound } from '../../../http/errors';
import { serverTranslator } from '../../../i18n/translator';
import { PDF_LANG, type PdfBlock, type PdfCell, type PdfDocumentSpec } from '../../../pdf/pdf-model';
import { bodyName, caseTitle, longDate, meetingFacts, minutesStatus } from './document-words';
import { itemBlocks, itemSections } from './item-blocks';
import { osloDate } from '../oslo-time';

/**
 * A meeting's documents as accessible PDFs: the minutes (protokoll), the notice with its agenda
 * (møteinnkalling) and the excerpt of one case (utskrift). Each function builds the document
 * model from the meeting as the service answers it to the reader (`getMeeting`), so the reader's
 * rights are already applied: an exempt case the reader may not read arrives `restricted`, and
 * the documents show it as number, public title and legal basis. `renderPdf(spec)` writes the file.
 */

function frame(detail: MeetingDetail, locale: Locale, t: TFunction, parts: { title: string; subject: string; blocks: PdfBlock[] }): PdfDocumentSpec {
  const programme = pickText(detail.programme.name, locale).text;
  return {
    lang: PDF_LANG[locale],
    title: parts.title,
    author: programme,
    subject: parts.subject,
    runningHeader: t('governanceDocuments.pdf.runningHeader', { programme, body: bodyName(detail, locale) }),
    pageLabel: (page, pages) => t('governanceDocuments.pdf.page', { page, pages }),
    blocks: parts.blocks,
  };
}

function roleCell(entry: AttendanceEntry, t: TFunction): PdfCell {
  const role = t(`governanceDocuments.role.${entry.role}`);
  if (!entry.substituteFor) return role;
  return [{ text: role }, { text: t('governanceDocuments.pdf.attendance.substitute', { name: entry.substituteFor.name }), style: 'detail' }];
}

/** Who was there (members and the deputies who met, for whom), and who was absent. */
function attendanceBlocks(detail: MeetingDetail, t: TFunction): PdfBlock[] {
  const present = detail.attendance.filter((a) => a.status === 'present');
  const absent = detail.attendance.filter((a) => a.status !== 'present');
  const blocks: PdfBlock[] = [{ kind: 'heading', level: 2, text: t('governanceDocuments.pdf.attendance.present') }];
  if (present.length === 0) blocks.push({ kind: 'paragraph', text: t('governanceDocuments.pdf.attendance.none') });
  else {
    blocks.push({
      kind: 'table',
      header: [t('governanceDocuments.pdf.attendance.name'), t('governanceDocuments.pdf.attendance.organisation'), t('governanceDocuments.pdf.attendance.role')],
      widths: [3, 3, 2.4],
      rowHeaders: true,
      rows: present.map((a) => [a.name, a.organisation?.name ?? '', roleCell(a, t)]),
    });
  }
  if (absent.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('governanceDocuments.pdf.attendance.absent') },
      {
        kind: 'list',
        items: absent.map((a) => {
          const name = a.organisation ? `${a.name} (${a.organisation.name})` : a.name;
          return { text: t(a.status === 'absent_notified' ? 'governanceDocuments.pdf.attendance.absentNotified' : 'governanceDocuments.pdf.attendance.absentNoNotice', { name }) };
        }),
      },
    );
  }
  return blocks;
}

/**
 * The minutes (protokoll) of a meeting: the heading and the meeting's facts with where the
 * minutes stand, attendance, then each agenda item with its conflicts of interest, proposed
 * decision, outcome and decision, votes and follow-up actions.
 */
export function minutesSpec(detail: MeetingDetail, locale: Locale): PdfDocumentSpec {
  const { t } = serverTranslator(locale);
  const body = bodyName(detail, locale);
  const date = longDate(detail.meeting.startsAt, locale);
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: t('governanceDocuments.pdf.minutes.heading', { body }) },
    { kind: 'facts', items: [...meetingFacts(detail, locale, t), { term: t('governanceDocuments.pdf.facts.status'), value: minutesStatus(detail.meeting, locale, t) }] },
    ...attendanceBlocks(detail, t),
    ...detail.items.flatMap((item) => itemBlocks(item, locale, t, 'minutes')),
  ];
  return frame(detail, locale, t, { title: t('governanceDocuments.pdf.minutes.title', { body, date }), subject: t('governanceDocuments.pdf.minutes.subject', { date }), blocks });
}

/**
 * The notice of a meeting (møteinnkalling): the meeting's facts, the agenda, then each case with
 * its case paper and proposed decision.
 */
export function noticeSpec(detail: MeetingDetail, locale: Locale): PdfDocumentSpec {
  const { t } = serverTranslator(locale);
  const body = bodyName(detail, locale);
  const date = longDate(detail.meeting.startsAt, locale);
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: t('governanceDocuments.pdf.notice.heading', { body }) },
    { kind: 'facts', items: meetingFacts(detail, locale, t) },
    { kind: 'heading', level: 2, text: t('governanceDocuments.pdf.notice.agenda') },
  ];
  if (detail.items.length === 0) blocks.push({ kind: 'paragraph', text: t('governanceDocuments.pdf.notice.noItems') });
  else {
    blocks.push({ kind: 'list', items: detail.items.map((item) => ({ text: caseTitle(item, locale, t) })) });
    blocks.push(...detail.items.flatMap((item) => itemBlocks(item, locale, t, 'notice')));
  }
  return frame(detail, locale, t, { title: t('governanceDocuments.pdf.notice.title', { body, date }), subject: t('governanceDocuments.pdf.notice.subject', { date }), blocks });
}

/**
 * The excerpt (utskrift) of one agenda item from the minutes: the case as the heading, the
 * meeting's facts, and what the minutes say of the case. NOT_FOUND when the meeting has no such
 * item (or the reader does not see it).
 */
export function excerptSpec(detail: MeetingDetail, itemId: string, locale: Locale): PdfDocumentSpec {
  const item = detail.items.find((i) => i.id === itemId);
  if (!item) throw notFound('Agenda item');
  const { t } = serverTranslator(locale);
  const body = bodyName(detail, locale);
  const date = longDate(detail.meeting.startsAt, locale);
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: caseTitle(item, locale, t) },
    { kind: 'paragraph', style: 'lead', text: t('governanceDocuments.pdf.excerpt.lead', { body, date }) },
    { kind: 'facts', items: [...meetingFacts(detail, locale, t), { term: t('governanceDocuments.pdf.facts.status'), value: minutesStatus(detail.meeting, locale, t) }] },
    ...itemSections(item, locale, t, 'minutes', 2),
  ];
  return frame(detail, locale, t, { title: t('governanceDocuments.pdf.excerpt.title', { number: item.number, body }), subject: t('governanceDocuments.pdf.excerpt.subject', { number: item.number }), blocks });
}

/**
 * The download's file name, as the other exports name theirs: `protokoll-2026-06-10.pdf`,
 * `innkalling-2026-06-10.pdf`, `utskrift-sak-12-2026.pdf` (the date is the meeting's, in Oslo).
 */
export function documentFileName(kind: 'minutes' | 'notice' | 'excerpt', detail: MeetingDetail, itemId?: string): string {
  const date = osloDate(detail.meeting.startsAt);
  if (kind === 'minutes') return `protokoll-${date}.pdf`;
  if (kind === 'notice') return `innkalling-${date}.pdf`;
  const item = detail.items.find((i) => i.id === itemId);
  if (!item) throw notFound('Agenda item');
  return `utskrift-sak-${item.number.replace(/[^0-9A-Za-z]+/g, '-')}.pdf`;
}
