import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { Section } from '../governance/public/governance-parts';
import { LessonLists } from './LessonLists';
import { useCompletionReport } from './reports.queries';

/** The public project page's results and lessons learned, once the completion report is approved and published. */
export function ProjectLessons({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const completion = useCompletionReport(projectId);
  const report = completion.data?.report;
  if (!report || report.state !== 'approved') return null;
  return (
    <Section id="project-lessons" title={t('reports.lessons.projectTitle')}>
      {report.results ? (
        <Paragraph className="reports-narrative" lang="nb">
          {report.results}
        </Paragraph>
      ) : null}
      <div lang="nb" className="stack-sm">
        <LessonLists lessons={report.lessons} level={3} />
      </div>
    </Section>
  );
}
