import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../../../shared/contracts/programmes';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { LocalizedInline } from '../../components/LocalizedText';
import { formatDate } from '../portfolio/portfolio-format';
import { contentPath, newsListPath } from './content-paths';
import { usePublishedList } from './content.queries';

/** The programme's own pages and its three latest news items on its public page; nothing before the first is published. */
export function ProgrammeContentSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pages = usePublishedList(programme.id, 'page', 50, 0);
  const news = usePublishedList(programme.id, 'news', 3, 0);
  const pageItems = pages.data?.items ?? [];
  const newsItems = news.data?.items ?? [];
  return (
    <>
      {pageItems.length > 0 ? (
        <nav aria-labelledby="content-pages" className="stack-sm">
          <Heading level={2} data-size="md" id="content-pages">
            {t('content.public.pages')}
          </Heading>
          <ul>
            {pageItems.map((p) => (
              <li key={p.id}>
                <AppLink to={contentPath(programme.slug, p)}>
                  <LocalizedInline text={p.title} />
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {newsItems.length > 0 ? (
        <section aria-labelledby="content-news" className="stack-sm">
          <Heading level={2} data-size="md" id="content-news">
            {t('content.public.news')}
          </Heading>
          <ul>
            {newsItems.map((n) => (
              <li key={n.id}>
                <AppLink to={contentPath(programme.slug, n)}>
                  <LocalizedInline text={n.title} />
                </AppLink>{' '}
                <span className="content-meta">({formatDate(n.date ?? n.publishedAt.slice(0, 10), locale)})</span>
              </li>
            ))}
          </ul>
          <Paragraph>
            <AppLink to={newsListPath(programme.slug)}>{t('content.public.allNews')}</AppLink>
          </Paragraph>
        </section>
      ) : null}
    </>
  );
}
