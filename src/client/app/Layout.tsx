import { use, useEffect } from 'react';
import { Outlet } from 'react-router';
import { TranslatorProvider, useTranslation } from './translation';
import { Link, SkipLink } from '@digdir/designsystemet-react';
import { loadedTranslator, loadLocale } from './i18n';
import type { Locale } from './locale';
import { LocaleContext } from './locale-context';
import { SiteHeader } from './SiteHeader';

/** The frame of every page in one language: the URL decides the language. */
export function Layout({ locale }: { locale: Locale }) {
  // Loaded before the first page is shown; another language waits (suspends) for its messages.
  const translator = loadedTranslator(locale) ?? use(loadLocale(locale));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <LocaleContext.Provider value={locale}>
      <TranslatorProvider translator={translator}>
        <Shell />
      </TranslatorProvider>
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
