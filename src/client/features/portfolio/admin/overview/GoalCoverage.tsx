import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { GoalTree } from '../../../../../shared/contracts/goals';
import type { ProjectSummary } from '../../../../../shared/contracts/projects';
import { pickText } from '../../../../../shared/domain/localized';
import { useLocale } from '../../../../app/locale-context';
import { useTranslation } from '../../../../app/translation';
import { AppLink } from '../../../../components/AppLink';
import { ScrollTable } from '../../../../components/ScrollTable';

/**
 * Which goals the projects carry: a matrix of goals (rows) against projects (columns), the number
 * of projects per goal, and the goals no project carries named first.
 */
export function GoalCoverage({ projects, goals }: { projects: readonly ProjectSummary[]; goals: GoalTree['goals'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (goals.length === 0) return <Paragraph>{t('portfolio.overview.noGoals')}</Paragraph>;
  const carriers = (goalId: string) => projects.filter((p) => p.goalIds.includes(goalId));
  const uncovered = goals.filter((g) => carriers(g.id).length === 0);
  const depth = (g: GoalTree['goals'][number]): number => {
    const parent = goals.find((x) => x.id === g.parentId);
    return parent ? 1 + depth(parent) : 0;
  };
  const title = (g: GoalTree['goals'][number]) => pickText(g.title, locale).text;
  return (
    <div className="stack-sm">
      {uncovered.length > 0 ? (
        <div className="stack-sm">
          <Paragraph>{t('portfolio.overview.uncovered', { count: uncovered.length })}</Paragraph>
          <ul>
            {uncovered.map((g) => (
              <li key={g.id}>{title(g)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <Paragraph>{t('portfolio.overview.allCovered')}</Paragraph>
      )}
      <ScrollTable label={t('portfolio.overview.matrixLabel')}>
        <Table data-size="sm" className="coverage-matrix">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('portfolio.overview.goal')}</Table.HeaderCell>
              <Table.HeaderCell className="amount">{t('portfolio.overview.projectCount')}</Table.HeaderCell>
              {projects.map((p) => (
                <Table.HeaderCell key={p.id} className="coverage-project">
                  <AppLink to={`/admin/prosjekter/${p.id}`}>{pickText(p.title, locale).text}</AppLink>
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {goals.map((g) => {
              const count = carriers(g.id).length;
              return (
                <Table.Row key={g.id} className={count === 0 ? 'coverage-gap' : undefined}>
                  <Table.HeaderCell scope="row" style={{ paddingInlineStart: `calc(var(--ds-size-2) + ${depth(g)} * var(--ds-size-4))` }}>
                    {title(g)}
                  </Table.HeaderCell>
                  <Table.Cell className="amount">{count}</Table.Cell>
                  {projects.map((p) => (
                    <Table.Cell key={p.id} className="coverage-cell">
                      {p.goalIds.includes(g.id) ? (
                        <>
                          <span aria-hidden="true">●</span>
                          <span className="visually-hidden">{t('portfolio.overview.carries')}</span>
                        </>
                      ) : (
                        <span className="visually-hidden">{t('portfolio.overview.doesNotCarry')}</span>
                      )}
                    </Table.Cell>
                  ))}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollTable>
    </div>
  );
}
