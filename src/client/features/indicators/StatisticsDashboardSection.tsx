import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { ProgrammeSummary } from '../../../shared/contracts/programmes';
import { can, programmesWhere, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { LocalizedInline } from '../../components/LocalizedText';
import { buildProgrammeTree, flattenTree } from '../programmes/tree';
import { useProgrammeCompare } from '../programmes/use-programme-sort';

/**
 * The way in for analysts, who administer no programme: the programmes whose statistics they
 * keep, the indicator catalogue and the imports.
 */
export function StatisticsDashboardSection({
  user,
  programmes,
}: {
  user: MeUser;
  programmes: readonly ProgrammeSummary[];
}) {
  const { t } = useTranslation();
  const compare = useProgrammeCompare();
  if (!can(user, 'statistics.import')) return null;
  const mine = programmesWhere(user, 'programme.manageStatistics', programmes);
  const rows = flattenTree(buildProgrammeTree(mine, compare));
  return (
    <section aria-labelledby="statistics-work" className="stack">
      <Heading level={2} data-size="md" id="statistics-work">
        {t('indicators.dashboard.title')}
      </Heading>
      <ul className="plain-list stack-sm">
        <li>
          <AppLink to="/admin/indikatorer">{t('indicators.dashboard.catalogue')}</AppLink>
        </li>
        <li>
          <AppLink to="/admin/import">{t('indicators.dashboard.imports')}</AppLink>
        </li>
        <li>
          <AppLink to="/admin/import/ny">{t('indicators.dashboard.newImport')}</AppLink>
        </li>
      </ul>
      <Heading level={3} data-size="xs" id="statistics-programmes">
        {t('indicators.dashboard.programmes')}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{t('indicators.dashboard.noProgrammes')}</Paragraph>
      ) : (
        <ul className="plain-list stack-sm" aria-labelledby="statistics-programmes">
          {rows.map(({ programme, depth }) => (
            <li key={programme.id} className={`depth-${Math.min(depth, 3)}`}>
              <AppLink to={`/admin/program/${programme.slug}/statistikk`}>
                <LocalizedInline text={programme.name} />
              </AppLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
