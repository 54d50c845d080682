import { useState } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Project } from '../../../../shared/contracts/projects';
import type { StatusReportSlot } from '../../../../shared/contracts/reports';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatDate } from '../../portfolio/portfolio-format';
import { useStatusReports } from '../reports.queries';
import { ScheduleEditor } from './ScheduleEditor';
import { StatusReportEditor } from './StatusReportEditor';
import { RagTag, StateTag } from '../report-tags';
import '../reports.css';

/** A project's status reports: its due dates, each report's state, and the report opened to write or decide. */
export function StatusReportsSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reports = useStatusReports(project.id);
  const [open, setOpen] = useState<string | null>(null);
  const heading = 'status-reports-heading';
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <LoadFailed error={reports.error} />;
  const { items, canWrite, canDecide } = reports.data;
  const slot = items.find((s) => s.dueOn === open);
  return (
    <section aria-labelledby={heading} className="stack-sm">
      <Heading level={2} data-size="sm" id={heading}>
        {t('reports.status.title')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.status.intro')}</Paragraph>
      {canDecide ? <ScheduleEditor programmeId={project.programmeId} target={{ kind: 'project', id: project.id }} idPrefix="report-schedule" /> : null}
      {items.length === 0 ? (
        <Paragraph data-size="sm">{t('reports.status.noSchedule')}</Paragraph>
      ) : (
        <ScrollTable label={t('reports.status.table')}>
          <table className="reports-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.status.dueOn')}</th>
                <th scope="col">{t('reports.status.state')}</th>
                <th scope="col">{t('reports.status.rag')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('reports.status.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.dueOn}>
                  <th scope="row">{formatDate(s.dueOn, locale)}</th>
                  <td>
                    <StateTag state={s.state} late={s.late} />
                  </td>
                  <td>{s.report?.rag ? <RagTag rag={s.report.rag} /> : '–'}</td>
                  <td>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      aria-expanded={open === s.dueOn}
                      aria-label={t(`reports.status.${actionOf(s, canWrite, canDecide)}Of`, { date: formatDate(s.dueOn, locale) })}
                      onClick={() => setOpen(open === s.dueOn ? null : s.dueOn)}
                    >
                      {t(`reports.status.${actionOf(s, canWrite, canDecide)}`)}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {slot ? <StatusReportEditor key={slot.dueOn} project={project} slot={slot} canWrite={canWrite} canDecide={canDecide} onClose={() => setOpen(null)} /> : null}
      {items.some((s) => s.late) ? (
        <Paragraph data-size="sm">
          <Tag data-color="danger">{t('reports.states.late')}</Tag> {t('reports.status.lateHelp')}
        </Paragraph>
      ) : null}
    </section>
  );
}

/** "Write", "Review" or "Read" the report of a due date, by what the reader may do with it now. */
function actionOf(s: StatusReportSlot, canWrite: boolean, canDecide: boolean): 'write' | 'review' | 'read' {
  if (canWrite && (s.state === 'due' || s.state === 'draft' || s.state === 'returned')) return 'write';
  if (canDecide && s.state === 'submitted') return 'review';
  return 'read';
}
