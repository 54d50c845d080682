import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { can, programmesWhere, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { LocalizedInline } from '../../components/LocalizedText';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useProgrammes } from '../programmes/programmes.queries';
import { buildProgrammeTree, flattenTree } from '../programmes/tree';
import { useProgrammeCompare } from '../programmes/use-programme-sort';
import { StatisticsDashboardSection } from '../indicators/StatisticsDashboardSection';

export function Dashboard({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const compare = useProgrammeCompare();
  const mine = programmesWhere(user, 'programme.update', programmes.data ?? []);
  const rows = flattenTree(buildProgrammeTree(mine, compare));

  return (
    <div className="stack">
      <PageHeading title={t('admin.dashboard.title')} />
      <Paragraph>{t('admin.dashboard.welcome', { name: user.name })}</Paragraph>
      {user.isPlatformAdmin ? <Paragraph>{t('admin.dashboard.isAdmin')}</Paragraph> : null}

      <section aria-labelledby="my-programmes" className="stack">
        <Heading level={2} data-size="md" id="my-programmes">
          {t('admin.dashboard.myProgrammes')}
        </Heading>
        {programmes.isPending ? <Loading /> : null}
        {programmes.isError ? <ProblemAlert error={programmes.error} /> : null}
        {programmes.data && rows.length === 0 ? <Paragraph>{t('admin.dashboard.noProgrammes')}</Paragraph> : null}
        {rows.length > 0 ? (
          <ul className="plain-list stack-sm">
            {rows.map(({ programme, depth }) => (
              <li key={programme.id} className={`depth-${Math.min(depth, 3)}`}>
                <AppLink to={`/admin/program/${programme.slug}`}>
                  <LocalizedInline text={programme.name} />
                </AppLink>{' '}
                <Tag data-size="sm" data-color="info">
                  {t(`programmeKind.${programme.kind}`)}
                </Tag>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {user.roles.length > 0 ? (
        <section aria-labelledby="my-roles" className="stack">
          <Heading level={2} data-size="md" id="my-roles">
            {t('admin.dashboard.myRoles')}
          </Heading>
          <ul className="plain-list stack-sm">
            {user.roles.map((r) => (
              <li key={r.programmeId}>
                <AppLink to={`/program/${r.programmeSlug}`}>
                  <LocalizedInline text={r.programmeName} />
                </AppLink>
                {': '}
                {t(`programmeRole.${r.role}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {programmes.data ? <StatisticsDashboardSection user={user} programmes={programmes.data} /> : null}

      <section aria-labelledby="shortcuts" className="stack">
        <Heading level={2} data-size="md" id="shortcuts">
          {t('admin.dashboard.shortcuts')}
        </Heading>
        <ul className="card-grid">
          {can(user, 'programme.create') ? (
            <li>
              <Card data-color="neutral">
                <AppLink to="/admin/program/ny">{t('admin.programmes.new')}</AppLink>
              </Card>
            </li>
          ) : null}
          <li>
            <Card data-color="neutral">
              <AppLink to="/admin/organisasjoner">{t('admin.nav.organisations')}</AppLink>
            </Card>
          </li>
          <li>
            <Card data-color="neutral">
              <AppLink to="/admin/personer">{t('admin.nav.people')}</AppLink>
            </Card>
          </li>
        </ul>
      </section>
    </div>
  );
}
