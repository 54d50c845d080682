import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../../../../../shared/contracts/programmes';
import type { MeUser } from '../../../../app/permissions';
import { useTranslation } from '../../../../app/translation';
import { AppLink } from '../../../../components/AppLink';
import { LoadFailed } from '../../../../components/LoadFailed';
import { Loading } from '../../../../components/Loading';
import { useLocalized } from '../../../../components/LocalizedText';
import { PageHeading } from '../../../../components/PageHeading';
import { ProgrammeGate } from '../../../../components/ProgrammeGate';
import { SectionNav } from '../../../../components/SectionNav';
import { useGoalTree } from '../../../goals/goals.queries';
import { usePortfolio } from '../../portfolio.queries';
import { GoalCoverage } from './GoalCoverage';
import { PhaseBoard } from './PhaseBoard';
import { PortfolioTimeline } from './PortfolioTimeline';
import '../../portfolio.css';
import './overview.css';

/** As many projects as one answer holds: a programme's portfolio is rarely larger. */
const MOST = 500;

/**
 * The portfolio at a glance for the secretariat and the boards: the projects by phase, on a
 * timeline, and against the programme's goals (which goals no project carries).
 */
export function PortfolioOverviewPage({ user }: { user: MeUser }) {
  return (
    <ProgrammeGate user={user} action="programme.readInternal">
      {(programme) => <Overview programme={programme} />}
    </ProgrammeGate>
  );
}

function Overview({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const portfolio = usePortfolio(programme.id, { sort: 'startsOn', limit: MOST, offset: 0 });
  const goals = useGoalTree(programme.id);
  const sections = [
    { id: 'overview-phases', title: t('portfolio.overview.phases') },
    { id: 'overview-timeline', title: t('portfolio.overview.timeline') },
    { id: 'overview-goals', title: t('portfolio.overview.goals') },
  ];
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}/prosjekter`}>{t('portfolio.overview.back')}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('portfolio.overview.title')} – ${name.text}`}>{t('portfolio.overview.title')}</PageHeading>
      <Paragraph>{t('portfolio.overview.lead')}</Paragraph>
      <SectionNav label={t('portfolio.overview.contents')} sections={sections} />
      {portfolio.isPending || goals.isPending ? <Loading /> : null}
      {portfolio.isError ? <LoadFailed error={portfolio.error} /> : null}
      {goals.isError ? <LoadFailed error={goals.error} /> : null}
      {portfolio.data && portfolio.data.total > portfolio.data.items.length ? <Paragraph data-size="sm">{t('portfolio.overview.capped', { shown: portfolio.data.items.length, total: portfolio.data.total })}</Paragraph> : null}
      {portfolio.data ? (
        <>
          <section id="overview-phases" aria-labelledby="overview-phases-heading" className="stack-sm">
            <Heading level={2} data-size="sm" id="overview-phases-heading" tabIndex={-1}>
              {t('portfolio.overview.phases')}
            </Heading>
            <PhaseBoard projects={portfolio.data.items} />
          </section>
          <section id="overview-timeline" aria-labelledby="overview-timeline-heading" className="stack-sm">
            <Heading level={2} data-size="sm" id="overview-timeline-heading" tabIndex={-1}>
              {t('portfolio.overview.timeline')}
            </Heading>
            <PortfolioTimeline projects={portfolio.data.items} />
          </section>
          {goals.data ? (
            <section id="overview-goals" aria-labelledby="overview-goals-heading" className="stack-sm">
              <Heading level={2} data-size="sm" id="overview-goals-heading" tabIndex={-1}>
                {t('portfolio.overview.goals')}
              </Heading>
              <GoalCoverage projects={portfolio.data.items} goals={goals.data.goals} />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
