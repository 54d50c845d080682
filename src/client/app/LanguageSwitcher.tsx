import { Link as RouterLink, useLocation } from 'react-router';
import { useTranslation } from './translation';
import { LOCALES, LOCALE_NAMES, switchLocalePath } from './locale';
import { useLocale } from './locale-context';

/** Links to the same page in the other languages, each named in its own language. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  return (
    <nav aria-label={t('nav.language')} className="language-switcher">
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" lang={l} className="current-language">
                {LOCALE_NAMES[l]}
              </span>
            ) : (
              <RouterLink to={switchLocalePath(pathname, search, l)} hrefLang={l} lang={l} className="ds-link">
                {LOCALE_NAMES[l]}
              </RouterLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
