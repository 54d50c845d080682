import { lazy, Suspense } from 'react';
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

function localeRoutes(locale: Locale) {
  return (
    <Route key={locale} path={locale === 'nb' ? '/' : `/${locale}`} element={<Layout locale={locale} />}>
      <Route index element={<FrontPage />} />
      <Route path="program/:slug" element={<ProgrammePage />} />
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
