import { useId } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { GoalTarget } from '../../../shared/contracts/goals';
import { formatPeriod } from '../../../shared/domain/periods';
import { formatValue } from '../../../shared/domain/format-value';
import { isWithheldStatus } from '../../../shared/domain/statistics';
import { useLocale } from '../../app/locale-context';
import { progressShares } from './goal-tree';
import './goals.css';

/** A shape beside the status word, so the status never rests on colour alone. */
export const STATUS_SYMBOL = { achieved: '\u2714', on_track: '\u279C', behind: '!', no_data: '\u2013' } as const;

/**
 * The progress of one target: the status in words, a bar with the share of the way from baseline
 * to target (a `meter` with the share as its text), a mark where the straight line says it should
 * be, and one sentence that says the same for those who do not see the bar.
 */
export function ProgressMeter({ target }: { target: GoalTarget }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const { status } = target.progress;
  const shares = progressShares(target);
  const latest = target.latest;

  let detail: string;
  if (!shares) {
    detail =
      latest && (isWithheldStatus(latest.status) || latest.value === null)
        ? t('goals.noDataWithheld', { period: formatPeriod(latest.period, locale), status: t(`observationStatus.${latest.value === null && latest.status === 'none' ? 'not_available' : latest.status}`) })
        : t('goals.noDataNone');
  } else if (shares.percent < 0) {
    detail = t('goals.progressAway');
  } else {
    detail = t('goals.progressShare', { percent: shares.percent });
  }
  const expected =
    shares && target.progress.expected !== null && latest && status !== 'achieved'
      ? t('goals.expected', {
          value: formatValue(target.progress.expected, target.indicator.unit, target.indicator.decimals, locale),
          period: formatPeriod(latest.period, locale),
        })
      : null;

  return (
    <div className="goal-progress" data-status={status}>
      <Paragraph className="goal-progress-status" id={`${id}-status`}>
        <span className="goal-progress-symbol" aria-hidden="true">
          {STATUS_SYMBOL[status]}
        </span>{' '}
        {t(`progressStatus.${status}`)}
      </Paragraph>
      {shares ? (
        <div
          className="goal-meter"
          role="meter"
          aria-label={t('goals.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={shares.bar}
          aria-valuetext={detail}
          aria-describedby={`${id}-status`}
        >
          {/* Drawn with attributes, not inline styles: the server-rendered page must need no style the
              Content-Security-Policy refuses. */}
          <svg className="goal-meter-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect className="goal-meter-fill" x="0" y="0" width={shares.bar} height="10" />
            {shares.expectedBar !== null && status !== 'achieved' ? (
              <line className="goal-meter-expected" x1={shares.expectedBar} x2={shares.expectedBar} y1="0" y2="10" vectorEffect="non-scaling-stroke" />
            ) : null}
          </svg>
        </div>
      ) : null}
      <Paragraph data-size="sm" className="goal-progress-detail">
        {expected ? `${detail} ${expected}` : detail}
      </Paragraph>
    </div>
  );
}
