import { Alert, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { GroupDetail } from '../../../../shared/contracts/development';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { numberFormat } from '../../../app/locale';
import { AppLink } from '../../../components/AppLink';
import { ButtonLink } from '../../../components/ButtonLink';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { SectionNav, type PageSection } from '../../../components/SectionNav';
import { cohortAdminPath, groupAdminPath, useGroup } from '../development.queries';
import { GroupSection } from './GroupSection';
import { GroupTimeline } from './GroupTimeline';
import { HomeworkList } from './HomeworkSection';
import { GroupMembers } from './GroupMembers';
import { GroupAttendance } from './GroupAttendance';
import { NotesSection } from './NotesSection';
import { EvaluationSection } from './EvaluationForm';
import { GroupOfficePanel } from './GroupOfficePanel';
import './groups.css';

/** A participant group's workspace: its cohort's timeline, homework, members, attendance, notes and evaluation. */
export function GroupPage() {
  const { id = '' } = useParams();
  const group = useGroup(id);
  if (group.isPending) return <Loading />;
  if (group.isError) return <QueryFailure error={group.error} />;
  return <GroupWorkspace detail={group.data} />;
}

function GroupWorkspace({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { group, cohort } = detail;
  const programme = useLocalized(cohort.programmeName);
  const cohortName = useLocalized(cohort.name);
  const showEvaluation = cohort.isEvaluationOpen && detail.canWrite;
  const sections: PageSection[] = [
    { id: 'group-timeline', title: t('developmentGroups.timeline.title') },
    { id: 'group-homework', title: t('developmentGroups.homework.title') },
    ...(showEvaluation
      ? [{ id: 'group-evaluation', title: t('developmentGroups.evaluation.title') }]
      : []),
    { id: 'group-notes', title: t('developmentGroups.notes.title') },
    { id: 'group-members', title: t('developmentGroups.members.title') },
    { id: 'group-attendance', title: t('developmentGroups.attendance.title') },
    ...(detail.canManage
      ? [{ id: 'group-office', title: t('developmentGroups.office.title') }]
      : []),
  ];
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        {detail.canManage ? (
          <AppLink to={cohortAdminPath(cohort.id)}>
            {t('developmentGroups.page.backToCohort', { cohort: cohortName.text })}
          </AppLink>
        ) : (
          <AppLink to="/admin/utvikling">{t('developmentGroups.page.backToMine')}</AppLink>
        )}
      </Paragraph>
      <PageHeading
        title={t('developmentGroups.page.documentTitle', { organisation: group.organisationName })}
      >
        {group.organisationName}
      </PageHeading>
      <Paragraph>
        <span lang={programme.lang}>{programme.text}</span> ·{' '}
        <span lang={cohortName.lang}>{cohortName.text}</span>
        {cohortName.text.includes(cohort.region) ? null : ` (${cohort.region})`}
      </Paragraph>
      <div className="tags">
        <Tag
          data-size="sm"
          data-color={
            group.status === 'accepted'
              ? 'success'
              : group.status === 'invited'
                ? 'info'
                : 'neutral'
          }
        >
          {t(`developmentGroups.status.${group.status}`)}
        </Tag>
        {group.hasCommitted ? (
          <Tag data-size="sm" data-color="neutral">
            {t('developmentGroups.page.committed')}
          </Tag>
        ) : null}
        <span className="muted">
          {group.facilitator
            ? t('developmentGroups.page.facilitator', { name: group.facilitator.name })
            : t('developmentGroups.page.noFacilitator')}
        </span>
        {group.attendance !== null ? (
          <span className="muted">
            {t('developmentGroups.page.attendance', {
              share: numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
                group.attendance,
              ),
            })}
          </span>
        ) : null}
      </div>
      {group.isBelowCommitment ? (
        <Alert data-color="warning">
          <Paragraph>{t('developmentGroups.page.belowCommitment')}</Paragraph>
        </Alert>
      ) : null}
      <div>
        <ButtonLink to={`${groupAdminPath(group.id)}/plan`}>
          {t('developmentGroups.page.openPlan')}
        </ButtonLink>
      </div>
      <SectionNav label={t('developmentGroups.page.sections')} sections={sections} />
      <GroupSection id="group-timeline" title={t('developmentGroups.timeline.title')}>
        <GroupTimeline detail={detail} />
      </GroupSection>
      <GroupSection id="group-homework" title={t('developmentGroups.homework.title')}>
        <HomeworkList detail={detail} />
      </GroupSection>
      {showEvaluation ? (
        <GroupSection id="group-evaluation" title={t('developmentGroups.evaluation.title')}>
          <EvaluationSection detail={detail} />
        </GroupSection>
      ) : null}
      <GroupSection id="group-notes" title={t('developmentGroups.notes.title')}>
        <NotesSection detail={detail} />
      </GroupSection>
      <GroupSection id="group-members" title={t('developmentGroups.members.title')}>
        <GroupMembers detail={detail} />
      </GroupSection>
      <GroupSection id="group-attendance" title={t('developmentGroups.attendance.title')}>
        <GroupAttendance detail={detail} />
      </GroupSection>
      {detail.canManage ? (
        <GroupSection id="group-office" title={t('developmentGroups.office.title')}>
          <GroupOfficePanel detail={detail} />
        </GroupSection>
      ) : null}
    </div>
  );
}
