import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../../app/translation';
import type { Programme } from '../../../../shared/contracts/programmes';
import { isApiError } from '../../../app/api';
import { canInProgramme, type MeUser } from '../../../app/permissions';
import { Loading } from '../../../components/Loading';
import { LoadFailed } from '../../../components/LoadFailed';
import { NoAccess } from '../../../components/NoAccess';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { useProgramme, useProgrammes } from '../../programmes/programmes.queries';

/** Loads the programme of the URL and lets through only those who keep its governance. */
export function ProgrammeGate({ user, children }: { user: MeUser; children(programme: Programme): ReactNode }) {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const programmes = useProgrammes();
  if (programme.isPending || programmes.isPending) return <Loading />;
  if (programme.isError) {
    if (isApiError(programme.error) && programme.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={programme.error} />;
  }
  if (programmes.isError) return <LoadFailed error={programmes.error} />;
  if (!canInProgramme(user, 'governance.manage', programmes.data, programme.data.id)) return <NoAccess message={t('noAccess.programme')} />;
  return <>{children(programme.data)}</>;
}

/** A query's failure as a page: not found, or could not load. */
export function QueryFailure({ error }: { error: unknown }) {
  if (isApiError(error) && error.code === 'NOT_FOUND') return <NotFoundPage />;
  return <LoadFailed error={error} />;
}
