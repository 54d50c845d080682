import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { LOCALES, type Locale } from './locale';
import { Layout } from './Layout';
import { Loading } from '../components/Loading';
import { FrontPage } from '../features/programmes/FrontPage';
import { ProgrammePage } from '../features/programmes/ProgrammePage';
import { SignInPage } from '../features/auth/SignInPage';
import { NotFoundPage } from '../components/NotFoundPage';

// The admin area is a separate file: visitors of the public pages never download it.
const AdminArea = lazy(() => import('../features/admin/AdminArea'));
// Goals and statistics pages carry charts and maps: loaded when first visited.
const GoalsPage = lazy(() => import('../features/goals/GoalsPage'));
const StatisticsPage = lazy(() => import('../features/profiles/StatisticsPage'));
const AreaProfilePage = lazy(() => import('../features/profiles/AreaProfilePage'));
const IndicatorPage = lazy(() => import('../features/profiles/IndicatorPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function localeRoutes(locale: Locale) {
  return (
    <Route key={locale} path={locale === 'nb' ? '/' : `/${locale}`} element={<Layout locale={locale} />}>
      <Route index element={<FrontPage />} />
      <Route path="program/:slug" element={<ProgrammePage />} />
      <Route path="program/:slug/mal" element={<Lazy><GoalsPage /></Lazy>} />
      <Route path="program/:slug/statistikk" element={<Lazy><StatisticsPage /></Lazy>} />
      <Route path="program/:slug/statistikk/omrade/:areaCode" element={<Lazy><AreaProfilePage /></Lazy>} />
      <Route path="program/:slug/statistikk/indikator/:code" element={<Lazy><IndicatorPage /></Lazy>} />
      <Route path="logg-inn" element={<SignInPage />} />
      <Route
        path="admin/*"
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
