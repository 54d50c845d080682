import { useTranslation } from '../../app/translation';
import type { Goal } from '../../../shared/contracts/goals';
import { useLocalized } from '../../components/LocalizedText';

/** "2017–2026", "from 2014", "until 2026", or nothing when the goal has no period. */
export function usePeriodText(goal: Pick<Goal, 'periodFrom' | 'periodTo'>): string | null {
  const { t } = useTranslation();
  const { periodFrom: from, periodTo: to } = goal;
  if (from !== null && to !== null) return from === to ? String(from) : t('goals.periodRange', { from, to });
  if (from !== null) return t('goals.periodFrom', { from });
  if (to !== null) return t('goals.periodTo', { to });
  return null;
}

/** The goal's period and the body that owns it, as a short list of facts. */
export function GoalMeta({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const period = usePeriodText(goal);
  const owner = useLocalized(goal.ownerBody);
  if (!period && !owner.text) return null;
  return (
    <dl className="facts goal-facts">
      {period ? (
        <div>
          <dt>{t('goals.period')}</dt>
          <dd>{period}</dd>
        </div>
      ) : null}
      {owner.text ? (
        <div>
          <dt>{t('goals.owner')}</dt>
          <dd lang={owner.lang}>{owner.text}</dd>
        </div>
      ) : null}
    </dl>
  );
}
