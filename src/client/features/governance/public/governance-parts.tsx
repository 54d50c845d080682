import type { ReactNode } from 'react';
import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import type { Meeting } from '../../../../shared/contracts/governance-meetings';
import { meetingReached } from '../../../../shared/domain/governance';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { useLocalized } from '../../../components/LocalizedText';
import { ScrollTable } from '../../../components/ScrollTable';
import { usePageFeeds } from '../../../app/page-info';
import { formatMeetingTime } from './governance-format';
import { governanceLinks } from './governance.queries';

export const governancePath = (slug: string) => `/program/${slug}/styring`;
export const bodyPath = (slug: string, bodyId: string) => `/program/${slug}/styring/${bodyId}`;
export const meetingPath = (slug: string, meetingId: string) => `/program/${slug}/moter/${meetingId}`;
export const decisionsPath = (slug: string) => `/program/${slug}/vedtak`;

/** A section of a page with its h2, named by it. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="stack" id={id}>
      <Heading level={2} data-size="md" id={`${id}-heading`} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** "Møte i styringsgruppa" when the meeting has no title of its own. */
export function useMeetingTitle(meeting: Meeting): { text: string; lang: string | undefined } {
  const { t } = useTranslation();
  const title = useLocalized(meeting.title);
  const body = useLocalized(meeting.body.name);
  if (meeting.title) return title;
  return { text: t('governancePublic.meeting.untitled', { body: body.text }), lang: body.lang };
}

/** Where a meeting has come: its status in words, not by colour alone. */
export function MeetingStatusTag({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const color = meeting.status === 'cancelled' ? 'danger' : meetingReached(meeting.status, 'minutes_published') ? 'success' : 'neutral';
  return (
    <Tag data-size="sm" data-color={color}>
      {t(`governancePublic.meetingStatus.${meeting.status}`)}
    </Tag>
  );
}

function MeetingRow({ meeting, slug, showBody }: { meeting: Meeting; slug: string; showBody: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useMeetingTitle(meeting);
  const body = useLocalized(meeting.body.name);
  const notice = meetingReached(meeting.status, 'notice_published');
  return (
    <Table.Row>
      <Table.Cell>{formatMeetingTime(meeting.startsAt, meeting.endsAt, locale)}</Table.Cell>
      {showBody ? (
        <Table.Cell>
          <AppLink to={bodyPath(slug, meeting.body.id)} lang={body.lang}>
            {body.text}
          </AppLink>
        </Table.Cell>
      ) : null}
      <Table.Cell>
        <AppLink to={meetingPath(slug, meeting.id)} lang={title.lang}>
          {title.text}
        </AppLink>
      </Table.Cell>
      <Table.Cell>
        {meeting.status === 'cancelled' || meetingReached(meeting.status, 'held') ? (
          <MeetingStatusTag meeting={meeting} />
        ) : (
          t(notice ? 'governancePublic.meetings.noticePublished' : 'governancePublic.meetings.noticeNotPublished')
        )}
      </Table.Cell>
    </Table.Row>
  );
}

/** Meetings as a table: when, (which body,) which meeting, how far it has come. */
export function MeetingTable({ meetings, slug, caption, showBody }: { meetings: readonly Meeting[]; slug: string; caption: string; showBody: boolean }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={caption}>
      <Table zebra className="governance-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('governancePublic.meetings.when')}</Table.HeaderCell>
            {showBody ? <Table.HeaderCell scope="col">{t('governancePublic.meetings.body')}</Table.HeaderCell> : null}
            <Table.HeaderCell scope="col">{t('governancePublic.meetings.meeting')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.meetings.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {meetings.map((m) => (
            <MeetingRow key={m.id} meeting={m} slug={slug} showBody={showBody} />
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

/** A link to a feed or file, with what it is in words ("iCalendar", "RSS", "PDF"). */
export function FileLink({ href, children, format }: { href: string; children: ReactNode; format: string }) {
  return (
    <Link href={href}>
      {children} <span className="muted">({format})</span>
    </Link>
  );
}

/** The page number of a paged list in the URL (`?side=2`), from 1. */
export function usePageNumber(): number {
  const [params] = useSearchParams();
  const n = Number(params.get('side') ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Previous and next page as links, so the list pages without script too. */
export function PageLinks({ page, total, perPage, label, hash = '' }: { page: number; total: number; perPage: number; label: string; hash?: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1) return null;
  const to = (n: number) => {
    const next = new URLSearchParams(params);
    if (n === 1) next.delete('side');
    else next.set('side', String(n));
    const q = next.toString();
    // The path as it stands, language prefix and all.
    return `${pathname}${q ? `?${q}` : ''}${hash}`;
  };
  return (
    <nav aria-label={label} className="governance-pager">
      <Paragraph data-size="sm">{t('governancePublic.paging.status', { page, pages })}</Paragraph>
      <ul className="plain-list governance-pager-links">
        {page > 1 ? (
          <li>
            <Link asChild>
              <RouterLink to={to(page - 1)} rel="prev">
                {t('governancePublic.paging.previous')}
              </RouterLink>
            </Link>
          </li>
        ) : null}
        {page < pages ? (
          <li>
            <Link asChild>
              <RouterLink to={to(page + 1)} rel="next">
                {t('governancePublic.paging.next')}
              </RouterLink>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The feeds every governance page of a programme names in its head. */
export function useProgrammeFeeds(programmeId: string, programmeName: string) {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageFeeds([
    { type: 'application/rss+xml', title: t('governancePublic.feeds.decisionsTitle', { name: programmeName }), href: governanceLinks.decisionFeed(programmeId, locale) },
    { type: 'text/calendar', title: t('governancePublic.feeds.calendarTitle', { name: programmeName }), href: governanceLinks.programmeCalendar(programmeId, locale) },
  ]);
}
