import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { renderPdf } from '../../pdf/pdf-render';
import { serverTranslator } from '../../i18n/translator';
import { findProgrammeById } from '../programmes/programmes.repo';
import { visibleLineage } from '../programmes/programmes.access';
import { bodyScope, managedBody } from './governance.access';
import * as repo from './meetings.repo';
import { findBodyWithSecretariat } from './bodies.repo';
import { toBody } from './bodies.view';
import { loadMeetingDetail } from './meeting-detail';
import { visibleBodyIds } from './meetings.service';
import { listProgrammeDecisions } from './decisions.service';
import { toMeeting } from './meetings.view';
import { meetingsCalendar } from './documents/ical';
import { decisionsFeed } from './documents/rss';
import { documentFileName, excerptSpec, minutesSpec, noticeSpec } from './documents/minutes-pdf';
import { noarkExport } from './documents/noark';
import { osloDate } from './oslo-time';
import { pickText, type Locale } from '../../../shared/domain/localized';
import { sitePagePath } from '../../../shared/domain/site-paths';
import type { MeetingDetail } from '../../../shared/contracts/governance-meetings';
import { meetingReached } from '../../../shared/domain/governance';

/** The public page of a meeting, and of a programme's decisions. */
const meetingPagePath = (locale: Locale, slug: string, meetingId: string) => sitePagePath(locale, 'meeting', { slug, meetingId });
const decisionsPagePath = (locale: Locale, slug: string) => sitePagePath(locale, 'decisions', { slug });

/** How many meetings a calendar feed carries at most (the newest); years of a body's meetings fit. */
const CALENDAR_LIMIT = 5000;

async function calendar(db: Db, bodyIds: string[], slug: string, name: string, origin: string, locale: Locale): Promise<string> {
  const meetings = (await repo.listMeetings(db, { bodyIds }, CALENDAR_LIMIT)).map(toMeeting);
  return meetingsCalendar(meetings, { name, host: new URL(origin).hostname, url: (id) => `${origin}${meetingPagePath(locale, slug, id)}`, locale });
}

/** The body's meetings as an iCalendar feed (RFC 5545): planned, held and cancelled alike. */
export async function bodyCalendar(db: Db, actor: Actor, bodyId: string, origin: string, locale: Locale): Promise<string> {
  const { body } = await bodyScope(db, actor, bodyId);
  const programme = (await findProgrammeById(db, body.programmeId))!;
  const t = serverTranslator(locale).t;
  return calendar(db, [bodyId], programme.slug, t('governanceDocuments.channel.calendarName', { name: pickText(body.name, locale) }), origin, locale);
}

/** The meetings of every body of the programme the visitor may see, as one iCalendar feed. */
export async function programmeCalendar(db: Db, actor: Actor, programmeId: string, origin: string, locale: Locale): Promise<string> {
  const bodyIds = await visibleBodyIds(db, actor, programmeId);
  const programme = (await findProgrammeById(db, programmeId))!;
  const t = serverTranslator(locale).t;
  return calendar(db, bodyIds, programme.slug, t('governanceDocuments.channel.calendarName', { name: pickText(programme.name, locale) }), origin, locale);
}

/** One meeting as an iCalendar file, to add to a calendar. */
export async function meetingCalendar(db: Db, actor: Actor, meetingId: string, origin: string, locale: Locale): Promise<string> {
  const detail = await loadMeetingDetail(db, actor, meetingId);
  const t = serverTranslator(locale).t;
  return meetingsCalendar([detail.meeting], {
    name: t('governanceDocuments.channel.calendarName', { name: pickText(detail.meeting.body.name, locale) }),
    host: new URL(origin).hostname,
    url: (id) => `${origin}${meetingPagePath(locale, detail.programme.slug, id)}`,
    locale,
  });
}

/** The programme's latest decisions as an RSS 2.0 feed. */
export async function decisionFeed(db: Db, actor: Actor, programmeId: string, origin: string, locale: Locale): Promise<string> {
  await visibleLineage(db, actor, programmeId);
  const programme = (await findProgrammeById(db, programmeId))!;
  const page = await listProgrammeDecisions(db, actor, programmeId, { limit: 50, offset: 0 });
  const t = serverTranslator(locale).t;
  const name = pickText(programme.name, locale);
  return decisionsFeed(page.items, {
    title: t('governanceDocuments.channel.feedTitle', { programme: name }),
    description: t('governanceDocuments.channel.feedDescription', { programme: name }),
    link: `${origin}${decisionsPagePath(locale, programme.slug)}`,
    selfUrl: `${origin}/api/programmes/${programmeId}/decisions.rss${locale === 'nb' ? '' : `?lang=${locale}`}`,
    locale,
    decisionUrl: (d) => `${origin}${meetingPagePath(locale, programme.slug, d.meetingId)}#${d.itemId}`,
  });
}

export interface PdfFile {
  fileName: string;
  body: Buffer;
}

/** Minutes are out once published; before that only the secretariat and the body's members read the draft. */
function minutesReadable(detail: MeetingDetail): boolean {
  return detail.meeting.status === 'minutes_published' || detail.access.canManage || detail.access.isMember;
}

export async function minutesPdf(db: Db, actor: Actor, meetingId: string, locale: Locale): Promise<PdfFile> {
  const detail = await loadMeetingDetail(db, actor, meetingId);
  if (!minutesReadable(detail)) throw notFound('The minutes');
  return { fileName: documentFileName('minutes', detail), body: await renderPdf(minutesSpec(detail, locale)) };
}

export async function noticePdf(db: Db, actor: Actor, meetingId: string, locale: Locale): Promise<PdfFile> {
  const detail = await loadMeetingDetail(db, actor, meetingId);
  const published = detail.meeting.status !== 'cancelled' && meetingReached(detail.meeting.status, 'notice_published');
  if (!published && !detail.access.canManage && !detail.access.isMember) throw notFound('The notice');
  return { fileName: documentFileName('notice', detail), body: await renderPdf(noticeSpec(detail, locale)) };
}

/** An excerpt (utskrift) of one item of the minutes. */
export async function excerptPdf(db: Db, actor: Actor, itemId: string, locale: Locale): Promise<PdfFile> {
  const item = await repo.findItem(db, itemId);
  if (!item) throw notFound('The agenda item');
  const detail = await loadMeetingDetail(db, actor, item.meetingId);
  if (!minutesReadable(detail)) throw notFound('The agenda item');
  return { fileName: documentFileName('excerpt', detail, itemId), body: await renderPdf(excerptSpec(detail, itemId, locale)) };
}

/** A Noark 5-shaped export of the body's meetings, cases and decisions of a year, for the archive. */
export async function noarkXml(db: Db, actor: Actor, bodyId: string, year: number): Promise<{ fileName: string; xml: string }> {
  const { body } = await managedBody(db, actor, bodyId);
  const programme = (await findProgrammeById(db, body.programmeId))!;
  const meetings = await repo.listMeetings(db, { bodyIds: [bodyId], year });
  const details: MeetingDetail[] = [];
  for (const m of meetings) details.push(await loadMeetingDetail(db, actor, m.id));
  const row = (await findBodyWithSecretariat(db, bodyId))!;
  return {
    fileName: `noark5-${programme.slug}-${year}.xml`,
    xml: noarkExport({ body: toBody(row, osloDate(new Date())), programme: { id: programme.id, name: programme.name }, year, meetings: details, generatedAt: new Date() }),
  };
}
