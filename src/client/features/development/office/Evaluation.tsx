import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { EvaluationResults } from '../../../../shared/contracts/development';
import { EVALUATION_SCALE } from '../../../../shared/domain/development';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline } from '../../../components/LocalizedText';
import { ScrollTable } from '../../../components/ScrollTable';
import { useCohortEvaluation } from '../development.queries';
import { formatAverage } from '../public/development-format';

type Figures = EvaluationResults['cohort'];

/** The cohort's evaluation: per competence goal for the whole cohort, per group where enough answered, and the comments. */
export function Evaluation({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const results = useCohortEvaluation(cohortId);
  if (results.isPending) return <Loading />;
  if (results.isError) return <LoadFailed error={results.error} />;
  const r = results.data;
  return (
    <div className="stack">
      <Paragraph>{t('development.office.evaluation.threshold', { count: r.threshold })}</Paragraph>
      {r.cohort.answers === 0 ? (
        <Paragraph>{t('development.office.evaluation.noAnswers')}</Paragraph>
      ) : (
        <>
          <FiguresTable id="evaluation-cohort" caption={t('development.office.evaluation.cohortCaption', { count: r.cohort.answers })} goals={r.competenceGoals} figures={r.cohort} />
          <Heading level={3} data-size="sm">
            {t('development.office.evaluation.byGroup')}
          </Heading>
          <GroupsTable results={r} />
          <Heading level={3} data-size="sm">
            {t('development.office.evaluation.comments')}
          </Heading>
          {r.comments.length === 0 ? (
            <Paragraph>{t('development.office.evaluation.noComments')}</Paragraph>
          ) : (
            <ul className="stack-sm">
              {r.comments.map((c, i) => (
                <li key={i} className="keep-lines">
                  {c}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/** Per competence goal: how many gave each rating, and the average. */
function FiguresTable({ id, caption, goals, figures }: { id: string; caption: string; goals: EvaluationResults['competenceGoals']; figures: Figures }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ScrollTable label={caption}>
      <Table data-size="sm" id={id}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('development.office.evaluation.goal')}</Table.HeaderCell>
            {EVALUATION_SCALE.map((n) => (
              <Table.HeaderCell key={n} className="numeric">
                <abbr title={t(`development.office.evaluation.scale.${n}`)}>{n}</abbr>
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell className="numeric">{t('development.office.evaluation.average')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {goals.map((goal, i) => {
            const counts = figures.distribution[i] ?? [];
            const most = Math.max(1, ...counts);
            const average = figures.averages[i];
            return (
              <Table.Row key={i}>
                <Table.HeaderCell scope="row">
                  <LocalizedInline text={goal} />
                </Table.HeaderCell>
                {EVALUATION_SCALE.map((n, j) => (
                  <Table.Cell key={n} className="numeric">
                    {counts[j] ?? 0}
                    <span className="office-bar" style={{ inlineSize: `${((counts[j] ?? 0) / most) * 2}rem` }} aria-hidden="true" />
                  </Table.Cell>
                ))}
                <Table.Cell className="numeric">{average === null || average === undefined ? '–' : formatAverage(average, locale)}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

/** The groups' averages per goal; a group below the threshold shows only how many answered. */
function GroupsTable({ results }: { results: EvaluationResults }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const caption = t('development.office.evaluation.byGroup');
  return (
    <ScrollTable label={caption}>
      <Table data-size="sm">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('development.office.group.organisation')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('development.office.evaluation.answers')}</Table.HeaderCell>
            {results.competenceGoals.map((_g, i) => (
              <Table.HeaderCell key={i} className="numeric">
                {t('development.office.evaluation.goalShort', { n: i + 1 })}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {results.groups.map((g) => (
            <Table.Row key={g.groupId}>
              <Table.HeaderCell scope="row">{g.organisationName}</Table.HeaderCell>
              <Table.Cell className="numeric">{g.answers}</Table.Cell>
              {g.figures ? (
                results.competenceGoals.map((_goal, i) => {
                  const a = g.figures!.averages[i];
                  return (
                    <Table.Cell key={i} className="numeric">
                      {a === null || a === undefined ? '–' : formatAverage(a, locale)}
                    </Table.Cell>
                  );
                })
              ) : (
                <Table.Cell colSpan={results.competenceGoals.length}>{t('development.office.evaluation.belowThreshold', { count: results.threshold })}</Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
