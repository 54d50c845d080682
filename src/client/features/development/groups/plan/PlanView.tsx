import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Plan } from '../../../../../shared/contracts/development';
import { useTranslation } from '../../../../app/translation';
import { splitParagraphs } from '../../../../components/LocalizedText';
import { AreaProfileBlock } from './AreaProfileBlock';
import { PlanPartSection, type PartTitle } from './PlanPart';
import type { PlanPart } from '../../../../../shared/domain/development';

function Texts({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  const paragraphs = splitParagraphs(text);
  return (
    <div className="stack-sm">
      <Heading level={3} data-size="xs">
        {title}
      </Heading>
      {paragraphs.length === 0 ? (
        <Paragraph className="muted">{t('developmentGroups.plan.empty')}</Paragraph>
      ) : null}
      {paragraphs.map((p, i) => (
        <Paragraph key={i} className="keep-lines">
          {p}
        </Paragraph>
      ))}
    </div>
  );
}

/** The plan for those who read it without writing in it (the facilitator, the office). */
export function PlanView({
  plan,
  titles,
  programmeSlug,
}: {
  plan: Plan;
  titles: Record<PlanPart, PartTitle>;
  programmeSlug: string;
}) {
  const { t } = useTranslation();
  const yearSpan = (from: number | null, to: number | null) =>
    from === null && to === null
      ? null
      : from === to || to === null
        ? String(from ?? to)
        : from === null
          ? String(to)
          : `${from}–${to}`;
  return (
    <div className="stack">
      <PlanPartSection plan={plan} part="where_are_we" title={titles.where_are_we}>
        <AreaProfileBlock plan={plan} programmeSlug={programmeSlug} />
        <Texts title={t('developmentGroups.plan.strengths')} text={plan.strengths} />
        <Texts title={t('developmentGroups.plan.weaknesses')} text={plan.weaknesses} />
        <Texts title={t('developmentGroups.plan.needs')} text={plan.needs} />
      </PlanPartSection>
      <PlanPartSection plan={plan} part="where_to_go" title={titles.where_to_go}>
        <Texts title={t('developmentGroups.plan.futureImages')} text={plan.futureImages} />
        <Heading level={3} data-size="xs">
          {t('developmentGroups.plan.goals')}
        </Heading>
        {plan.goals.length === 0 ? (
          <Paragraph className="muted">{t('developmentGroups.plan.noGoals')}</Paragraph>
        ) : null}
        <ol className="plan-list">
          {plan.goals.map((g, i) => (
            <li key={i}>
              <strong>{g.title}</strong>
              {g.description ? <Paragraph className="keep-lines">{g.description}</Paragraph> : null}
            </li>
          ))}
        </ol>
      </PlanPartSection>
      <PlanPartSection plan={plan} part="who_does_what" title={titles.who_does_what}>
        <Heading level={3} data-size="xs">
          {t('developmentGroups.plan.actors')}
        </Heading>
        {plan.actors.length === 0 ? (
          <Paragraph className="muted">{t('developmentGroups.plan.noActors')}</Paragraph>
        ) : null}
        <ul className="plan-list">
          {plan.actors.map((a, i) => (
            <li key={i}>
              <strong>{a.name}</strong>{' '}
              <Tag data-size="sm" data-color="neutral">
                {t(`developmentGroups.arena.${a.arena}`)}
              </Tag>
              {a.role ? <Paragraph className="keep-lines">{a.role}</Paragraph> : null}
            </li>
          ))}
        </ul>
      </PlanPartSection>
      <PlanPartSection plan={plan} part="how_to_get_there" title={titles.how_to_get_there}>
        <Heading level={3} data-size="xs">
          {t('developmentGroups.plan.efforts')}
        </Heading>
        {plan.efforts.length === 0 ? (
          <Paragraph className="muted">{t('developmentGroups.plan.noEfforts')}</Paragraph>
        ) : null}
        <ol className="plan-list">
          {plan.efforts.map((e, i) => {
            const span = yearSpan(e.fromYear, e.toYear);
            const served = e.goals.flatMap((g) => (plan.goals[g] ? [plan.goals[g].title] : []));
            return (
              <li key={i}>
                <div className="stack-sm">
                  <strong>{e.title}</strong>
                  {e.description ? (
                    <Paragraph className="keep-lines">{e.description}</Paragraph>
                  ) : null}
                  <dl className="plan-facts">
                    {e.responsible ? (
                      <>
                        <dt>{t('developmentGroups.plan.responsible')}</dt>
                        <dd>{e.responsible}</dd>
                      </>
                    ) : null}
                    {span ? (
                      <>
                        <dt>{t('developmentGroups.plan.period')}</dt>
                        <dd>{span}</dd>
                      </>
                    ) : null}
                    {served.length > 0 ? (
                      <>
                        <dt>{t('developmentGroups.plan.effortGoals')}</dt>
                        <dd>{served.join('; ')}</dd>
                      </>
                    ) : null}
                    {e.followUp ? (
                      <>
                        <dt>{t('developmentGroups.plan.followUp')}</dt>
                        <dd className="keep-lines">{e.followUp}</dd>
                      </>
                    ) : null}
                  </dl>
                </div>
              </li>
            );
          })}
        </ol>
      </PlanPartSection>
    </div>
  );
}
