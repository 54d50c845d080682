import { useLocale } from '../../app/locale-context';
import { localizeAreaNames } from '../../components/statistics/area-names';
import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { ProgrammeStatistics } from '../../../shared/contracts/indicators';
import type { Programme } from '../../../shared/contracts/programmes';
import { isApiError } from '../../app/api';
import { AppLink } from '../../components/AppLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useLocalized } from '../../components/LocalizedText';
import { NotFoundPage } from '../../components/NotFoundPage';
import { useProgramme } from '../programmes/programmes.queries';
import { useProgrammeStatistics } from '../indicators/indicators.queries';
import '../../components/statistics/statistics.css';

/**
 * Loads the programme (by its slug) and its statistics settings, which every statistics page
 * needs, and shows the one loading, not-found or failure state for both.
 */
export function WithProgrammeStatistics({ slug, children }: { slug: string; children: (programme: Programme, statistics: ProgrammeStatistics) => ReactNode }) {
  const programme = useProgramme(slug);
  const locale = useLocale();
  const statistics = useProgrammeStatistics(programme.data?.id, (s) => localizeAreaNames(s, locale));
  if (programme.isPending || (programme.isSuccess && statistics.isPending)) return <Loading />;
  const error = programme.error ?? statistics.error;
  if (error) {
    if (isApiError(error) && error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  return <>{children(programme.data!, statistics.data!)}</>;
}

/** Where the page sits: programme → "Where are we?" → this page. The last item is the page itself. */
export function StatisticsBreadcrumbs({ programme, current }: { programme: Programme; current?: { label: string; lang?: string } }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const base = `/program/${programme.slug}`;
  return (
    <nav aria-label={t('profiles.breadcrumbs')} className="breadcrumbs">
      <ol>
        <li>
          <AppLink to={base} lang={name.lang}>
            {name.text}
          </AppLink>
        </li>
        <li>
          {current ? (
            <AppLink to={`${base}/statistikk`}>{t('profiles.whereAreWe')}</AppLink>
          ) : (
            <span aria-current="page">{t('profiles.whereAreWe')}</span>
          )}
        </li>
        {current ? (
          <li>
            <span aria-current="page" lang={current.lang}>
              {current.label}
            </span>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

/** A titled section of a statistics page; the id names it for screen readers and links. */
export function StatisticsSection({ id, title, children, className }: { id: string; title: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={className ? `stack statistics-section ${className}` : 'stack statistics-section'}>
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** "Oslo and Norway" / "Oslo, Bergen and Norway" in the reader's language. */
export function useAreaList(): (names: readonly string[]) => string {
  const { t } = useTranslation();
  return (names) => {
    if (names.length <= 1) return names[0] ?? '';
    return t('profiles.listAnd', { list: names.slice(0, -1).join(', '), last: names[names.length - 1] });
  };
}
