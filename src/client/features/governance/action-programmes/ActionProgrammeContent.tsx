import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ActionProgramme, Effort } from '../../../../shared/contracts/action-programmes';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LocalizedParagraphs, useLocalized } from '../../../components/LocalizedText';
import { formatKroner, goalPath } from './action-programme-format';

/**
 * What an action programme says: the challenges, then each priority with its efforts, who is
 * responsible, what each needs and which goals it serves (linked to the goals page).
 */
export function ActionProgrammeContentView({
  ap,
  slug,
  level = 2,
}: {
  ap: ActionProgramme;
  slug: string;
  level?: 2 | 3;
}) {
  const { t } = useTranslation();
  const sub = (level + 1) as 3 | 4;
  return (
    <div className="stack ap-content">
      {ap.challenges.nb || ap.challenges.nn || ap.challenges.en ? (
        <section className="stack-sm" aria-labelledby="ap-challenges">
          <Heading level={level} data-size="md" id="ap-challenges">
            {t('governancePublic.actionProgramme.challenges')}
          </Heading>
          <LocalizedParagraphs text={ap.challenges} />
        </section>
      ) : null}
      <section className="stack" aria-labelledby="ap-priorities">
        <Heading level={level} data-size="md" id="ap-priorities">
          {t('governancePublic.actionProgramme.priorities')}
        </Heading>
        {ap.priorities.length === 0 ? (
          <Paragraph>{t('governancePublic.actionProgramme.noPriorities')}</Paragraph>
        ) : null}
        <ol className="plain-list stack ap-priorities">
          {ap.priorities.map((p, i) => (
            <Priority key={p.id} priority={p} n={i + 1} slug={slug} level={sub} />
          ))}
        </ol>
      </section>
    </div>
  );
}

function Priority({
  priority,
  n,
  slug,
  level,
}: {
  priority: ActionProgramme['priorities'][number];
  n: number;
  slug: string;
  level: 3 | 4;
}) {
  const { t } = useTranslation();
  const title = useLocalized(priority.title);
  return (
    <li className="ap-priority stack-sm">
      <Heading level={level} data-size="sm">
        {t('governancePublic.actionProgramme.priorityN', { n })}:{' '}
        <span lang={title.lang}>{title.text}</span>
      </Heading>
      <LocalizedParagraphs text={priority.description} />
      {priority.efforts.length > 0 ? (
        <ul className="plain-list stack-sm">
          {priority.efforts.map((e) => (
            <EffortView key={e.id} effort={e} slug={slug} level={(level + 1) as 4 | 5} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function EffortView({ effort, slug, level }: { effort: Effort; slug: string; level: 4 | 5 }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useLocalized(effort.title);
  return (
    <li className="ap-effort stack-sm" id={`effort-${effort.id}`}>
      <Heading level={level} data-size="xs" lang={title.lang}>
        {title.text}
      </Heading>
      <LocalizedParagraphs text={effort.description} />
      <dl className="facts">
        <div>
          <dt>{t('governancePublic.actionProgramme.responsible')}</dt>
          <dd>
            {effort.responsibleOrganisation?.name ?? t('governancePublic.actionProgramme.notSet')}
          </dd>
        </div>
        <div>
          <dt>{t('governancePublic.actionProgramme.fundingNeed')}</dt>
          <dd>
            {effort.fundingNeed === null
              ? t('governancePublic.actionProgramme.notSet')
              : formatKroner(effort.fundingNeed, locale)}
          </dd>
        </div>
        {effort.goals.length > 0 ? (
          <div>
            <dt>{t('governancePublic.actionProgramme.goals')}</dt>
            <dd>
              <ul className="plain-list">
                {effort.goals.map((g) => (
                  <GoalLink key={g.id} goal={g} slug={slug} />
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

function GoalLink({ goal, slug }: { goal: Effort['goals'][number]; slug: string }) {
  const title = useLocalized(goal.title);
  return (
    <li>
      <AppLink to={goalPath(slug, goal.id)} lang={title.lang}>
        {title.text}
      </AppLink>
    </li>
  );
}
