import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import type { StandardText } from '../../../../shared/contracts/standards';
import { dateTimeFormat } from '../../../../shared/domain/intl';
import { contentPhrases } from '../../../../shared/domain/standard-phrases';
import { standardPath } from './standard-paths';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** A date in the content's language, isolated so that its digits keep their order in right-to-left text. */
export function ContentDate({ iso, lang }: { iso: string; lang: string }) {
  return (
    <bdi>
      <time dateTime={iso.slice(0, 10)}>{dateTimeFormat(lang === 'nb' ? 'nb-NO' : lang, { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(iso))}</time>
    </bdi>
  );
}

/**
 * An outdated translation says so in the reader's language and in the site's: the date of the
 * source version it follows, and a link to the current source in bokmål.
 */
export function OutdatedNotice({ text }: { text: StandardText }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!text.followsVersion) return null;
  const phrases = contentPhrases(text.language);
  const [before, after = ''] = phrases.outdated.split('{date}');
  return (
    <Alert data-color="warning" className="standard-outdated">
      <Paragraph lang={text.language} dir={text.dir}>
        {before}
        <ContentDate iso={text.followsVersion.publishedAt} lang={text.language} />
        {after}{' '}
        <AppLink to={standardPath(text.programmeSlug, text.id)} hrefLang="nb">
          {phrases.readSource}
        </AppLink>
      </Paragraph>
      <Paragraph data-size="sm">
        {t('standards.public.outdated', { date: dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(text.followsVersion.publishedAt)) })}
      </Paragraph>
    </Alert>
  );
}

/** The steps from draft to in force, in the site's language. */
export function Timeline({ text }: { text: StandardText }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (text.timeline.length === 0) return null;
  const months = dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <section aria-labelledby="standard-timeline" className="standard-timeline">
      <Heading level={2} data-size="sm" id="standard-timeline">
        {t('standards.public.timeline')}
      </Heading>
      <ol>
        {text.timeline.map((m, i) => (
          <li key={i}>
            <strong>
              <time dateTime={m.on}>{m.until ? months.formatRange(day(m.on), day(m.until)) : months.format(day(m.on))}</time>
            </strong>{' '}
            {t(`standards.milestone.${m.kind}`)}
            {m.note ? ` – ${m.note}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A local guideline names the city-wide version it builds on, and warns when a newer one has been published. */
export function BasedOnNotice({ text }: { text: StandardText }) {
  const { t } = useTranslation();
  if (!text.basedOn) return null;
  const link = <AppLink to={standardPath(text.programmeSlug, text.basedOn.standardId)}>{text.basedOn.title}</AppLink>;
  return text.basedOn.superseded ? (
    <Alert data-color="warning">
      <Paragraph>
        {t('standards.public.basedOnSuperseded', { version: text.basedOn.version })} {link}
      </Paragraph>
    </Alert>
  ) : (
    <Paragraph>
      {t('standards.public.basedOn', { version: text.basedOn.version })} {link}
    </Paragraph>
  );
}

/** The PDF in the language read (every language has one, and a print view). */
export function PdfLink({ text }: { text: StandardText }) {
  const { t } = useTranslation();
  return <Link href={`/api/standards/${text.id}/pdf?lang=${text.language}`}>{t('standards.public.pdf')}</Link>;
}
