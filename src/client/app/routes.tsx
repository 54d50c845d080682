import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { LOCALES, type Locale } from './locale';
import { SITE_PAGES, type SitePage } from '../../shared/domain/site-paths';
import { Layout } from './Layout';
import { Loading } from '../components/Loading';
import { FrontPage } from '../features/programmes/FrontPage';
import { ProgrammePage } from '../features/programmes/ProgrammePage';
import { NotFoundPage } from '../components/NotFoundPage';

// The admin area is a separate file: visitors of the public pages never download it.
const AdminArea = lazy(() => import('../features/admin/AdminArea'));
// Sign-in brings the form machinery (and Zod) that reading pages do not need.
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
// Goals and statistics pages carry charts and maps: loaded when first visited.
const GoalsPage = lazy(() => import('../features/goals/GoalsPage'));
const StatisticsPage = lazy(() => import('../features/profiles/StatisticsPage'));
const AreaProfilePage = lazy(() => import('../features/profiles/AreaProfilePage'));
const IndicatorPage = lazy(() => import('../features/profiles/IndicatorPage'));
// Standards (the Oslostandard for skole-hjem-samarbeid) and their translations.
const StandardsPage = lazy(() => import('../features/standards/public/StandardsPage'));
const StandardPage = lazy(() => import('../features/standards/public/StandardPage'));
const StandardPrintPage = lazy(() => import('../features/standards/public/StandardPrintPage'));
// Governance: bodies, their mandates and members, meetings and decisions.
const GovernancePage = lazy(() => import('../features/governance/public/GovernancePage'));
const BodyPage = lazy(() => import('../features/governance/public/BodyPage'));
const MeetingPage = lazy(() => import('../features/governance/public/MeetingPage'));
const DecisionsPage = lazy(() => import('../features/governance/public/DecisionsPage'));
const ActionProgrammePage = lazy(() => import('../features/governance/action-programmes/ActionProgrammePage'));
// The portfolio: projects with their partners, goals and results.
const PortfolioPage = lazy(() => import('../features/portfolio/public/PortfolioPage'));
const ProjectPage = lazy(() => import('../features/portfolio/public/ProjectPage'));
const LessonsPage = lazy(() => import('../features/reports/public/LessonsPage'));
// Calls for applications.
const CallsPage = lazy(() => import('../features/calls/CallsPage'));
const CallPage = lazy(() => import('../features/calls/CallPage'));
const NewsPage = lazy(() => import('../features/content/public/NewsPage'));
const NewsItemPage = lazy(() => import('../features/content/public/NewsItemPage'));
const ContentPage = lazy(() => import('../features/content/public/ContentPage'));
// The document archive: search and documents.
const DocumentsPage = lazy(() => import('../features/documents/public/DocumentsPage'));
const DocumentPage = lazy(() => import('../features/documents/public/DocumentPage'));
// Events: seminars, presentations and webinars anyone may register for, and the personal page of a registration.
const EventsPage = lazy(() => import('../features/events/EventsPage'));
const EventPage = lazy(() => import('../features/events/EventPage'));
const MyRegistrationPage = lazy(() => import('../features/events/MyRegistrationPage'));
// Development programmes: a participant group's development plan that the group has made public.
const PublicPlanPage = lazy(() => import('../features/development/public/PublicPlanPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** A page's path inside its language's layout route (without the leading slash). */
const inside = (page: SitePage) => SITE_PAGES[page].slice(1);

function localeRoutes(locale: Locale) {
  return (
    <Route
      key={locale}
      path={locale === 'nb' ? '/' : `/${locale}`}
      element={
        // While another language's messages load there are no words to show yet.
        <Suspense fallback={null}>
          <Layout locale={locale} />
        </Suspense>
      }
    >
      <Route index element={<FrontPage />} />
      <Route path={inside('programme')} element={<ProgrammePage />} />
      <Route path={inside('goals')} element={<Lazy><GoalsPage /></Lazy>} />
      <Route path={inside('statistics')} element={<Lazy><StatisticsPage /></Lazy>} />
      <Route path={inside('areaProfile')} element={<Lazy><AreaProfilePage /></Lazy>} />
      <Route path={inside('indicator')} element={<Lazy><IndicatorPage /></Lazy>} />
      <Route path={inside('governance')} element={<Lazy><GovernancePage /></Lazy>} />
      <Route path={inside('body')} element={<Lazy><BodyPage /></Lazy>} />
      <Route path={inside('meeting')} element={<Lazy><MeetingPage /></Lazy>} />
      <Route path={inside('decisions')} element={<Lazy><DecisionsPage /></Lazy>} />
      <Route path={inside('actionProgramme')} element={<Lazy><ActionProgrammePage /></Lazy>} />
      <Route path={inside('portfolio')} element={<Lazy><PortfolioPage /></Lazy>} />
      <Route path={inside('project')} element={<Lazy><ProjectPage /></Lazy>} />
      <Route path={inside('lessons')} element={<Lazy><LessonsPage /></Lazy>} />
      <Route path={inside('calls')} element={<Lazy><CallsPage /></Lazy>} />
      <Route path={inside('call')} element={<Lazy><CallPage /></Lazy>} />
      <Route path={inside('news')} element={<Lazy><NewsPage /></Lazy>} />
      <Route path={inside('newsItem')} element={<Lazy><NewsItemPage /></Lazy>} />
      <Route path={inside('contentPage')} element={<Lazy><ContentPage /></Lazy>} />
      <Route path={inside('documents')} element={<Lazy><DocumentsPage /></Lazy>} />
      <Route path={inside('document')} element={<Lazy><DocumentPage /></Lazy>} />
      <Route path={inside('events')} element={<Lazy><EventsPage /></Lazy>} />
      <Route path={inside('event')} element={<Lazy><EventPage /></Lazy>} />
      <Route path={inside('registration')} element={<Lazy><MyRegistrationPage /></Lazy>} />
      <Route path={inside('standards')} element={<Lazy><StandardsPage /></Lazy>} />
      <Route path={inside('standard')} element={<Lazy><StandardPage /></Lazy>} />
      <Route path={inside('standardTranslation')} element={<Lazy><StandardPage /></Lazy>} />
      <Route path={inside('standardPrint')} element={<Lazy><StandardPrintPage /></Lazy>} />
      <Route path={inside('developmentPlan')} element={<Lazy><PublicPlanPage /></Lazy>} />
      <Route path={inside('signIn')} element={<Lazy><SignInPage /></Lazy>} />
      <Route
        path={inside('admin')}
        element={
          <Suspense fallback={<Loading />}>
            <AdminArea />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  );
}

/**
 * Every page exists in each language: bokmål without a prefix, nynorsk under /nn and English
 * under /en, with the same paths inside.
 */
export function AppRoutes() {
  return <Routes>{LOCALES.map(localeRoutes)}</Routes>;
}
