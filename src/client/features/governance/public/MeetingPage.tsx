import { Alert, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { AttendanceEntry, MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { meetingReached } from '../../../../shared/domain/governance';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { ScrollTable } from '../../../components/ScrollTable';
import { AgendaItemView } from './AgendaItemView';
import { formatDay, formatMeetingTime } from './governance-format';
import { bodyPath, FileLink, meetingPath, MeetingStatusTag, Section, useMeetingTitle } from './governance-parts';
import { governanceLinks, useMeeting } from './governance.queries';
import './governance-public.css';

/** A meeting: when and where, its agenda once the notice is out, its minutes once published. */
export default function MeetingPage() {
  const { meetingId = '', slug = '' } = useParams();
  const detail = useMeeting(meetingId);
  if (detail.isPending) return <Loading />;
  if (detail.isError) {
    if (isApiError(detail.error) && (detail.error.code === 'NOT_FOUND' || detail.error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={detail.error} />;
  }
  if (detail.data.programme.slug !== slug) return <NotFoundPage />;
  return <MeetingView detail={detail.data} />;
}

function AttendanceTable({ entries, caption }: { entries: readonly AttendanceEntry[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={caption}>
      <Table zebra className="governance-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('governancePublic.members.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.members.role')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.members.organisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.attendance.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((e) => (
            <Table.Row key={e.membershipId}>
              <Table.HeaderCell scope="row">{e.name}</Table.HeaderCell>
              <Table.Cell>{t(`governancePublic.role.${e.role}`)}</Table.Cell>
              <Table.Cell>{e.organisation?.name ?? ''}</Table.Cell>
              <Table.Cell>
                {t(`governancePublic.attendanceStatus.${e.status}`)}
                {e.substituteFor ? `, ${t('governancePublic.attendance.metFor', { name: e.substituteFor.name })}` : ''}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

function MeetingFacts({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const m = detail.meeting;
  const body = useLocalized(m.body.name);
  return (
    <dl className="facts">
      <div>
        <dt>{t('governancePublic.meetings.body')}</dt>
        <dd>
          <AppLink to={bodyPath(detail.programme.slug, m.body.id)} lang={body.lang}>
            {body.text}
          </AppLink>
        </dd>
      </div>
      <div>
        <dt>{t('governancePublic.meetings.when')}</dt>
        <dd>{formatMeetingTime(m.startsAt, m.endsAt, locale)}</dd>
      </div>
      {m.place ? (
        <div>
          <dt>{t('governancePublic.meeting.place')}</dt>
          <dd>{m.place}</dd>
        </div>
      ) : null}
      {m.onlineUrl ? (
        <div>
          <dt>{t('governancePublic.meeting.online')}</dt>
          <dd>
            <Link href={m.onlineUrl}>{t('governancePublic.meeting.onlineLink')}</Link>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('governancePublic.meetings.status')}</dt>
        <dd>
          <MeetingStatusTag meeting={m} />
        </dd>
      </div>
      {m.noticePublishedAt ? (
        <div>
          <dt>{t('governancePublic.meeting.noticePublishedAt')}</dt>
          <dd>{formatDay(m.noticePublishedAt, locale)}</dd>
        </div>
      ) : null}
      {m.minutesPublishedAt ? (
        <div>
          <dt>{t('governancePublic.meeting.minutesPublishedAt')}</dt>
          <dd>{formatDay(m.minutesPublishedAt, locale)}</dd>
        </div>
      ) : null}
      {m.recordingUrl ? (
        <div>
          <dt>{t('governancePublic.meeting.recording')}</dt>
          <dd>
            <Link href={m.recordingUrl}>{t('governancePublic.meeting.recordingLink')}</Link>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function MeetingView({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const m = detail.meeting;
  const slug = detail.programme.slug;
  const title = useMeetingTitle(m);
  const body = useLocalized(m.body.name);
  const noticeOut = meetingReached(m.status, 'notice_published');
  const minutesOut = meetingReached(m.status, 'minutes_published');
  // Members and the secretariat read what the answer holds before it is public: say so.
  const draftMinutes = !minutesOut && (detail.attendance.length > 0 || detail.items.some((i) => i.outcome !== null));
  const showMinutes = minutesOut || draftMinutes;
  const day = formatDay(m.startsAt, locale);

  return (
    <article className="stack governance-page">
      <Paragraph data-size="sm">
        <AppLink to={bodyPath(slug, m.body.id)} lang={body.lang}>
          {t('governancePublic.backTo', { name: body.text })}
        </AppLink>
      </Paragraph>
      <PageHeading title={`${title.text}, ${day}`} description={t('governancePublic.meeting.description', { body: body.text, date: day })} lang={title.lang}>
        {title.text}
      </PageHeading>
      <MeetingFacts detail={detail} />
      <ul className="plain-list governance-links">
        <li>
          <FileLink href={governanceLinks.meetingCalendar(m.id, locale)} format="iCalendar">
            {t('governancePublic.meeting.addToCalendar')}
          </FileLink>
        </li>
        {noticeOut ? (
          <li>
            <FileLink href={governanceLinks.noticePdf(m.id, locale)} format="PDF">
              {t('governancePublic.meeting.noticePdf')}
            </FileLink>
          </li>
        ) : null}
        {minutesOut ? (
          <li>
            <FileLink href={governanceLinks.minutesPdf(m.id, locale)} format="PDF">
              {t('governancePublic.meeting.minutesPdf')}
            </FileLink>
          </li>
        ) : null}
      </ul>

      {showMinutes ? (
        <Section id="attendance" title={t('governancePublic.attendance.title')}>
          {draftMinutes ? <Alert data-color="warning">{t('governancePublic.meeting.draftMinutes')}</Alert> : null}
          {detail.attendance.length > 0 ? (
            <AttendanceTable entries={detail.attendance} caption={t('governancePublic.attendance.caption', { date: day })} />
          ) : (
            <Paragraph>{t('governancePublic.attendance.none')}</Paragraph>
          )}
        </Section>
      ) : null}

      <Section id="agenda" title={t(showMinutes ? 'governancePublic.meeting.agendaAndDecisions' : 'governancePublic.meeting.agenda')}>
        {!noticeOut && detail.items.length > 0 ? <Alert data-color="warning">{t('governancePublic.meeting.draftAgenda')}</Alert> : null}
        {detail.items.length === 0 ? (
          <Paragraph>{t(noticeOut ? 'governancePublic.meeting.noItems' : 'governancePublic.meeting.noticeNotPublished')}</Paragraph>
        ) : (
          <ol className="plain-list stack">
            {detail.items.map((item) => (
              <AgendaItemView key={item.id} item={item} slug={slug} showMinutes={showMinutes} />
            ))}
          </ol>
        )}
        {noticeOut && !showMinutes && m.status !== 'cancelled' ? <Paragraph>{t('governancePublic.meeting.minutesNotPublished')}</Paragraph> : null}
      </Section>

      {detail.previousMeetingId || detail.nextMeetingId ? (
        <nav aria-label={t('governancePublic.meeting.otherMeetings', { body: body.text })}>
          <ul className="plain-list governance-pager-links">
            {detail.previousMeetingId ? (
              <li>
                <AppLink to={meetingPath(slug, detail.previousMeetingId)} rel="prev">
                  {t('governancePublic.meeting.previous')}
                </AppLink>
              </li>
            ) : null}
            {detail.nextMeetingId ? (
              <li>
                <AppLink to={meetingPath(slug, detail.nextMeetingId)} rel="next">
                  {t('governancePublic.meeting.next')}
                </AppLink>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}
