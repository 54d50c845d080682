import { useTranslation } from '../../../app/translation';
import type { StatisticsImport } from '../../../../shared/contracts/imports';
import { useLocale } from '../../../app/locale-context';
import { formatCount, percentDone } from '../import-format';

/**
 * The progress of a queued or running import: a native progress bar (announced as such by screen
 * readers) with the same in words. A polite live region speaks only at each quarter, not on
 * every poll.
 */
export function ImportProgress({ job }: { job: StatisticsImport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { done, total } = job.progress;
  const pct = percentDone(done, total);
  const known = job.state === 'running' && total > 0;
  const text =
    job.state === 'queued'
      ? t('imports.status.queuedText')
      : known
        ? t('imports.status.progressText', {
            done: formatCount(done, locale),
            total: formatCount(total, locale),
            pct,
          })
        : t('imports.status.startingText');
  const spoken =
    job.state === 'queued'
      ? t('imports.status.queuedText')
      : known
        ? t('imports.status.progressAnnounce', { pct: Math.floor(pct / 25) * 25 })
        : t('imports.status.startingText');
  return (
    <div className="stack-sm import-progress">
      <label htmlFor="import-progress">{t('imports.status.progress')}</label>
      {/* Without a value the bar is indeterminate: the import has not yet counted its rows. */}
      {known ? (
        <progress
          id="import-progress"
          max={total}
          value={done}
          aria-describedby="import-progress-text"
        />
      ) : (
        <progress id="import-progress" aria-describedby="import-progress-text" />
      )}
      <p id="import-progress-text">{text}</p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <p className="muted">{t('imports.status.canLeave')}</p>
    </div>
  );
}
