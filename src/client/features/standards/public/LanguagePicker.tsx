import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import type { StandardText } from '../../../../shared/contracts/standards';

/**
 * The languages the standard can be read in, each named in itself, with its own language and
 * direction (and `hreflang` on the link): plain links, so that it works without JavaScript.
 */
export function LanguagePicker({ text, pathOf }: { text: StandardText; pathOf: (lang: string) => string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('standards.public.languages')} className="standard-languages standard-no-print">
      <ul>
        {text.available.map((a) => (
          <li key={a.language}>
            {a.language === text.language ? (
              <span lang={a.language} dir={a.dir} aria-current="page" className="standard-language-current">
                {a.name}
              </span>
            ) : (
              <AppLink to={pathOf(a.language)} lang={a.language} dir={a.dir} hrefLang={a.language}>
                {a.name}
              </AppLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
