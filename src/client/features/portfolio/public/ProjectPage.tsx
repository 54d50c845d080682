import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Project } from '../../../../shared/contracts/projects';
import { budgetByYear } from '../../../../shared/domain/portfolio';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedParagraphs, useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { ScrollTable } from '../../../components/ScrollTable';
import { countryName, formatDate, formatMoney, formatPeriod } from '../portfolio-format';
import { useProject } from '../portfolio.queries';
import { portfolioPath } from './portfolio-paths';
import { Section } from '../../governance/public/governance-parts';
import { ProjectLessons } from '../../reports/ProjectLessons';
import { ProjectBenefits } from '../../benefits/ProjectBenefits';
import '../portfolio.css';

/** A project as the public reads it: its facts, the goals it serves, and what it makes public. */
export default function ProjectPage() {
  const { slug = '', projectId = '' } = useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Loading />;
  if (project.error) {
    if (isApiError(project.error) && (project.error.code === 'NOT_FOUND' || project.error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={project.error} />;
  }
  // A project is read under its own programme's address only.
  if (project.data.programme.slug !== slug) return <NotFoundPage />;
  return <ProjectView project={project.data} />;
}

function LocalizedItem({ text, children }: { text: Project['title']; children?: (shown: string) => ReactNode }) {
  const picked = useLocalized(text);
  return <span lang={picked.lang}>{children ? children(picked.text) : picked.text}</span>;
}

function ProjectView({ project }: { project: Project }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useLocalized(project.title);
  const programmeName = useLocalized(project.programme.name);
  const summary = useLocalized(project.summary);
  const slug = project.programme.slug;
  const period = formatPeriod(project.startsOn, project.endsOn, locale);
  const years = project.budgetLines ? budgetByYear(project.budgetLines) : [];
  const money = (n: number) => formatMoney(n, project.currency, locale);
  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={portfolioPath(slug)}>{t('portfolio.public.back')}</AppLink> · <AppLink to={`/program/${slug}`}>{programmeName.text}</AppLink>
      </Paragraph>
      <PageHeading title={`${title.text} – ${programmeName.text}`} description={summary.text || undefined} lang={title.lang}>
        {title.text}
      </PageHeading>
      <div>
        <Tag data-color="neutral">{t(`portfolio.phases.${project.phase}`)}</Tag>
      </div>
      {project.canEdit ? (
        <Paragraph data-size="sm">
          <AppLink to={`/admin/prosjekter/${project.id}`}>{t('portfolio.admin.edit')}</AppLink>
        </Paragraph>
      ) : null}
      <LocalizedParagraphs text={project.summary} lead />
      <dl className="facts">
        <div>
          <dt>{t('portfolio.public.owner')}</dt>
          <dd>{t('portfolio.public.ownerAs', { name: project.owner.name, role: t(`portfolio.partnerRoles.${project.ownerRole}`) })}</dd>
        </div>
        <div>
          <dt>{t('portfolio.public.period')}</dt>
          <dd>{period || t('portfolio.public.open')}</dd>
        </div>
        <div>
          <dt>{t('portfolio.public.funding')}</dt>
          <dd>
            {t(`portfolio.fundingProgrammes.${project.fundingProgramme}`)}
            {project.fundingProgrammeName ? ` – ${project.fundingProgrammeName}` : ''}
          </dd>
        </div>
      </dl>

      {project.partners && project.partners.length > 0 ? (
        <Section id="project-partners" title={t('portfolio.public.partners')}>
          <ul>
            {project.partners.map((p) => (
              <li key={p.id}>
                {p.name}
                {p.country ? `, ${countryName(p.country, locale)}` : ''} ({t(`portfolio.partnerRoles.${p.role}`)})
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {project.goals.length > 0 ? (
        <Section id="project-goals" title={t('portfolio.public.goals')}>
          <ul>
            {project.goals.map((g) => (
              <li key={g.id}>
                {g.programmeId === project.programmeId ? (
                  <AppLink to={`/program/${slug}/mal#goal-${g.id}`}>
                    <LocalizedItem text={g.title} />
                  </AppLink>
                ) : (
                  <LocalizedItem text={g.title} />
                )}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {project.efforts.length > 0 ? (
        <Section id="project-efforts" title={t('portfolio.public.efforts')}>
          <ul>
            {project.efforts.map((e) => (
              <li key={e.id}>
                <AppLink to={`/program/${slug}/handlingsprogram/${e.actionProgramme.id}#effort-${e.id}`}>
                  <LocalizedItem text={e.title} />
                </AppLink>{' '}
                (<LocalizedItem text={e.actionProgramme.title} />)
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {project.reach && project.reach.length > 0 ? (
        <Section id="project-reach" title={t('portfolio.public.reach')}>
          <ul>
            {project.reach.map((r, i) => (
              <li key={i}>
                <LocalizedItem text={r.targetGroup}>{(group) => t('portfolio.public.reachRow', { count: r.count, group })}</LocalizedItem>
                {r.area ? `, ${r.area.name}` : ''}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {project.milestones && project.milestones.length > 0 ? (
        <Section id="project-milestones" title={t('portfolio.public.milestones')}>
          <ul>
            {project.milestones.map((m) => (
              <li key={m.id}>
                {formatDate(m.dueOn, locale)}: <LocalizedItem text={m.title} />
                {m.doneOn ? ` (${t('portfolio.public.done', { date: formatDate(m.doneOn, locale) })})` : ''}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {years.length > 0 ? (
        <Section id="project-budget" title={t('portfolio.public.budget')}>
          <ScrollTable label={t('portfolio.public.budget')}>
            <table className="portfolio-table">
              <thead>
                <tr>
                  <th scope="col">{t('portfolio.public.year_col')}</th>
                  <th scope="col" className="amount">{t('portfolio.budgetKinds.applied')}</th>
                  <th scope="col" className="amount">{t('portfolio.budgetKinds.granted')}</th>
                  <th scope="col" className="amount">{t('portfolio.budgetKinds.spent')}</th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="amount">{money(y.applied)}</td>
                    <td className="amount">{money(y.granted)}</td>
                    <td className="amount">{money(y.spent)}</td>
                  </tr>
                ))}
              </tbody>
              {project.budget ? (
                <tfoot>
                  <tr>
                    <th scope="row">{t('portfolio.public.total')}</th>
                    <td className="amount">{money(project.budget.applied)}</td>
                    <td className="amount">{money(project.budget.granted)}</td>
                    <td className="amount">{money(project.budget.spent)}</td>
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </ScrollTable>
        </Section>
      ) : null}

      {project.results.nb ? (
        <Section id="project-results" title={t('portfolio.public.results')}>
          <LocalizedParagraphs text={project.results} />
        </Section>
      ) : null}
      {project.isPublished && project.publicFields.includes('lessons') ? <ProjectLessons projectId={project.id} /> : null}
      <ProjectBenefits project={project} />
    </article>
  );
}
