import { Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { useProgramme } from '../../programmes/programmes.queries';
import { useStandardText } from '../standards.queries';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { StandardText } from '../../../../shared/contracts/standards';
import { dateTimeFormat } from '../../../../shared/domain/intl';
import { isStandardLanguage, type StandardLanguage } from '../../../../shared/domain/standards';
import { LanguagePicker } from './LanguagePicker';
import { StandardDocument } from './StandardDocument';
import { BasedOnNotice, OutdatedNotice, PdfLink, Timeline } from './standard-parts';
import { standardPath, standardPrintPath, standardsPath } from './standard-paths';
import './standards.css';

/** The language in the path: none for the source (bokmål), else one the standard is translated into. */
export function useStandardLang(): 'nb' | StandardLanguage | undefined {
  const { lang } = useParams();
  if (lang === undefined) return 'nb';
  return lang === 'nb' || isStandardLanguage(lang) ? lang : undefined;
}

/** Loads the programme and the standard in the language; 404 for a language or standard not there. */
export function StandardLoader({ lang, children }: { lang: 'nb' | StandardLanguage; children: (programme: Programme, text: StandardText) => React.ReactNode }) {
  const { slug = '', standardId = '' } = useParams();
  const programme = useProgramme(slug);
  const text = useStandardText(standardId, lang);
  if (programme.isPending || text.isPending) return <Loading />;
  const error = programme.error ?? text.error;
  if (error) {
    if (isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  if (text.data!.programmeId !== programme.data!.id) return <NotFoundPage />;
  return <>{children(programme.data!, text.data!)}</>;
}

/** A published standard, in bokmål or a translation; the site's own words stay in the site's language. */
export default function StandardPage() {
  const lang = useStandardLang();
  if (!lang) return <NotFoundPage />;
  return <StandardLoader lang={lang}>{(programme, text) => <StandardView programme={programme} text={text} />}</StandardLoader>;
}

function StandardView({ programme, text }: { programme: Programme; text: StandardText }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(programme.name);
  const published = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(text.version.publishedAt));
  return (
    <article className="stack standard-page">
      <Paragraph data-size="sm" className="standard-no-print">
        <AppLink to={standardsPath(programme.slug)}>{t('standards.public.back', { name: name.text })}</AppLink>
      </Paragraph>
      <LanguagePicker text={text} pathOf={(l) => standardPath(programme.slug, text.id, l)} />
      <PageHeading title={`${text.title} – ${name.text}`} description={t('standards.public.description', { title: text.title })} lang={text.titleLang} dir={text.titleLang === text.language ? text.dir : 'ltr'}>
        {text.title}
      </PageHeading>
      <dl className="facts">
        <div>
          <dt>{t('standards.public.version')}</dt>
          <dd>{t('standards.public.versionOf', { number: text.version.number, date: published })}</dd>
        </div>
        {text.organisation ? (
          <div>
            <dt>{t('standards.public.school')}</dt>
            <dd>{text.organisation.name}</dd>
          </div>
        ) : null}
      </dl>
      <BasedOnNotice text={text} />
      <OutdatedNotice text={text} />
      <StandardDocument text={text} />
      <Timeline text={text} />
      <ul className="standard-actions standard-no-print">
        <li>
          <AppLink to={standardPrintPath(programme.slug, text.id, text.language)}>{t('standards.public.print')}</AppLink>
        </li>
        <li>
          <PdfLink text={text} />
        </li>
      </ul>
    </article>
  );
}
