import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { ProgrammeSummary } from '../../../shared/contracts/programmes';
import { AppLink } from '../../components/AppLink';
import { LocalizedParagraphs, useLocalized } from '../../components/LocalizedText';
import { headingLevel, type GoalNode } from './goal-tree';
import { GoalMeta } from './GoalMeta';
import { TargetView } from './TargetView';
import { GoalEffortsList } from './GoalEffortsList';
import type { GoalEffortsMap } from './goal-efforts';

interface Props {
  nodes: GoalNode[];
  slug: string;
  programmes: readonly ProgrammeSummary[];
  /** The efforts of published action programmes serving each goal, shown under it. */
  efforts?: GoalEffortsMap;
}

/** The goal tree as nested lists: each goal with its text, period, owner and targets, sub-goals inside it. */
export function GoalTreeView({ nodes, slug, programmes, efforts }: Props) {
  return (
    <ul className="goal-tree">
      {nodes.map((node) => (
        <GoalItem key={node.goal.id} node={node} slug={slug} programmes={programmes} efforts={efforts} />
      ))}
    </ul>
  );
}

function InheritedTag({ programme }: { programme: ProgrammeSummary | undefined }) {
  const { t } = useTranslation();
  const name = useLocalized(programme?.name);
  return (
    <Paragraph data-size="sm" className="goal-inherited">
      {programme ? (
        <>
          {t('goals.inheritedPrefix')}{' '}
          <AppLink to={`/program/${programme.slug}`} lang={name.lang}>
            {name.text}
          </AppLink>
        </>
      ) : (
        t('goals.inheritedFromParent')
      )}
    </Paragraph>
  );
}

function GoalItem({ node, slug, programmes, efforts }: { node: GoalNode; slug: string; programmes: readonly ProgrammeSummary[]; efforts: GoalEffortsMap | undefined }) {
  const { t } = useTranslation();
  const { goal } = node;
  const title = useLocalized(goal.title);
  const level = headingLevel(2, node.depth);
  const targetLevel = Math.min(6, level + 1) as 3 | 4 | 5 | 6;
  const headingId = `goal-${goal.id}`;
  return (
    <li className="goal-item" data-inherited={goal.isInherited || undefined}>
      <section aria-labelledby={headingId} className="goal-card stack-sm">
        {goal.isInherited ? <InheritedTag programme={programmes.find((p) => p.id === goal.programmeId)} /> : null}
        <Heading level={level} data-size={node.depth === 0 ? 'sm' : 'xs'} id={headingId} lang={title.lang}>
          {title.text}
        </Heading>
        <GoalMeta goal={goal} />
        <LocalizedParagraphs text={goal.description} />
        {goal.targets.length > 0 ? (
          <div className="stack-sm">
            <Paragraph className="goal-targets-label">
              <Tag data-size="sm" data-color="neutral">
                {t('goals.targetCount', { count: goal.targets.length })}
              </Tag>
            </Paragraph>
            <ul className="goal-targets">
              {goal.targets.map((target) => (
                <li key={target.id}>
                  <TargetView target={target} slug={slug} level={targetLevel} />
                </li>
              ))}
            </ul>
          </div>
        ) : !goal.isInherited && node.children.length === 0 ? (
          <Paragraph data-size="sm" className="muted">
            {t('goals.noTargets')}
          </Paragraph>
        ) : null}
        <GoalEffortsList efforts={efforts?.get(goal.id)} slug={slug} level={targetLevel} />
      </section>
      {node.children.length > 0 ? <GoalTreeView nodes={node.children} slug={slug} programmes={programmes} efforts={efforts} /> : null}
    </li>
  );
}
