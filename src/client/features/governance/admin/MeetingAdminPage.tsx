import { Alert, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from '../../../app/translation';
import type { MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import type { Membership } from '../../../../shared/contracts/governance-bodies';
import { governanceDocumentsRoutes } from '../../../../shared/contracts/routes';
import { urlOf } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { meetingReached } from '../../../../shared/domain/governance';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { SectionNav, type PageSection } from '../../../components/SectionNav';
import { AdminSection } from './AdminSection';
import { AgendaEditor } from './AgendaEditor';
import { AttendanceForm } from './AttendanceForm';
import { formatDateTime } from './format';
import { useBody, useMeeting } from './governance-admin.queries';
import { ItemPanel } from './ItemPanel';
import { MeetingSteps } from './MeetingSteps';
import { NoticeNote } from './MeetingsWheel';
import { QueryFailure } from '../../../components/ProgrammeGate';
import '../../programmes/admin/programme-admin.css';
import './governance-admin.css';

/**
 * A meeting for the body's secretariat: its way from notice to published minutes, agenda,
 * attendance, conflicts of interest, decisions and follow-up. A member of the body sees the
 * agenda and declares a conflict of interest for their own seat.
 */
export function MeetingAdminPage(_: { user: MeUser }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  const body = useBody(meeting.data?.meeting.body.id ?? '', false, meeting.isSuccess);
  if (meeting.isPending || (meeting.isSuccess && body.isPending)) return <Loading />;
  if (meeting.isError) return <QueryFailure error={meeting.error} />;
  const { access } = meeting.data;
  if (!access.canManage && access.myMembershipIds.length === 0) return <NoAccess message={t('governanceAdmin.noAccess')} />;
  return <MeetingAdmin detail={meeting.data} members={body.data?.members ?? []} />;
}

function MeetingAdmin({ detail, members }: { detail: MeetingDetail; members: readonly Membership[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { meeting, access, items } = detail;
  const bodyName = useLocalized(meeting.body.name);
  const when = formatDateTime(meeting.startsAt, locale);
  const manage = access.canManage;
  const sections: PageSection[] = manage
    ? [
        { id: 'meeting-steps', title: t('governanceAdmin.meeting.steps') },
        { id: 'meeting-agenda', title: t('governanceAdmin.agenda.title') },
        { id: 'meeting-attendance', title: t('governanceAdmin.attendance.title') },
        { id: 'meeting-items', title: t('governanceAdmin.items.title') },
      ]
    : [{ id: 'meeting-items', title: t('governanceAdmin.items.title') }];

  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        {manage ? <AppLink to={`/admin/styringsorgan/${meeting.body.id}`}>{t('governanceAdmin.meeting.backToBody', { name: bodyName.text })}</AppLink> : <AppLink to="/admin/moter">{t('governanceAdmin.mine.back')}</AppLink>}
      </Paragraph>
      <PageHeading title={t('governanceAdmin.meeting.pageTitle', { body: bodyName.text, when })}>{t('governanceAdmin.meeting.heading', { body: bodyName.text, when })}</PageHeading>
      <div className="tags">
        <Tag data-size="sm" data-color={meeting.status === 'cancelled' ? 'danger' : 'info'}>
          {t(`governanceAdmin.meetingStatus.${meeting.status}`)}
        </Tag>
        <NoticeNote meeting={meeting} now={new Date()} />
      </div>
      {detail.warnings.includes('noticeLate') ? (
        <Alert data-color="warning">
          <Paragraph>{t('governanceAdmin.notice.lateWarning')}</Paragraph>
        </Alert>
      ) : null}
      <ul className="plain-list stack-sm">
        {meeting.place ? <li>{t('governanceAdmin.meeting.placeIs', { place: meeting.place })}</li> : null}
        {meetingReached(meeting.status, 'notice_published') ? (
          <li>
            <a className="ds-link" href={urlOf(governanceDocumentsRoutes.noticePdf, { params: { id: meeting.id }, query: { lang: locale } })}>
              {t('governanceAdmin.meeting.noticePdf')}
            </a>
          </li>
        ) : null}
        {meetingReached(meeting.status, 'held') ? (
          <li>
            <a className="ds-link" href={urlOf(governanceDocumentsRoutes.minutesPdf, { params: { id: meeting.id }, query: { lang: locale } })}>
              {t('governanceAdmin.meeting.minutesPdf')}
            </a>
          </li>
        ) : null}
      </ul>
      <div className="programme-edit">
        <SectionNav label={t('governanceAdmin.meeting.sectionsLabel')} sections={sections} />
        <div className="programme-edit-sections stack">
          {manage ? (
            <>
              <AdminSection id="meeting-steps" title={t('governanceAdmin.meeting.steps')}>
                <MeetingSteps detail={detail} />
              </AdminSection>
              <AdminSection id="meeting-agenda" title={t('governanceAdmin.agenda.title')}>
                <AgendaEditor detail={detail} />
              </AdminSection>
              <AdminSection id="meeting-attendance" title={t('governanceAdmin.attendance.title')}>
                <AttendanceForm detail={detail} members={members} />
              </AdminSection>
            </>
          ) : null}
          <AdminSection id="meeting-items" title={t('governanceAdmin.items.title')}>
            {items.length === 0 ? <Paragraph>{t('governanceAdmin.agenda.empty')}</Paragraph> : null}
            {items.map((item) => (
              <ItemPanel key={item.id} item={item} detail={detail} members={members} />
            ))}
          </AdminSection>
        </div>
      </div>
    </div>
  );
}
