import { useState } from 'react';
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { CallDeadlines, CallUpdate, type Call } from '../../../../shared/contracts/calls';
import { LOCALES } from '../../../../shared/domain/localized';
import { useTranslation } from '../../../app/translation';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { emptyText } from '../../governance/admin/form-support';
import { criteriaPayload, criterionDrafts, deadlineDrafts, deadlinesPayload, move, newCriterion, uid, type CriterionDraft, type DeadlineDraft } from './call-form-values';
import { CallPart, RowActions, withCallMessages } from './call-parts';
import { useSetDeadlines, useUpdateCall } from './calls-admin.queries';

export interface PartProps {
  call: Call;
  /** The revision this page loaded or last saved: a change made meanwhile by someone else is refused. */
  revision: number;
  onSaved(call: Call): void;
  onReload(): void;
}

/** The assessment criteria: key, title, weight and scale; added, removed and reordered. */
export function CriteriaEditor({ call, revision, onSaved, onReload }: PartProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useUpdateCall(call.id);
  const [rows, setRows] = useState<CriterionDraft[]>(() => criterionDrafts(call.criteria));
  const fixed = call.status !== 'draft';
  const id = 'call-criteria';
  const labels: Record<string, string> = {};
  rows.forEach((_, i) => {
    const n = i + 1;
    labels[`criteria.${i}.key`] = t('callsAdmin.criteria.key', { n });
    for (const l of LOCALES) labels[`criteria.${i}.title.${l}`] = t('callsAdmin.criteria.title', { n, language: t(`language.${l}`) });
    labels[`criteria.${i}.weight`] = t('callsAdmin.criteria.weight', { n });
    labels[`criteria.${i}.scale.min`] = t('callsAdmin.criteria.min', { n });
    labels[`criteria.${i}.scale.max`] = t('callsAdmin.criteria.max', { n });
  });
  const change = (i: number, patch: Partial<CriterionDraft>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <CallPart
      id={id}
      title={t('callsAdmin.criteria.heading')}
      intro={fixed ? t('callsAdmin.fixedWhenOpen') : t('callsAdmin.criteria.intro')}
      form={form}
      labels={labels}
      saving={save.isPending}
      disabled={fixed}
      onReload={onReload}
      actions={
        <Button type="button" variant="secondary" onClick={() => setRows((rs) => [...rs, newCriterion(rs)])}>
          {t('callsAdmin.criteria.add')}
        </Button>
      }
      onSubmit={async () => {
        const parsed = validate(CallUpdate, { criteria: criteriaPayload(rows), revision });
        if (!parsed.ok) return form.setMessages(withCallMessages(parsed.messages));
        onSaved(await save.mutateAsync(parsed.data));
      }}
    >
      {rows.length === 0 ? <p>{t('callsAdmin.criteria.none')}</p> : null}
      {rows.map((r, i) => {
        const name = t('callsAdmin.criteria.n', { n: i + 1 });
        return (
          <Fieldset key={r.uid} className="call-row" disabled={fixed}>
            <Fieldset.Legend>{name}</Fieldset.Legend>
            <LocalizedTextFields
              formId={id}
              field={`criteria.${i}.title`}
              legend={t('callsAdmin.criteria.titleLegend')}
              labels={labels}
              values={r.title}
              errorFor={form.errorFor}
              onChange={(l, x) => change(i, { title: { ...r.title, [l]: x } })}
            />
            <div className="gov-pair">
              <Textfield id={fieldId(id, `criteria.${i}.key`)} label={labels[`criteria.${i}.key`]} description={t('callsAdmin.keyHelp')} value={r.key} onChange={(e) => change(i, { key: e.target.value })} error={form.errorFor(`criteria.${i}.key`)} />
              <Textfield id={fieldId(id, `criteria.${i}.weight`)} label={labels[`criteria.${i}.weight`]} description={t('callsAdmin.criteria.weightHelp')} inputMode="numeric" value={r.weight} onChange={(e) => change(i, { weight: e.target.value })} error={form.errorFor(`criteria.${i}.weight`)} />
            </div>
            <div className="gov-pair">
              <Textfield id={fieldId(id, `criteria.${i}.scale.min`)} label={labels[`criteria.${i}.scale.min`]} inputMode="numeric" value={r.min} onChange={(e) => change(i, { min: e.target.value })} error={form.errorFor(`criteria.${i}.scale.min`)} />
              <Textfield id={fieldId(id, `criteria.${i}.scale.max`)} label={labels[`criteria.${i}.scale.max`]} inputMode="numeric" value={r.max} onChange={(e) => change(i, { max: e.target.value })} error={form.errorFor(`criteria.${i}.scale.max`)} />
            </div>
            <RowActions name={name} disabled={fixed} onMove={(d) => setRows((rs) => move(rs, i, d))} onRemove={() => setRows((rs) => rs.filter((_, j) => j !== i))} />
          </Fieldset>
        );
      })}
    </CallPart>
  );
}

