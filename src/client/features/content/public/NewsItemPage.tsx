import { useParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { useProgramme } from '../../programmes/programmes.queries';
import { usePublishedItem } from '../content.queries';
import { PublishedView } from './ContentPage';
import { useNewsFeed } from './public-parts';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { PublicContent } from '../../../../shared/contracts/content';

/** One news item, as last published. */
export default function NewsItemPage() {
  const { slug = '', newsId = '' } = useParams();
  const programme = useProgramme(slug);
  const item = usePublishedItem(newsId);
  if (programme.isPending || item.isPending) return <Loading />;
  const error = programme.error ?? item.error;
  if (error) return isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED') ? <NotFoundPage /> : <LoadFailed error={error} />;
  // A news item is read under its own programme's address only.
  if (item.data!.programmeId !== programme.data!.id || item.data!.kind !== 'news') return <NotFoundPage />;
  return <NewsItem programme={programme.data!} item={item.data!} />;
}

function NewsItem({ programme, item }: { programme: Programme; item: PublicContent }) {
  useNewsFeed(programme);
  return <PublishedView programme={programme} item={item} />;
}
