import { useTranslation } from '../app/translation';
import { PageHeading } from './PageHeading';
import { ProblemAlert } from './ProblemAlert';
import { isApiError } from '../app/api';
import { usePageStatus } from '../app/page-info';

/** A page that could not be loaded still has its heading, so it is announced and titled. */
export function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  usePageStatus(isApiError(error) && error.status >= 400 ? error.status : 500);
  return (
    <div className="stack">
      <PageHeading title={t('common.loadFailed')} />
      <ProblemAlert error={error} />
    </div>
  );
}
