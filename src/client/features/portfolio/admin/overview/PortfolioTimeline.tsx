import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import type { ProjectSummary } from '../../../../../shared/contracts/projects';
import { useLocale } from '../../../../app/locale-context';
import { useTranslation } from '../../../../app/translation';
import { AppLink } from '../../../../components/AppLink';
import { LocalizedInline } from '../../../../components/LocalizedText';
import { formatPeriod } from '../../portfolio-format';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The projects with a period on one time axis, whole years from the first start to the last end.
 * Each row says its period in words; the bar shows the same for the eye.
 */
export function PortfolioTimeline({ projects }: { projects: readonly ProjectSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Read once: the line for today stays put while the page is open.
  const [today] = useState(() => Date.now());
  const dated = projects.filter((p): p is ProjectSummary & { startsOn: string; endsOn: string } => !!p.startsOn && !!p.endsOn);
  const undated = projects.length - dated.length;
  if (dated.length === 0) return <Paragraph>{t('portfolio.overview.noPeriods')}</Paragraph>;
  const firstYear = Math.min(...dated.map((p) => Number(p.startsOn.slice(0, 4))));
  const lastYear = Math.max(...dated.map((p) => Number(p.endsOn.slice(0, 4))));
  const from = day(`${firstYear}-01-01`);
  const span = day(`${lastYear + 1}-01-01`) - from;
  // At most about eight year labels, so that they never run into each other.
  const step = Math.ceil((lastYear - firstYear + 1) / 8);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).filter((y) => (y - firstYear) % step === 0);
  const todayAt = today >= from && today <= from + span ? ((today - from) / span) * 100 : null;
  return (
    <div className="stack-sm">
      <div className="timeline">
        <div className="timeline-row timeline-axis" aria-hidden="true">
          <span />
          <div className="timeline-track">
            {years.map((y) => (
              <span key={y} className="timeline-year" style={{ insetInlineStart: `${((day(`${y}-01-01`) - from) / span) * 100}%` }}>
                {y}
              </span>
            ))}
          </div>
        </div>
        <ul className="plain-list">
          {dated.map((p) => {
            const start = ((day(p.startsOn) - from) / span) * 100;
            const width = Math.max(0.5, ((day(p.endsOn) - day(p.startsOn)) / span) * 100);
            return (
              <li key={p.id} className="timeline-row">
                <span className="timeline-label">
                  <AppLink to={`/admin/prosjekter/${p.id}`}>
                    <LocalizedInline text={p.title} />
                  </AppLink>
                  <span className="muted"> {formatPeriod(p.startsOn, p.endsOn, locale)}</span>
                </span>
                <div className="timeline-track" aria-hidden="true">
                  {todayAt !== null ? <span className="timeline-today" style={{ insetInlineStart: `${todayAt}%` }} /> : null}
                  <span className={`timeline-bar phase-${p.phase}`} style={{ insetInlineStart: `${start}%`, width: `${width}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      {undated > 0 ? <Paragraph data-size="sm">{t('portfolio.overview.undated', { count: undated })}</Paragraph> : null}
    </div>
  );
}
