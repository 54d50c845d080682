import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ProjectSummary } from '../../../../../shared/contracts/projects';
import { PROJECT_PHASES } from '../../../../../shared/domain/portfolio';
import { useLocale } from '../../../../app/locale-context';
import { useTranslation } from '../../../../app/translation';
import { AppLink } from '../../../../components/AppLink';
import { LocalizedInline } from '../../../../components/LocalizedText';
import { formatPeriod } from '../../portfolio-format';

/** The projects as a board: a column per phase, from initiative to benefits follow-up (a list each on a phone). */
export function PhaseBoard({ projects }: { projects: readonly ProjectSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="phase-board">
      {PROJECT_PHASES.map((phase) => {
        const inPhase = projects.filter((p) => p.phase === phase);
        const headingId = `phase-${phase}`;
        return (
          <section key={phase} className="phase-column" aria-labelledby={headingId}>
            <Heading level={3} data-size="2xs" id={headingId}>
              {t(`portfolio.phases.${phase}`)} <span className="muted">({inPhase.length})</span>
            </Heading>
            {inPhase.length === 0 ? (
              <Paragraph data-size="sm" className="muted">
                {t('portfolio.overview.noneInPhase')}
              </Paragraph>
            ) : (
              <ul className="plain-list stack-sm">
                {inPhase.map((p) => (
                  <li key={p.id} className="phase-card">
                    <AppLink to={`/admin/prosjekter/${p.id}`}>
                      <LocalizedInline text={p.title} />
                    </AppLink>
                    <span className="muted">{p.owner.name}</span>
                    {p.startsOn || p.endsOn ? <span className="muted">{formatPeriod(p.startsOn, p.endsOn, locale)}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
