import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../app/translation';
import type { Action } from '../../shared/domain/permissions';
import type { Programme } from '../../shared/contracts/programmes';
import { isApiError } from '../app/api';
import { canInProgramme, type MeUser } from '../app/permissions';
import { Loading } from './Loading';
import { LoadFailed } from './LoadFailed';
import { NoAccess } from './NoAccess';
import { NotFoundPage } from './NotFoundPage';
import { useProgramme, useProgrammes } from '../features/programmes/programmes.queries';

/** Loads the programme of the URL and lets through only those who may take `action` there (by default: keep its governance). */
export function ProgrammeGate({ user, action = 'governance.manage', children }: { user: MeUser; action?: Action; children(programme: Programme): ReactNode }) {
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
  if (!canInProgramme(user, action, programmes.data, programme.data.id)) return <NoAccess message={t('noAccess.programme')} />;
  return <>{children(programme.data)}</>;
}

/** A query's failure as a page: not found, or could not load. */
export function QueryFailure({ error }: { error: unknown }) {
  if (isApiError(error) && error.code === 'NOT_FOUND') return <NotFoundPage />;
  return <LoadFailed error={error} />;
}
