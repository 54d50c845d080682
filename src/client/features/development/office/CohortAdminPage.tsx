import { Paragraph } from '@digdir/designsystemet-react';
import { useLocation, useParams } from 'react-router';
import type { CohortDetail } from '../../../../shared/contracts/development';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { SectionNav } from '../../../components/SectionNav';
import { StatusMessage } from '../../../components/StatusMessage';
import { useProgramme } from '../../programmes/programmes.queries';
import { developmentAdminPath, useCohort } from '../development.queries';
import { Attendance } from './Attendance';
import { CohortDetails } from './CohortDetails';
import { OfficeSection } from './OfficeSection';
import { Evaluation } from './Evaluation';
import { Gatherings } from './Gatherings';
import { Groups } from './Groups';
import { Homework } from './Homework';
import './office.css';

/** A cohort for the office: its details, gatherings and attendance, homework, groups and evaluation. */
export function CohortAdminPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const cohort = useCohort(id);
  if (cohort.isPending) return <Loading />;
  if (cohort.isError) return <QueryFailure error={cohort.error} />;
  if (!cohort.data.canManage) return <NoAccess message={t('development.office.noAccess')} />;
  return <CohortOffice cohort={cohort.data} />;
}

function CohortOffice({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const location = useLocation();
  const name = useLocalized(cohort.name);
  const programme = useProgramme(cohort.programmeSlug);
  const programmeName = useLocalized(programme.data?.name);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const sections = [
    { id: 'cohort-details', title: t('development.office.cohort.details') },
    { id: 'cohort-groups', title: t('development.office.group.title') },
    { id: 'cohort-gatherings', title: t('development.office.gathering.title') },
    { id: 'cohort-attendance', title: t('development.office.attendance.title') },
    { id: 'cohort-homework', title: t('development.office.homework.title') },
    { id: 'cohort-evaluation', title: t('development.office.evaluation.title') },
  ];
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={developmentAdminPath(cohort.programmeSlug)}>{programme.data ? t('development.office.title', { name: programmeName.text }) : t('development.office.back')}</AppLink>
      </Paragraph>
      <PageHeading title={t('development.office.cohort.pageTitle', { name: name.text })}>
        <span lang={name.lang}>{name.text}</span>
      </PageHeading>
      <Paragraph>{cohort.region}</Paragraph>
      <StatusMessage message={justCreated ? t('development.office.cohort.created') : null} />
      <div className="office-layout">
        <SectionNav label={t('development.office.sectionsLabel')} sections={sections} />
        <div className="office-layout-sections stack">
          <OfficeSection id="cohort-details" title={t('development.office.cohort.details')}>
            <CohortDetails cohort={cohort} />
          </OfficeSection>
          <OfficeSection id="cohort-groups" title={t('development.office.group.title')}>
            <Groups cohort={cohort} />
          </OfficeSection>
          <OfficeSection id="cohort-gatherings" title={t('development.office.gathering.title')}>
            <Gatherings cohort={cohort} />
          </OfficeSection>
          <OfficeSection id="cohort-attendance" title={t('development.office.attendance.title')}>
            <Attendance cohort={cohort} />
          </OfficeSection>
          <OfficeSection id="cohort-homework" title={t('development.office.homework.title')}>
            <Homework cohort={cohort} />
          </OfficeSection>
          <OfficeSection id="cohort-evaluation" title={t('development.office.evaluation.title')}>
            <Evaluation cohortId={cohort.id} />
          </OfficeSection>
        </div>
      </div>
    </div>
  );
}
