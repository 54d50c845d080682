import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Project } from '../../../../shared/contracts/projects';
import type { Risk, StatusReportSlot } from '../../../../shared/contracts/reports';
import { RAG_STATUSES, RISK_LEVELS, type RagStatus, type RiskLevel } from '../../../../shared/domain/reports';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure } from '../../governance/admin/form-support';
import { formatDate, formatMoney } from '../../portfolio/portfolio-format';
import { useMoveReport, useSaveReport } from '../reports.queries';
import { ReportHistory } from './ReportHistory';
import { DecisionForm } from './DecisionForm';
import { RagTag } from '../report-tags';

type RiskRow = { description: string; likelihood: RiskLevel; impact: RiskLevel; mitigation: string };

/** One due date's report: a form while the owner may change it, its content and the secretariat's decision once submitted. */
export function StatusReportEditor({ project, slot, canWrite, canDecide, onClose }: { project: Project; slot: StatusReportSlot; canWrite: boolean; canDecide: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const report = slot.report;
  const editable = canWrite && (slot.state === 'due' || slot.state === 'draft' || slot.state === 'returned');
  const date = formatDate(slot.dueOn, locale);
  const lastReturn = report?.history.filter((h) => h.kind === 'returned').at(-1);
  const move = useMoveReport();
  return (
    <section aria-labelledby="status-report-heading" className="stack-sm reports-editor">
      <Heading level={3} data-size="xs" id="status-report-heading">
        {t('reports.status.reportFor', { date })}
      </Heading>
      {slot.state === 'returned' && lastReturn?.comment ? (
        <Paragraph data-size="sm" className="reports-returned">
          <strong>{t('reports.status.returnedWith')}</strong> {lastReturn.comment}
        </Paragraph>
      ) : null}
      {editable ? (
        <ReportForm project={project} slot={slot} onClose={onClose} />
      ) : report ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('reports.status.rag')}</dt>
              <dd>{report.rag ? <RagTag rag={report.rag} /> : '–'}</dd>
            </div>
            <div>
              <dt>{t('reports.status.spentToDate')}</dt>
              <dd>{report.spentToDate === null ? '–' : formatMoney(report.spentToDate, report.currency, locale)}</dd>
            </div>
          </dl>
          <Paragraph className="reports-narrative">{report.narrative}</Paragraph>
          {report.risks.length ? (
            <ul>
              {report.risks.map((r, i) => (
                <li key={i}>
                  {t('reports.status.riskLine', { description: r.description, likelihood: t(`reports.levels.${r.likelihood}`), impact: t(`reports.levels.${r.impact}`) })}
                  {r.mitigation ? ` – ${r.mitigation}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {canDecide && report.state === 'submitted' ? <DecisionForm formId="status-decision" revision={report.revision} onMove={(to, body) => move.mutateAsync({ id: report.id, move: to, body })} /> : null}
        </>
      ) : (
        <Paragraph data-size="sm">{t('reports.status.notBegun')}</Paragraph>
      )}
      {report?.history.length ? <ReportHistory history={report.history} /> : null}
    </section>
  );
}

function ReportForm({ project, slot, onClose }: { project: Project; slot: StatusReportSlot; onClose(): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSaveReport(project.id);
  const move = useMoveReport();
  const r = slot.report;
  const [rag, setRag] = useState<string>(r?.rag ?? '');
  const [narrative, setNarrative] = useState(r?.narrative ?? '');
  const [spent, setSpent] = useState(r?.spentToDate === null || r?.spentToDate === undefined ? '' : String(r.spentToDate));
  const [risks, setRisks] = useState<RiskRow[]>(r?.risks.map((x) => ({ ...x })) ?? []);
  const [saved, setSaved] = useState<string | null>(null);
  const id = 'status-report';
  const labels: Record<string, string> = { rag: t('reports.status.rag'), narrative: t('reports.status.narrative'), spentToDate: t('reports.status.spentToDate', { currency: project.currency }) };
  risks.forEach((_, i) => {
    for (const f of ['description', 'likelihood', 'impact', 'mitigation']) labels[`risks.${i}.${f}`] = t(`reports.status.risk.${f}`, { n: i + 1 });
  });
  const body = () => ({
    rag: (rag || null) as RagStatus | null,
    narrative,
    spentToDate: spent.trim() === '' ? null : Number(spent.replace(/\s/g, '')),
    risks: risks as Risk[],
    ...(r ? { revision: r.revision } : {}),
  });
  const submit = (andSend: boolean) => async (e?: FormEvent) => {
    e?.preventDefault();
    form.clear();
    setSaved(null);
    try {
      const stored = await save.mutateAsync({ dueOn: slot.dueOn, body: body() });
      if (andSend) {
        await move.mutateAsync({ id: stored.id, move: 'submit', body: { revision: stored.revision } });
        onClose();
      }
      setSaved(t(andSend ? 'reports.status.submitted' : 'reports.status.saved'));
    } catch (err) {
      showFailure(form, err);
    }
  };
  const change = (i: number, patch: Partial<RiskRow>) => setRisks((rs) => rs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <form onSubmit={submit(false)} noValidate className="stack form">
      <FormErrorSummary form={form} formId={id} labels={labels} />
      <SelectField id={fieldId(id, 'rag')} label={labels.rag} description={t('reports.status.ragHelp')} value={rag} onChange={(e) => setRag(e.target.value)} error={form.errorFor('rag')}>
        <ChoiceOptions values={RAG_STATUSES} label={(v) => t(`reports.rag.${v}`)} />
      </SelectField>
      <Textfield id={fieldId(id, 'narrative')} label={labels.narrative} description={t('reports.status.narrativeHelp')} multiline rows={5} value={narrative} onChange={(e) => setNarrative(e.target.value)} error={form.errorFor('narrative')} />
      <Textfield id={fieldId(id, 'spentToDate')} label={labels.spentToDate} inputMode="numeric" value={spent} onChange={(e) => setSpent(e.target.value)} error={form.errorFor('spentToDate')} />
      {risks.map((x, i) => (
        <Fieldset key={i} className="portfolio-row">
          <Fieldset.Legend>{t('reports.status.riskN', { n: i + 1 })}</Fieldset.Legend>
          <Textfield id={fieldId(id, `risks.${i}.description`)} label={labels[`risks.${i}.description`]} value={x.description} onChange={(e) => change(i, { description: e.target.value })} error={form.errorFor(`risks.${i}.description`)} />
          <div className="gov-pair">
            {(['likelihood', 'impact'] as const).map((f) => (
              <SelectField key={f} id={fieldId(id, `risks.${i}.${f}`)} label={labels[`risks.${i}.${f}`]} value={x[f]} onChange={(e) => change(i, { [f]: e.target.value as RiskLevel })}>
                {RISK_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`reports.levels.${l}`)}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
          <Textfield id={fieldId(id, `risks.${i}.mitigation`)} label={labels[`risks.${i}.mitigation`]} value={x.mitigation} onChange={(e) => change(i, { mitigation: e.target.value })} />
          <div>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => setRisks((rs) => rs.filter((_, j) => j !== i))} aria-label={t('portfolio.admin.removeRow', { row: t('reports.status.riskN', { n: i + 1 }) })}>
              {t('portfolio.admin.remove')}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div className="form-actions">
        <Button type="button" variant="secondary" onClick={() => setRisks((rs) => [...rs, { description: '', likelihood: 'medium', impact: 'medium', mitigation: '' }])}>
          {t('reports.status.addRisk')}
        </Button>
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
