import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { LocalizedInline } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { formatDateTime } from './format';
import { useBodiesDetail, useBodiesOf, useUpcomingMeetings } from './governance-admin.queries';
import './governance-admin.css';

/**
 * The coming meetings of the bodies the signed-in user sits in or keeps, across the programmes
 * where they hold a role: where a board member goes to read the agenda and declare a conflict of
 * interest before the meeting.
 */
export function MyMeetingsPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const programmeIds = [...new Set(user.roles.map((r) => r.programmeId))];
  const lists = useBodiesOf(programmeIds);
  const bodyIds = lists.flatMap((l) => l.data?.bodies.map((b) => b.id) ?? []);
  const details = useBodiesDetail(bodyIds);
  const mine = new Set(details.flatMap((d) => (d.data && (d.data.access.isMember || d.data.access.canManage) ? [d.data.body.id] : [])));
  const meetings = useUpcomingMeetings(programmeIds);
  const pending = lists.some((l) => l.isPending) || details.some((d) => d.isPending) || meetings.some((m) => m.isPending);
  const rows = meetings
    .flatMap((m) => m.data?.meetings ?? [])
    .filter((m) => mine.has(m.body.id) && m.status !== 'cancelled')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <div className="stack gov-admin">
      <PageHeading title={t('governanceAdmin.mine.title')} />
      <Paragraph>{t('governanceAdmin.mine.intro')}</Paragraph>
      {pending ? <Loading /> : null}
      {!pending && rows.length === 0 ? <Paragraph>{t('governanceAdmin.mine.none')}</Paragraph> : null}
      <ul className="plain-list stack-sm">
        {rows.map((m) => (
          <li key={m.id} className="gov-card stack-sm">
            <Heading level={2} data-size="2xs">
              <AppLink to={`/admin/moter/${m.id}`}>
                <LocalizedInline text={m.body.name} />, {formatDateTime(m.startsAt, locale)}
              </AppLink>
            </Heading>
            <div className="tags">
              <Tag data-size="sm" data-color="info">
                {t(`governanceAdmin.meetingStatus.${m.status}`)}
              </Tag>
              <span>{t('governanceAdmin.meetings.items', { count: m.itemCount })}</span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
