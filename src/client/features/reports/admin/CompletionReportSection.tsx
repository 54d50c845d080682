import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Project } from '../../../../shared/contracts/projects';
import type { CompletionReport } from '../../../../shared/contracts/reports';
import { LESSON_KINDS, type LessonKind } from '../../../../shared/domain/reports';
import { useTranslation } from '../../../app/translation';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { showFailure } from '../../governance/admin/form-support';
import { useCompletionReport, useMoveCompletion, useSaveCompletion } from '../reports.queries';
import { DecisionForm } from './DecisionForm';
import { ReportHistory } from './ReportHistory';
import { StateTag } from '../report-tags';
import { LessonLists } from '../LessonLists';

/** The project's completion report: results and lessons learned, written by the owner and approved by the secretariat. */
export function CompletionReportSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const completion = useCompletionReport(project.id);
  const move = useMoveCompletion(project.id);
  if (completion.isPending) return <Loading />;
  if (completion.isError) return <LoadFailed error={completion.error} />;
  const { report, canWrite, canDecide } = completion.data;
  const editable = canWrite && (!report || report.state === 'draft' || report.state === 'returned');
  const lastReturn = report?.history.filter((h) => h.kind === 'returned').at(-1);
  return (
    <section aria-labelledby="completion-report-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="completion-report-heading">
        {t('reports.completion.title')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.completion.intro')}</Paragraph>
      {report ? (
        <div>
          <StateTag state={report.state} />
          {report.state === 'approved' && !project.publicFields.includes('lessons') ? <Paragraph data-size="sm">{t('reports.completion.notPublic')}</Paragraph> : null}
        </div>
      ) : null}
      {report?.state === 'returned' && lastReturn?.comment ? (
        <Paragraph data-size="sm" className="reports-returned">
          <strong>{t('reports.status.returnedWith')}</strong> {lastReturn.comment}
        </Paragraph>
      ) : null}
      {editable ? (
        <CompletionForm project={project} report={report} />
      ) : report ? (
        <>
          <Paragraph className="reports-narrative">{report.results}</Paragraph>
          <LessonLists lessons={report.lessons} level={3} />
          {canDecide && report.state === 'submitted' ? <DecisionForm formId="completion-decision" revision={report.revision} onMove={(to, body) => move.mutateAsync({ move: to, body })} /> : null}
        </>
      ) : (
        <Paragraph data-size="sm">{t('reports.completion.none')}</Paragraph>
      )}
      {report?.history.length ? <ReportHistory history={report.history} /> : null}
    </section>
  );
}

type Row = { kind: LessonKind; text: string };

function CompletionForm({ project, report }: { project: Project; report: CompletionReport | null }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSaveCompletion(project.id);
  const move = useMoveCompletion(project.id);
  const [results, setResults] = useState(report?.results ?? '');
  const [rows, setRows] = useState<Row[]>(report?.lessons.map((l) => ({ ...l })) ?? []);
  const [saved, setSaved] = useState<string | null>(null);
  const id = 'completion-report';
  const labels: Record<string, string> = { results: t('reports.completion.results'), lessons: t('reports.completion.lessons') };
  rows.forEach((r, i) => (labels[`lessons.${i}.text`] = t('reports.completion.lessonN', { n: i + 1, kind: t(`reports.lessonKinds.${r.kind}`) })));
  const submit = (andSend: boolean) => async (e?: FormEvent) => {
    e?.preventDefault();
    form.clear();
    setSaved(null);
    try {
      const stored = await save.mutateAsync({ results, lessons: rows, ...(report ? { revision: report.revision } : {}) });
      if (andSend) await move.mutateAsync({ move: 'submit', body: { revision: stored.revision } });
      setSaved(t(andSend ? 'reports.status.submitted' : 'reports.status.saved'));
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <form onSubmit={submit(false)} noValidate className="stack form">
      <FormErrorSummary form={form} formId={id} labels={labels} />
      <Textfield id={fieldId(id, 'results')} label={labels.results} multiline rows={5} value={results} onChange={(e) => setResults(e.target.value)} error={form.errorFor('results')} />
      {LESSON_KINDS.map((kind) => (
        <Fieldset key={kind} id={kind === 'worked' ? fieldId(id, 'lessons') : undefined}>
          <Fieldset.Legend>{t(`reports.lessonKinds.${kind}`)}</Fieldset.Legend>
          {rows.map((r, i) =>
            r.kind === kind ? (
              <div key={i} className="reports-lesson-row">
                <Textfield id={fieldId(id, `lessons.${i}.text`)} label={labels[`lessons.${i}.text`]} multiline rows={2} value={r.text} onChange={(e) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} error={form.errorFor(`lessons.${i}.text`)} />
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} aria-label={t('portfolio.admin.removeRow', { row: labels[`lessons.${i}.text`] })}>
                  {t('portfolio.admin.remove')}
                </Button>
              </div>
            ) : null,
          )}
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setRows((rs) => [...rs, { kind, text: '' }])}>
              {t(`reports.completion.add.${kind}`)}
            </Button>
          </div>
          {kind === 'worked' && form.errorFor('lessons') ? <Paragraph data-size="sm" className="reports-error">{form.errorFor('lessons')}</Paragraph> : null}
        </Fieldset>
      ))}
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {t('reports.status.saveDraft')}
        </Button>
        <Button type="button" disabled={save.isPending || move.isPending} onClick={() => void submit(true)()}>
          {t('reports.status.submit')}
        </Button>
      </div>
      <p role="status" className="muted">
        {saved ?? ''}
      </p>
    </form>
  );
}
