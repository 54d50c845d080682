import type { ReactNode } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { DevelopmentSettings, Plan } from '../../../../shared/contracts/development';
import { PLAN_PARTS, type PlanPart } from '../../../../shared/domain/development';
import { pickText } from '../../../../shared/domain/localized';
import { dateTimeFormat } from '../../../app/locale';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { splitParagraphs, useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { useProgramme } from '../../programmes/programmes.queries';
import { planDocxUrl, planPdfUrl, useDevelopmentOverview, usePlan } from '../development.queries';
import './development-public.css';

/** A group's development plan that the group has made public, read-only, with its PDF and DOCX. */
export default function PublicPlanPage() {
  const { slug = '', groupId = '' } = useParams();
  const plan = usePlan(groupId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <QueryFailure error={plan.error} />;
  return <PlanView slug={slug} plan={plan.data} />;
}

function Texts({ text }: { text: string }) {
  const { t } = useTranslation();
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) return <Paragraph className="muted">{t('development.plan.empty')}</Paragraph>;
  return (
    <>
      {paragraphs.map((p, i) => (
        <Paragraph key={i} className="keep-lines">
          {p}
        </Paragraph>
      ))}
    </>
  );
}

function Part({ part, questions, children }: { part: PlanPart; questions: DevelopmentSettings['cycleQuestions'] | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const own = questions?.[part];
  const question = own ? pickText(own, locale) : { text: t(`development.cycle.${part}`), lang: locale };
  const id = `plan-${part}`;
  return (
    <section aria-labelledby={id} className="stack-sm development-plan-part">
      <Heading level={2} data-size="md" id={id}>
        {PLAN_PARTS.indexOf(part) + 1}. <span lang={question.lang === locale ? undefined : question.lang}>{question.text}</span>
      </Heading>
      {children}
    </section>
  );
}

function PlanView({ slug, plan }: { slug: string; plan: Plan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const programme = useProgramme(slug);
  const programmeName = useLocalized(programme.data?.name);
  const overview = useDevelopmentOverview(plan.programmeId);
  const questions = overview.data?.settings.cycleQuestions;
  const title = t('development.plan.title', { name: plan.organisationName });
  const sub = (text: string) => (
    <Heading level={3} data-size="sm">
      {text}
    </Heading>
  );
  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/program/${slug}`} lang={programmeName.lang}>
          {programme.data ? programmeName.text : t('development.plan.backToProgramme')}
        </AppLink>
      </Paragraph>
      <PageHeading title={title} description={t('development.plan.description', { name: plan.organisationName })} />
      <Paragraph>{t('development.plan.lead')}</Paragraph>
      <ul className="plain-list stack-sm">
        <li>
          <a className="ds-link" href={planPdfUrl(plan.groupId, locale)}>
            {t('development.plan.pdf')}
          </a>
        </li>
        <li>
          <a className="ds-link" href={planDocxUrl(plan.groupId, locale)}>
            {t('development.plan.docx')}
          </a>
        </li>
      </ul>

      <Part part="where_are_we" questions={questions}>
        {plan.areaCode ? (
          <Paragraph>
            <AppLink to={`/program/${slug}/statistikk/omrade/${encodeURIComponent(plan.areaCode)}`}>{t('development.plan.areaProfile', { name: plan.organisationName })}</AppLink>
          </Paragraph>
        ) : null}
        {sub(t('development.plan.strengths'))}
        <Texts text={plan.strengths} />
        {sub(t('development.plan.weaknesses'))}
        <Texts text={plan.weaknesses} />
        {sub(t('development.plan.needs'))}
        <Texts text={plan.needs} />
      </Part>

      <Part part="where_to_go" questions={questions}>
        {sub(t('development.plan.futureImages'))}
        <Texts text={plan.futureImages} />
        {sub(t('development.plan.goals'))}
        {plan.goals.length === 0 ? (
          <Paragraph className="muted">{t('development.plan.empty')}</Paragraph>
        ) : (
          <ol className="stack-sm">
            {plan.goals.map((g, i) => (
              <li key={i}>
                <strong>{g.title}</strong>
                {g.description ? <Paragraph className="keep-lines">{g.description}</Paragraph> : null}
              </li>
            ))}
          </ol>
        )}
      </Part>

      <Part part="who_does_what" questions={questions}>
        {plan.actors.length === 0 ? (
          <Paragraph className="muted">{t('development.plan.empty')}</Paragraph>
        ) : (
          <ScrollTable label={t('development.plan.actors')}>
            <Table data-size="sm">
              <caption>{t('development.plan.actors')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('development.plan.actor')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('development.plan.role')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('development.plan.arena')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {plan.actors.map((a, i) => (
                  <Table.Row key={i}>
                    <Table.HeaderCell scope="row">{a.name}</Table.HeaderCell>
                    <Table.Cell>{a.role}</Table.Cell>
                    <Table.Cell>{t(`development.arena.${a.arena}`)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        )}
      </Part>

      <Part part="how_to_get_there" questions={questions}>
        {plan.efforts.length === 0 ? (
          <Paragraph className="muted">{t('development.plan.empty')}</Paragraph>
        ) : (
          plan.efforts.map((e, i) => (
            <div key={i} className="development-card stack-sm">
              <Heading level={3} data-size="xs">
                {e.title}
              </Heading>
              {e.description ? <Paragraph className="keep-lines">{e.description}</Paragraph> : null}
              <dl className="facts">
                {e.responsible ? (
                  <div>
                    <dt>{t('development.plan.responsible')}</dt>
                    <dd>{e.responsible}</dd>
                  </div>
                ) : null}
                {e.fromYear !== null || e.toYear !== null ? (
                  <div>
                    <dt>{t('development.plan.years')}</dt>
                    <dd>{`${e.fromYear ?? '…'}–${e.toYear ?? '…'}`}</dd>
                  </div>
                ) : null}
                {e.goals.length > 0 ? (
                  <div>
                    <dt>{t('development.plan.serves')}</dt>
                    <dd>
                      {e.goals
                        .map((n) => plan.goals[n]?.title)
                        .filter(Boolean)
                        .join('; ')}
                    </dd>
                  </div>
                ) : null}
                {e.followUp ? (
                  <div>
                    <dt>{t('development.plan.followUp')}</dt>
                    <dd className="keep-lines">{e.followUp}</dd>
                  </div>
                ) : null}
              </dl>
            </div>
          ))
        )}
      </Part>
      {plan.updatedAt ? (
        <Paragraph data-size="sm" className="muted">
          {t('development.plan.updated', { when: dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(plan.updatedAt)) })}
        </Paragraph>
      ) : null}
    </article>
  );
}
