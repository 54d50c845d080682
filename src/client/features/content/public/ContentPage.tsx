import { useParams } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { PublicContent } from '../../../../shared/contracts/content';
import { isApiError } from '../../../app/api';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedParagraphs, useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { useProgramme } from '../../programmes/programmes.queries';
import { ContentBlocks } from '../ContentBlocks';
import { usePublishedPage } from '../content.queries';
import { ContentTrail, PublishedLine } from './public-parts';

/** One of the programme's own pages, as last published. */
export default function ContentPage() {
  const { slug = '', pageSlug = '' } = useParams();
  const programme = useProgramme(slug);
  const page = usePublishedPage(programme.data?.id, pageSlug);
  if (programme.isPending || (programme.isSuccess && page.isPending)) return <Loading />;
  const error = programme.error ?? page.error;
  if (error) return isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED') ? <NotFoundPage /> : <LoadFailed error={error} />;
  return <PublishedView programme={programme.data!} item={page.data!} />;
}

/** A published page or news item: the title, the lead, the date and the blocks. */
export function PublishedView({ programme, item }: { programme: Programme; item: PublicContent }) {
  const title = useLocalized(item.title);
  const lead = useLocalized(item.lead?.nb ? { ...item.lead, nb: item.lead.nb } : null);
  return (
    <article className="stack">
      <ContentTrail programme={programme} news={item.kind === 'news'} />
      <PageHeading title={title.text} description={lead.text} lang={title.lang}>
        {title.text}
      </PageHeading>
      {item.kind === 'news' ? <PublishedLine date={item.date} publishedAt={item.publishedAt} firstPublishedAt={item.firstPublishedAt} /> : null}
      {item.lead?.nb ? <LocalizedParagraphs text={{ ...item.lead, nb: item.lead.nb }} lead /> : null}
      <ContentBlocks draft={item} programmeId={programme.id} programmeSlug={programme.slug} />
      {item.kind === 'page' ? <PublishedLine date={null} publishedAt={item.publishedAt} firstPublishedAt={item.publishedAt} /> : null}
    </article>
  );
}
