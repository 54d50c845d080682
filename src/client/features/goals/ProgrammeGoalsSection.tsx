import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { Programme } from '../../../shared/contracts/programmes';
import { AppLink } from '../../components/AppLink';
import { useLocalized } from '../../components/LocalizedText';
import type { TreeGoal } from './goal-tree';
import { usePeriodText } from './GoalMeta';
import { useGoalTree } from './goals.queries';
import { StatusSummary } from './StatusSummary';
import './goals.css';

/**
 * The goals in short on the public programme page: the programme's main goals, how many targets
 * are achieved, on track, behind or without data, and the way to the goals page. Nothing at all
 * when the programme has no goals (or they cannot be read: the page stands without them).
 */
export function ProgrammeGoalsSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const tree = useGoalTree(programme.id);
  const own = (tree.data?.goals ?? []).filter((g) => !g.isInherited);
  if (own.length === 0) return null;
  const ownIds = new Set(own.map((g) => g.id));
  const mainGoals = own.filter((g) => g.parentId === null || !ownIds.has(g.parentId));
  const targets = own.flatMap((g) => g.targets);

  return (
    <section aria-labelledby="goals-section" className="stack-sm programme-goals">
      <Heading level={2} data-size="md" id="goals-section">
        {t('goals.sectionTitle')}
      </Heading>
      <Paragraph>{t('goals.sectionLead')}</Paragraph>
      <ul className="goal-main-list">
        {mainGoals.map((g) => (
          <MainGoal key={g.id} goal={g} />
        ))}
      </ul>
      {targets.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {t('goals.sectionStatus')}
          </Heading>
          <StatusSummary targets={targets} explain={false} />
        </>
      ) : null}
      <Paragraph>
        <AppLink to={`/program/${programme.slug}/mal`}>{t('goals.sectionLink')}</AppLink>
      </Paragraph>
    </section>
  );
}

function MainGoal({ goal }: { goal: TreeGoal }) {
  const title = useLocalized(goal.title);
  const period = usePeriodText(goal);
  return (
    <li>
      <span lang={title.lang} className="goal-main-title">
        {title.text}
      </span>
      {period ? <span className="muted"> ({period})</span> : null}
    </li>
  );
}
