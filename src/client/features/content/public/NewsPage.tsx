import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { PublicContentList } from '../../../../shared/contracts/content';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { FileLink, PageLinks, usePageNumber } from '../../governance/public/governance-parts';
import { useProgramme } from '../../programmes/programmes.queries';
import { formatDate } from '../../portfolio/portfolio-format';
import { contentPath } from '../content-paths';
import { usePublishedList } from '../content.queries';
import { ContentTrail, newsFeedUrl, useNewsFeed } from './public-parts';

const PER_PAGE = 20;

/** The programme's news, newest first, twenty to a page, with the feed to follow them. */
export default function NewsPage() {
  const { slug = '' } = useParams();
  const page = usePageNumber();
  const programme = useProgramme(slug);
  const news = usePublishedList(programme.data?.id, 'news', PER_PAGE, (page - 1) * PER_PAGE);
  if (programme.isPending || (programme.isSuccess && news.isPending)) return <Loading />;
  const error = programme.error ?? news.error;
  if (error) return isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED') ? <NotFoundPage /> : <LoadFailed error={error} />;
  return <NewsList programme={programme.data!} list={news.data!} page={page} />;
}

function NewsList({ programme, list, page }: { programme: Programme; list: PublicContentList; page: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(programme.name);
  useNewsFeed(programme);
  return (
    <div className="stack">
      <ContentTrail programme={programme} />
      <PageHeading title={`${t('content.public.news')} – ${name.text}`} description={t('content.public.newsLead', { programme: name.text })}>
        {t('content.public.news')}
      </PageHeading>
      <Paragraph>
        <FileLink href={newsFeedUrl(programme.id, locale)} format="RSS">
          {t('content.public.rss')}
        </FileLink>
      </Paragraph>
      {list.items.length === 0 ? (
        <Paragraph>{t('content.public.noNews')}</Paragraph>
      ) : (
        <ul className="plain-list stack">
          {list.items.map((n) => (
            <li key={n.id}>
              <article>
                <Heading level={2} data-size="sm">
                  <AppLink to={contentPath(programme.slug, n)}>
                    <LocalizedInline text={n.title} />
                  </AppLink>
                </Heading>
                <Paragraph data-size="sm" className="content-meta">
                  {formatDate(n.date ?? n.publishedAt.slice(0, 10), locale)}
                </Paragraph>
                {n.lead?.nb ? (
                  <Paragraph>
                    <LocalizedInline text={{ ...n.lead, nb: n.lead.nb }} />
                  </Paragraph>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
      <PageLinks page={page} total={list.total} perPage={PER_PAGE} label={t('content.public.news')} />
    </div>
  );
}
