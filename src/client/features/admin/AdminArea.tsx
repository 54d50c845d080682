import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from '../../app/translation';
import { useMe } from '../../app/auth';
import { useLocalePath } from '../../app/locale-context';
import { can, PLATFORM, type MeUser } from '../../app/permissions';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFoundPage';
import { LoadFailed } from '../../components/LoadFailed';
import { Dashboard } from './Dashboard';
import { ProgrammeAdminList } from '../programmes/admin/ProgrammeAdminList';
import { ProgrammeCreatePage } from '../programmes/admin/ProgrammeCreatePage';
import { ProgrammeEditPage } from '../programmes/admin/ProgrammeEditPage';
import { OrganisationListPage } from '../organisations/OrganisationListPage';
import { OrganisationEditPage } from '../organisations/OrganisationEditPage';
import { AreaListPage } from '../areas/AreaListPage';
import { AreaEditPage } from '../areas/AreaEditPage';
import { PersonListPage } from '../people/PersonListPage';
import { PersonEditPage } from '../people/PersonEditPage';
import { UserListPage } from '../users/UserListPage';
import { UserEditPage } from '../users/UserEditPage';
import { AuditPage } from '../audit/AuditPage';
import { EmailListPage } from '../email/EmailListPage';
import { EmailPage } from '../email/EmailPage';
import { IndicatorListPage } from '../indicators/IndicatorListPage';
import { IndicatorEditPage } from '../indicators/IndicatorEditPage';
import { ProgrammeStatisticsPage } from '../indicators/ProgrammeStatisticsPage';
import { ImportListPage } from '../imports/ImportListPage';
import { ImportWizardPage } from '../imports/ImportWizardPage';
import { ImportStatusPage } from '../imports/ImportStatusPage';
import { GoalsAdminPage } from '../goals/GoalsAdminPage';
import { GovernanceAdminPage } from '../governance/admin/GovernanceAdminPage';
import { ActionProgrammeAdminPage } from '../governance/action-programmes/ActionProgrammeAdminPage';
import { BodyAdminPage } from '../governance/admin/BodyAdminPage';
import { MeetingAdminPage } from '../governance/admin/MeetingAdminPage';
import { FollowUpPage } from '../governance/admin/FollowUpPage';
import { MyMeetingsPage } from '../governance/admin/MyMeetingsPage';
import { PortfolioAdminPage } from '../portfolio/admin/PortfolioAdminPage';
import { ReportOverviewPage } from '../reports/admin/ReportOverviewPage';
import { PartnerSearchesPage } from '../portfolio/admin/partner-searches/PartnerSearchesPage';
import { DocumentsAdminPage } from '../documents/admin/DocumentsAdminPage';
import { DocumentAdminPage } from '../documents/admin/DocumentAdminPage';
import { PartnerSearchPage } from '../portfolio/admin/partner-searches/PartnerSearchPage';
import { ContentListPage } from '../content/admin/ContentListPage';
import { ContentEditPage, NewContentPage } from '../content/admin/ContentEditPages';
import { EventsAdminPage } from '../events/admin/EventsAdminPage';
import { EventAdminPage } from '../events/admin/EventAdminPage';
import { ProjectAdminPage } from '../portfolio/admin/ProjectAdminPage';
import { StandardsAdminPage } from '../standards/admin/StandardsAdminPage';
import { StandardAdminPage } from '../standards/admin/StandardAdminPage';
import { TranslationEditorPage } from '../standards/admin/TranslationEditorPage';
import { MyStandardsPage } from '../standards/admin/MyStandardsPage';
import { PortfolioOverviewPage } from '../portfolio/admin/overview/PortfolioOverviewPage';
import { MyReviewsPage } from '../reviews/MyReviewsPage';
import { ReviewPage } from '../reviews/ReviewPage';
import { CallsAdminPage } from '../calls/admin/CallsAdminPage';
import { CallEditorPage } from '../calls/admin/CallEditorPage';
import { CallApplicationsPage } from '../calls/admin/CallApplicationsPage';
import { ApplicationReviewPage } from '../calls/admin/ApplicationReviewPage';
import { BenefitOverviewPage } from '../benefits/BenefitOverviewPage';
import { ApplicationsPage } from '../calls/apply/ApplicationsPage';
import { ApplicationEditorPage } from '../calls/apply/ApplicationEditorPage';
import { MyDevelopmentPage } from '../development/groups/MyDevelopmentPage';
import { GroupPage } from '../development/groups/GroupPage';
import { PlanPage } from '../development/groups/plan/PlanPage';
import { DevelopmentAdminPage } from '../development/office/DevelopmentAdminPage';
import { CohortAdminPage } from '../development/office/CohortAdminPage';

