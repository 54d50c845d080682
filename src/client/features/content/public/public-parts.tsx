import { Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../../../../shared/contracts/programmes';
import { useLocale } from '../../../app/locale-context';
import { usePageFeeds } from '../../../app/page-info';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { useLocalized } from '../../../components/LocalizedText';
import { formatDate } from '../../portfolio/portfolio-format';
import { newsListPath } from '../content-paths';

/** The address of the programme's news feed in a language. */
export const newsFeedUrl = (programmeId: string, locale: string) => `/api/programmes/${encodeURIComponent(programmeId)}/news.rss${locale === 'nb' ? '' : `?lang=${locale}`}`;

/** Names the news feed in the page's head, so feed readers find it. */
export function useNewsFeed(programme: Programme) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(programme.name);
  usePageFeeds([{ type: 'application/rss+xml', title: t('content.feed.title', { programme: name.text }), href: newsFeedUrl(programme.id, locale) }]);
}

/** The way back: the programme, and the news list where the page is a news item. */
export function ContentTrail({ programme, news = false }: { programme: Programme; news?: boolean }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  return (
    <Paragraph data-size="sm">
      <AppLink to={`/program/${programme.slug}`}>{name.text}</AppLink>
      {news ? (
        <>
          {' · '}
          <AppLink to={newsListPath(programme.slug)}>{t('content.public.news')}</AppLink>
        </>
      ) : null}
    </Paragraph>
  );
}

/** When the item was published, and last changed when that is later. */
export function PublishedLine({ date, publishedAt, firstPublishedAt }: { date: string | null | undefined; publishedAt: string; firstPublishedAt: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const first = date ?? firstPublishedAt.slice(0, 10);
  const last = publishedAt.slice(0, 10);
  return (
    <Paragraph data-size="sm" className="content-meta">
      {t('content.public.published', { date: formatDate(first, locale) })}
      {last > first ? ` · ${t('content.public.updated', { date: formatDate(last, locale) })}` : ''}
    </Paragraph>
  );
}
