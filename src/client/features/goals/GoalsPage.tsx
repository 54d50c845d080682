import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { Programme } from '../../../shared/contracts/programmes';
import type { GoalTree } from '../../../shared/contracts/goals';
import { isApiError } from '../../app/api';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { LoadFailed } from '../../components/LoadFailed';
import { useLocalized } from '../../components/LocalizedText';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { useProgramme, useProgrammes } from '../programmes/programmes.queries';
import { nestGoals } from './goal-tree';
import { GoalTreeView } from './GoalTreeView';
import { useGoalTree } from './goals.queries';
import { useGoalEfforts } from '../governance/action-programmes/action-programmes.queries';
import { effortsByGoal, type GoalEffortsMap } from './goal-efforts';
import { StatusSummary } from './StatusSummary';
import './goals.css';

/** The public goals page of a programme: the goal tree, each target's latest figure and progress. */
export default function GoalsPage() {
  const { slug = '' } = useParams();
  const programme = useProgramme(slug);
  const tree = useGoalTree(programme.data?.id);
  // The efforts serving each goal come with the page; when they cannot be had, the goals still show.
  const efforts = useGoalEfforts(programme.data?.id);
  if (programme.isPending || (programme.isSuccess && (tree.isPending || efforts.isPending))) return <Loading />;
  const error = programme.error ?? tree.error;
  if (error) {
    if (isApiError(error) && error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  return <GoalsView programme={programme.data!} tree={tree.data!} efforts={effortsByGoal(efforts.data)} />;
}

function GoalsView({ programme, tree, efforts }: { programme: Programme; tree: GoalTree; efforts: GoalEffortsMap }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const programmes = useProgrammes();
  const nodes = nestGoals(tree.goals);
  const ownTargets = tree.goals.filter((g) => !g.isInherited).flatMap((g) => g.targets);

  return (
    <article className="stack goals-page">
      <Paragraph data-size="sm">
        <AppLink to={`/program/${programme.slug}`} lang={name.lang}>
          {t('goals.backTo', { name: name.text })}
        </AppLink>
      </Paragraph>
      <PageHeading title={`${t('goals.title')} – ${name.text}`} description={t('goals.intro')}>{t('goals.title')}</PageHeading>
      <Paragraph>{t('goals.intro')}</Paragraph>

      {tree.goals.length === 0 ? <Paragraph>{t('goals.none')}</Paragraph> : null}

      {ownTargets.length > 0 ? (
        <section aria-labelledby="goals-summary" className="stack-sm goals-summary">
          <Heading level={2} data-size="sm" id="goals-summary">
            {t('goals.summaryHeading')}
          </Heading>
          <Paragraph>{t('goals.summaryTotal', { count: ownTargets.length })}</Paragraph>
          <StatusSummary targets={ownTargets} />
          <Paragraph data-size="sm">{t('goals.explainMarker')}</Paragraph>
        </section>
      ) : null}

      {nodes.length > 0 ? <GoalTreeView nodes={nodes} slug={programme.slug} programmes={programmes.data ?? []} efforts={efforts} /> : null}
    </article>
  );
}