/** The deadlines: a date and time on Oslo's clock and a label each. */
export function DeadlinesEditor({ call, onSaved, onReload }: PartProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSetDeadlines(call.id);
  const [rows, setRows] = useState<DeadlineDraft[]>(() => deadlineDrafts(call));
  const fixed = call.status === 'closed' || call.status === 'decided';
  const id = 'call-deadlines';
  const labels: Record<string, string> = {};
  rows.forEach((_, i) => {
    const n = i + 1;
    labels[`deadlines.${i}.deadline`] = t('callsAdmin.deadlines.at', { n });
    for (const l of LOCALES) labels[`deadlines.${i}.label.${l}`] = t('callsAdmin.deadlines.label', { n, language: t(`language.${l}`) });
  });
  labels.deadlines = t('callsAdmin.deadlines.heading');
  const change = (i: number, patch: Partial<DeadlineDraft>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <CallPart
      id={id}
      title={t('callsAdmin.deadlines.heading')}
      intro={t('callsAdmin.deadlines.intro')}
      form={form}
      labels={labels}
      saving={save.isPending}
      disabled={fixed}
      onReload={onReload}
      actions={
        <Button type="button" variant="secondary" onClick={() => setRows((rs) => [...rs, { uid: uid(), at: '', label: emptyText() }])}>
          {t('callsAdmin.deadlines.add')}
        </Button>
      }
      onSubmit={async () => {
        const parsed = validate(CallDeadlines, deadlinesPayload(rows));
        if (!parsed.ok) return form.setMessages(withCallMessages(parsed.messages));
        onSaved(await save.mutateAsync(parsed.data));
      }}
    >
      {rows.length === 0 ? <p>{t('callsAdmin.deadlines.none')}</p> : null}
      {rows.map((r, i) => {
        const name = t('callsAdmin.deadlines.n', { n: i + 1 });
        return (
          <Fieldset key={r.uid} className="call-row" disabled={fixed}>
            <Fieldset.Legend>{name}</Fieldset.Legend>
            <Textfield
              id={fieldId(id, `deadlines.${i}.deadline`)}
              type="datetime-local"
              label={labels[`deadlines.${i}.deadline`]}
              description={t('callsAdmin.deadlines.osloTime')}
              value={r.at}
              onChange={(e) => change(i, { at: e.target.value })}
              error={form.errorFor(`deadlines.${i}.deadline`)}
            />
            <LocalizedTextFields
              formId={id}
              field={`deadlines.${i}.label`}
              legend={t('callsAdmin.deadlines.labelLegend')}
              labels={labels}
              values={r.label}
              errorFor={form.errorFor}
              onChange={(l, x) => change(i, { label: { ...r.label, [l]: x } })}
            />
            <RowActions name={name} disabled={fixed} onMove={(d) => setRows((rs) => move(rs, i, d))} onRemove={() => setRows((rs) => rs.filter((_, j) => j !== i))} />
          </Fieldset>
        );
      })}
    </CallPart>
  );
}
