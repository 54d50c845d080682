import { useTranslation } from '../../app/translation';
import type { GoalTarget } from '../../../shared/contracts/goals';
import { PROGRESS_STATUSES } from '../../../shared/domain/progress';
import { countStatuses } from './goal-tree';
import { STATUS_SYMBOL } from './ProgressMeter';

/**
 * How many targets have each status, in words, each with what the status means. With
 * `explain` off (the programme page) only the statuses that occur are listed.
 */
export function StatusSummary({ targets, explain = true }: { targets: readonly GoalTarget[]; explain?: boolean }) {
  const { t } = useTranslation();
  const counts = countStatuses(targets);
  const statuses = explain ? PROGRESS_STATUSES : PROGRESS_STATUSES.filter((s) => counts[s] > 0);
  return (
    <ul className="goal-status-list">
      {statuses.map((status) => (
        <li key={status} data-status={status}>
          <span className="goal-progress-symbol" aria-hidden="true">
            {STATUS_SYMBOL[status]}
          </span>{' '}
          <strong>{t('goals.statusCount', { status: t(`progressStatus.${status}`), count: counts[status] })}</strong>
          {explain ? <span className="goal-status-explain"> – {t(`goals.explain.${status}`)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
