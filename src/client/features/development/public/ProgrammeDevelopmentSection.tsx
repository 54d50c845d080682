import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { CohortSummary, DevelopmentOverview } from '../../../../shared/contracts/development';
import type { Programme } from '../../../../shared/contracts/programmes';
import { PLAN_PARTS } from '../../../../shared/domain/development';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { formatEventTime } from '../../events/event-format';
import { eventPath } from '../../events/events.queries';
import { publicPlanPath, useDevelopmentOverview } from '../development.queries';
import { formatCohortPeriod } from './development-format';
import './development-public.css';

/**
 * A development programme on its public page: the three perspectives, the four questions of the
 * improvement cycle, the competence goals, and each cohort with its region, period, the
 * municipalities and counties taking part and the gatherings. Nothing for other programmes.
 */
export function ProgrammeDevelopmentSection({ programme }: { programme: Programme }) {
  const overview = useDevelopmentOverview(programme.kind === 'development_programme' ? programme.id : undefined);
  if (programme.kind !== 'development_programme' || !overview.data) return null;
  return <DevelopmentContent programme={programme} overview={overview.data} />;
}

function DevelopmentContent({ programme, overview }: { programme: Programme; overview: DevelopmentOverview }) {
  const { t } = useTranslation();
  const { settings } = overview;
  return (
    <>
      {settings.perspectives.length > 0 ? (
        <section aria-labelledby="development-perspectives" className="stack-sm">
          <Heading level={2} data-size="md" id="development-perspectives">
            {t('development.public.perspectives')}
          </Heading>
          <ol className="development-perspectives plain-list">
            {settings.perspectives.map((p, i) => (
              <li key={i} className="development-card stack-sm">
                <Heading level={3} data-size="sm">
                  <LocalizedInline text={p.title} />
                </Heading>
                <Paragraph className="development-question">
                  <LocalizedInline text={p.question} />
                </Paragraph>
                {p.topics.length > 0 ? (
                  <ul>
                    {p.topics.map((topic, j) => (
                      <LocalizedInline key={j} as="li" text={topic} />
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="development-cycle" className="stack-sm">
        <Heading level={2} data-size="md" id="development-cycle">
          {t('development.public.cycle')}
        </Heading>
        <Paragraph>{t('development.public.cycleLead')}</Paragraph>
        <ol className="development-cycle">
          {PLAN_PARTS.map((part) => {
            const own = settings.cycleQuestions[part];
            return <li key={part}>{own ? <LocalizedInline text={own} /> : t(`development.cycle.${part}`)}</li>;
          })}
        </ol>
      </section>

      {settings.competenceGoals.length > 0 ? (
        <section aria-labelledby="development-goals" className="stack-sm">
          <Heading level={2} data-size="md" id="development-goals">
            {t('development.public.competenceGoals')}
          </Heading>
          <ol className="stack-sm">
            {settings.competenceGoals.map((g, i) => (
              <LocalizedInline key={i} as="li" text={g} />
            ))}
          </ol>
        </section>
      ) : null}

      {overview.cohorts.length > 0 ? (
        <section aria-labelledby="development-cohorts" className="stack-sm">
          <Heading level={2} data-size="md" id="development-cohorts">
            {t('development.public.cohorts')}
          </Heading>
          {overview.cohorts.map((c) => (
            <CohortPublic key={c.id} cohort={c} slug={programme.slug} />
          ))}
        </section>
      ) : null}
    </>
  );
}

function CohortPublic({ cohort, slug }: { cohort: CohortSummary; slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(cohort.name);
  const headingId = `cohort-${cohort.id}`;
  return (
    <article aria-labelledby={headingId} className="development-card stack-sm">
      <Heading level={3} data-size="sm" id={headingId} lang={name.lang}>
        {name.text}
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('development.public.region')}</dt>
          <dd>{cohort.region}</dd>
        </div>
        <div>
          <dt>{t('development.public.period')}</dt>
          <dd>{formatCohortPeriod(cohort.startsOn, cohort.endsOn, locale)}</dd>
        </div>
      </dl>
      <Heading level={4} data-size="xs">
        {t('development.public.taking')}
      </Heading>
      {cohort.organisations.length === 0 ? (
        <Paragraph data-size="sm">{t('development.public.noneTaking')}</Paragraph>
      ) : (
        <ul>
          {cohort.organisations.map((o) => (
            <li key={o.groupId}>
              {o.name}
              {o.hasPublicPlan ? (
                <>
                  {' – '}
                  <AppLink to={publicPlanPath(slug, o.groupId)}>{t('development.public.planLink', { name: o.name })}</AppLink>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Heading level={4} data-size="xs">
        {t('development.public.gatherings')}
      </Heading>
      {cohort.gatherings.length === 0 ? (
        <Paragraph data-size="sm">{t('development.public.noGatherings')}</Paragraph>
      ) : (
        <ul className="stack-sm">
          {cohort.gatherings.map((g) => (
            <li key={g.eventId}>
              <AppLink to={eventPath(slug, g.eventId)}>{g.title}</AppLink>
              <br />
              {formatEventTime(g.startsAt, g.endsAt, locale)}
              {g.place || g.address ? `, ${[g.place, g.address].filter(Boolean).join(', ')}` : ''}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
