import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { StandardDocument } from './StandardDocument';
import { OutdatedNotice, Timeline } from './standard-parts';
import { standardPath } from './standard-paths';
import { StandardLoader, useStandardLang } from './StandardPage';
import './standards.css';

/**
 * The standard laid out for paper in one language: no navigation, no links to other pages when
 * printed, headings kept with what follows them. Printing is the browser's (the button only
 * opens its dialog, for those with JavaScript).
 */
export default function StandardPrintPage() {
  const { t } = useTranslation();
  const lang = useStandardLang();
  if (!lang) return <NotFoundPage />;
  return (
    <StandardLoader lang={lang}>
      {(programme, text) => (
        <article className="stack standard-page standard-print">
          <div className="standard-no-print stack">
            <Paragraph data-size="sm">
              <AppLink to={standardPath(programme.slug, text.id, text.language)}>{t('standards.print.back')}</AppLink>
            </Paragraph>
            <Paragraph data-size="sm">{t('standards.print.howTo')}</Paragraph>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => window.print()} className="standard-print-button">
              {t('standards.print.button')}
            </Button>
          </div>
          <PageHeading title={t('standards.print.title', { title: text.title })} lang={text.titleLang} dir={text.titleLang === text.language ? text.dir : 'ltr'}>
            {text.title}
          </PageHeading>
          <OutdatedNotice text={text} />
          <StandardDocument text={text} />
          <Timeline text={text} />
        </article>
      )}
    </StandardLoader>
  );
}
