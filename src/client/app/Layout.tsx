import { use, useEffect } from 'react';
import { Outlet } from 'react-router';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, SkipLink } from '@digdir/designsystemet-react';
import { loadedI18n, loadLocale } from './i18n';
import type { Locale } from './locale';
import { LocaleContext } from './locale-context';
import { SiteHeader } from './SiteHeader';

/** The frame of every page in one language: the URL decides the language. */
export function Layout({ locale }: { locale: Locale }) {
  // Loaded before the first page is shown; another language waits (suspends) for its messages.
  const i18n = loadedI18n(locale) ?? use(loadLocale(locale));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <LocaleContext.Provider value={locale}>
      <I18nextProvider i18n={i18n}>
        <Shell />
      </I18nextProvider>
    </LocaleContext.Provider>
  );
}

function Shell() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <SkipLink href="#main">{t('nav.skipToContent')}</SkipLink>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.about')}</p>
          <p>
            <Link href="/api/docs">{t('footer.api')}</Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