function AdminNav({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const items: { to: string; label: string; end?: boolean }[] = [
    { to: '/admin', label: t('admin.nav.dashboard'), end: true },
    { to: '/admin/program', label: t('admin.nav.programmes') },
    // Everyone with a role in a programme may sit in one of its bodies.
    ...(user.roles.length > 0 || user.isPlatformAdmin ? [{ to: '/admin/moter', label: t('governanceAdmin.nav') }] : []),
    // Anyone with a role in a programme may be assigned to review its applications.
    ...(user.roles.length > 0 ? [{ to: '/admin/vurderinger', label: t('reviews.nav') }] : []),
    // Contributors apply for their organisation.
    ...(user.roles.some((r) => can(user, 'application.write', { programmeIds: [r.programmeId], organisationId: user.organisationId })) ? [{ to: '/admin/soknader', label: t('applications.nav') }] : []),
    // The secretariat and translators work on the programmes' standards and their translations.
    ...(can(user, 'standard.translate') ? [{ to: '/admin/standarder', label: t('standards.admin.nav') }] : []),
    // Participants and facilitators of development programmes work in their groups (the office
    // reaches the groups through its programme's cohorts).
    ...(user.roles.some((r) => r.role === 'participant' || r.role === 'facilitator') ? [{ to: '/admin/utvikling', label: t('developmentGroups.nav') }] : []),
    { to: '/admin/organisasjoner', label: t('admin.nav.organisations') },
    { to: '/admin/omrader', label: t('admin.nav.areas') },
    { to: '/admin/personer', label: t('admin.nav.people') },
    { to: '/admin/indikatorer', label: t('admin.nav.indicators') },
    ...(can(user, 'statistics.import') ? [{ to: '/admin/import', label: t('admin.nav.imports') }] : []),
    ...(can(user, 'user.read') ? [{ to: '/admin/brukere', label: t('admin.nav.users') }] : []),
    ...(can(user, 'audit.read') ? [{ to: '/admin/endringslogg', label: t('admin.nav.audit') }] : []),
    ...(can(user, 'email.read', PLATFORM) ? [{ to: '/admin/e-post', label: t('admin.nav.emails') }] : []),
  ];
  return (
    <nav aria-label={t('admin.nav.label')} className="admin-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={href(item.to)} end={item.end} className="ds-link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The signed-in area. Anyone not signed in is sent to sign in and brought back afterwards. */
export default function AdminArea() {
  const me = useMe();
  const href = useLocalePath();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadFailed error={me.error} />;
  const user = me.data.user;
  if (!user) {
    const returnTo = location.pathname + location.search;
    return <Navigate to={href(`/logg-inn?returnTo=${encodeURIComponent(returnTo)}`)} replace />;
  }
  return (
    <div className="admin">
      <AdminNav user={user} />
      <div className="admin-content">
        <Routes>
          <Route index element={<Dashboard user={user} />} />
          <Route path="program" element={<ProgrammeAdminList user={user} />} />
          <Route path="program/ny" element={<ProgrammeCreatePage user={user} />} />
          <Route path="program/:slug" element={<ProgrammeEditPage user={user} />} />
          <Route path="program/:slug/statistikk" element={<ProgrammeStatisticsPage user={user} />} />
          <Route path="program/:slug/mal" element={<GoalsAdminPage user={user} />} />
          <Route path="program/:slug/styring" element={<GovernanceAdminPage user={user} />} />
          <Route path="program/:slug/oppfolging" element={<FollowUpPage user={user} />} />
          <Route path="program/:slug/prosjekter" element={<PortfolioAdminPage user={user} />} />
          <Route path="program/:slug/prosjekter/oversikt" element={<PortfolioOverviewPage user={user} />} />
          <Route path="program/:slug/rapporter" element={<ReportOverviewPage user={user} />} />
          <Route path="program/:slug/gevinster" element={<BenefitOverviewPage user={user} />} />
          <Route path="prosjekter/:id" element={<ProjectAdminPage user={user} />} />
          <Route path="program/:slug/partnersok" element={<PartnerSearchesPage user={user} />} />
          <Route path="partnersok/:id" element={<PartnerSearchPage />} />
          <Route path="program/:slug/innhold" element={<ContentListPage user={user} />} />
          <Route path="program/:slug/innhold/ny" element={<NewContentPage user={user} />} />
          <Route path="innhold/:id" element={<ContentEditPage />} />
          <Route path="program/:slug/dokumenter" element={<DocumentsAdminPage user={user} />} />
          <Route path="dokumenter/:id" element={<DocumentAdminPage />} />
          <Route path="program/:slug/arrangementer" element={<EventsAdminPage user={user} />} />
          <Route path="arrangementer/:id" element={<EventAdminPage />} />
          <Route path="program/:slug/utvikling" element={<DevelopmentAdminPage user={user} />} />
          <Route path="kull/:id" element={<CohortAdminPage />} />
          <Route path="standarder" element={<MyStandardsPage user={user} />} />
          <Route path="program/:slug/standarder" element={<StandardsAdminPage user={user} />} />
          <Route path="standarder/:id" element={<StandardAdminPage />} />
          <Route path="standarder/:id/:lang" element={<TranslationEditorPage />} />
          <Route path="vurderinger" element={<MyReviewsPage />} />
          <Route path="vurderinger/:id" element={<ReviewPage />} />
          <Route path="program/:slug/utlysninger" element={<CallsAdminPage user={user} />} />
          <Route path="utlysninger/:id" element={<CallEditorPage user={user} />} />
          <Route path="utlysninger/:id/soknader" element={<CallApplicationsPage user={user} />} />
          <Route path="utlysninger/:callId/soknader/:applicationId" element={<ApplicationReviewPage user={user} />} />
          <Route path="soknader" element={<ApplicationsPage user={user} />} />
          <Route path="soknader/:id" element={<ApplicationEditorPage user={user} />} />
          <Route path="utvikling" element={<MyDevelopmentPage />} />
          <Route path="grupper/:id" element={<GroupPage />} />
          <Route path="grupper/:id/plan" element={<PlanPage />} />
          <Route path="styringsorgan/:id" element={<BodyAdminPage user={user} />} />
          <Route path="moter" element={<MyMeetingsPage user={user} />} />
          <Route path="moter/:id" element={<MeetingAdminPage user={user} />} />
          <Route path="handlingsprogram/:id" element={<ActionProgrammeAdminPage user={user} />} />
          <Route path="organisasjoner" element={<OrganisationListPage user={user} />} />
          <Route path="organisasjoner/ny" element={<OrganisationEditPage user={user} />} />
          <Route path="organisasjoner/:id" element={<OrganisationEditPage user={user} />} />
          <Route path="omrader" element={<AreaListPage user={user} />} />
          <Route path="omrader/ny" element={<AreaEditPage user={user} />} />
          <Route path="omrader/:id" element={<AreaEditPage user={user} />} />
          <Route path="personer" element={<PersonListPage user={user} />} />
          <Route path="personer/ny" element={<PersonEditPage user={user} />} />
          <Route path="personer/:id" element={<PersonEditPage user={user} />} />
          <Route path="brukere" element={<UserListPage user={user} />} />
          <Route path="brukere/ny" element={<UserEditPage user={user} />} />
          <Route path="brukere/:id" element={<UserEditPage user={user} />} />
          <Route path="endringslogg" element={<AuditPage user={user} />} />
          <Route path="e-post" element={<EmailListPage user={user} />} />
          <Route path="e-post/:id" element={<EmailPage user={user} />} />
          <Route path="indikatorer" element={<IndicatorListPage user={user} />} />
          <Route path="indikatorer/ny" element={<IndicatorEditPage user={user} />} />
          <Route path="indikatorer/:code" element={<IndicatorEditPage user={user} />} />
          <Route path="import" element={<ImportListPage user={user} />} />
          <Route path="import/ny" element={<ImportWizardPage user={user} />} />
          <Route path="import/:id" element={<ImportStatusPage user={user} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </div>
  );
}
