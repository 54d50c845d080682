import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Project } from '../../../../shared/contracts/projects';
import { BUDGET_KINDS, budgetTotal, FUNDING_PROGRAMMES, PARTNER_ROLES, type BudgetLine, type PartnerRole } from '../../../../shared/domain/portfolio';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors, type FormErrors } from '../../../components/forms/use-form-errors';
import { organisationSource } from '../../organisations/organisations.queries';
import { showFailure, textPayload } from '../../governance/admin/form-support';
import { formatMoney } from '../portfolio-format';
import { useSetBudget, useSetMilestones, useSetPartners } from '../portfolio.queries';
import { isAboveThreshold, type ChangeProposal } from './changes/change-proposal';

/** A part of the project written whole: its rows, a row added or removed, and one save. */
function PartForm({ id, title, intro, form, labels, saving, onSubmit, onAdd, addLabel, children }: {
  id: string;
  title: string;
  intro?: string;
  form: FormErrors;
  labels: Record<string, string>;
  saving: boolean;
  onSubmit(): Promise<void>;
  onAdd(): void;
  addLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    form.clear();
    try {
      await onSubmit();
      setSaved(true);
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {title}
      </Heading>
      {intro ? <Paragraph data-size="sm">{intro}</Paragraph> : null}
      <form onSubmit={submit} noValidate className="stack form">
        <FormErrorSummary form={form} formId={id} labels={labels} />
        {children}
        <div className="form-actions">
          <Button type="button" variant="secondary" onClick={onAdd}>
            {addLabel}
          </Button>
          <Button type="submit" disabled={saving}>
            {saving ? t('common.saving') : t('portfolio.admin.save')}
          </Button>
        </div>
        <p role="status" className="muted">
          {saved ? t('portfolio.admin.saved') : ''}
        </p>
      </form>
    </section>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  const { t } = useTranslation();
  return (
    <div>
      <Button type="button" variant="tertiary" data-size="sm" onClick={onClick} aria-label={t('portfolio.admin.removeRow', { row: label })}>
        {t('portfolio.admin.remove')}
      </Button>
    </div>
  );
}

type PartnerRow = { organisationId: string | null; name: string; country: string; role: string };

export function PartnersEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSetPartners(project.id);
  const [rows, setRows] = useState<PartnerRow[]>(
    (project.partners ?? []).map((p) => ({ organisationId: p.organisation?.id ?? null, name: p.organisation ? '' : p.name, country: p.country ?? '', role: p.role })),
  );
  const id = 'project-partners';
  const labels: Record<string, string> = {};
  rows.forEach((_, i) => {
    const n = i + 1;
    labels[`partners.${i}.organisationId`] = t('portfolio.admin.partnerOrganisation', { n });
    labels[`partners.${i}.name`] = t('portfolio.admin.partnerName', { n });
    labels[`partners.${i}.country`] = t('portfolio.admin.partnerCountry', { n });
    labels[`partners.${i}.role`] = t('portfolio.admin.partnerRole', { n });
  });
  const change = (i: number, patch: Partial<PartnerRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <PartForm
      id={id}
      title={t('portfolio.public.partners')}
      intro={t('portfolio.admin.partnersIntro')}
      form={form}
      labels={labels}
      saving={save.isPending}
      addLabel={t('portfolio.admin.addPartner')}
      onAdd={() => setRows((rs) => [...rs, { organisationId: null, name: '', country: '', role: 'partner' }])}
      onSubmit={async () => {
        await save.mutateAsync({
          partners: rows.map((r) => ({
            organisationId: r.organisationId,
            ...(r.organisationId ? {} : { name: r.name.trim() || undefined }),
            country: r.country.trim() || null,
            role: r.role as PartnerRole,
          })),
        });
      }}
    >
      {rows.map((r, i) => (
        <Fieldset key={i} className="portfolio-row">
          <Fieldset.Legend>{t('portfolio.admin.partnerN', { n: i + 1 })}</Fieldset.Legend>
          <EntityPicker
            id={fieldId(id, `partners.${i}.organisationId`)}
            label={labels[`partners.${i}.organisationId`]!}
            description={t('portfolio.admin.partnerOrganisationHelp')}
            searchLabel={t('portfolio.admin.searchOrganisation')}
            source={organisationSource}
            value={r.organisationId}
            onChange={(org) => change(i, { organisationId: org })}
            error={form.errorFor(`partners.${i}.organisationId`)}
          />
          {r.organisationId ? null : (
            <div className="gov-pair">
              <Textfield id={fieldId(id, `partners.${i}.name`)} label={labels[`partners.${i}.name`]} value={r.name} onChange={(e) => change(i, { name: e.target.value })} error={form.errorFor(`partners.${i}.name`)} />
              <Textfield
                id={fieldId(id, `partners.${i}.country`)}
                label={labels[`partners.${i}.country`]}
                description={t('portfolio.admin.countryHelp')}
                value={r.country}
                maxLength={2}
                onChange={(e) => change(i, { country: e.target.value })}
                error={form.errorFor(`partners.${i}.country`)}
              />
            </div>
          )}
          <SelectField id={fieldId(id, `partners.${i}.role`)} label={labels[`partners.${i}.role`]} value={r.role} onChange={(e) => change(i, { role: e.target.value })}>
            {PARTNER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`portfolio.partnerRoles.${role}`)}
              </option>
            ))}
          </SelectField>
          <RemoveButton label={t('portfolio.admin.partnerN', { n: i + 1 })} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} />
        </Fieldset>
      ))}
    </PartForm>
  );
}

type LineRow = { year: string; source: string; kind: string; amount: string };

/** The budget's lines; a change of the granted total beyond the programme's threshold is handed to `onAboveThreshold`, for the board. */
export function BudgetEditor({ project, onAboveThreshold }: { project: Project; onAboveThreshold(proposal: ChangeProposal): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const save = useSetBudget(project.id);
  const [granted, setGranted] = useState(project.grantedTotal === null ? '' : String(project.grantedTotal));
  const [rows, setRows] = useState<LineRow[]>((project.budgetLines ?? []).map((l) => ({ year: String(l.year), source: l.source, kind: l.kind, amount: String(l.amount) })));
  const id = 'project-budget';
  const labels: Record<string, string> = { grantedTotal: t('portfolio.admin.grantedTotal') };
  rows.forEach((_, i) => {
    for (const f of ['year', 'source', 'kind', 'amount']) labels[`lines.${i}.${f}`] = t(`portfolio.admin.line.${f}`, { n: i + 1 });
    labels[`lines.${i}`] = t('portfolio.admin.lineN', { n: i + 1 });
  });
  const change = (i: number, patch: Partial<LineRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const lines = rows.map((r) => ({ year: Number(r.year), source: r.source, kind: r.kind, amount: Number(r.amount.replace(/\s/g, '')) })) as BudgetLine[];
  const money = (n: number) => formatMoney(Number.isFinite(n) ? n : 0, project.currency, locale);
  const thisYear = new Date().getFullYear();
  return (
    <PartForm
      id={id}
      title={t('portfolio.public.budget')}
      intro={t('portfolio.admin.budgetIntro', { currency: project.currency })}
      form={form}
      labels={labels}
      saving={save.isPending}
      addLabel={t('portfolio.admin.addLine')}
      onAdd={() => setRows((rs) => [...rs, { year: String(Number(project.startsOn?.slice(0, 4) ?? thisYear)), source: project.fundingProgramme, kind: 'granted', amount: '' }])}
      onSubmit={async () => {
        const grantedTotal = granted.trim() === '' ? null : Number(granted.replace(/\s/g, ''));
        try {
          await save.mutateAsync({ grantedTotal, lines });
        } catch (err) {
          if (isAboveThreshold(err)) onAboveThreshold({ grantedTotal, lines });
          throw err;
        }
      }}
    >
      <Textfield
        id={fieldId(id, 'grantedTotal')}
        label={labels.grantedTotal}
        description={t('portfolio.admin.grantedTotalHelp')}
        inputMode="numeric"
        value={granted}
        onChange={(e) => setGranted(e.target.value)}
        error={form.errorFor('grantedTotal')}
      />
      {rows.map((r, i) => (
        <Fieldset key={i} className="portfolio-row">
          <Fieldset.Legend>{labels[`lines.${i}`]}</Fieldset.Legend>
          {form.errorFor(`lines.${i}`) ? <Paragraph data-size="sm" className="field-error">{form.errorFor(`lines.${i}`)}</Paragraph> : null}
          <div className="portfolio-line">
            <Textfield id={fieldId(id, `lines.${i}.year`)} label={labels[`lines.${i}.year`]} inputMode="numeric" value={r.year} onChange={(e) => change(i, { year: e.target.value })} error={form.errorFor(`lines.${i}.year`)} />
            <SelectField id={fieldId(id, `lines.${i}.source`)} label={labels[`lines.${i}.source`]} value={r.source} onChange={(e) => change(i, { source: e.target.value })}>
              {FUNDING_PROGRAMMES.map((f) => (
                <option key={f} value={f}>
                  {t(`portfolio.fundingProgrammes.${f}`)}
                </option>
              ))}
            </SelectField>
            <SelectField id={fieldId(id, `lines.${i}.kind`)} label={labels[`lines.${i}.kind`]} value={r.kind} onChange={(e) => change(i, { kind: e.target.value })}>
              {BUDGET_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`portfolio.budgetKinds.${k}`)}
                </option>
              ))}
            </SelectField>
            <Textfield id={fieldId(id, `lines.${i}.amount`)} label={labels[`lines.${i}.amount`]} inputMode="numeric" value={r.amount} onChange={(e) => change(i, { amount: e.target.value })} error={form.errorFor(`lines.${i}.amount`)} />
          </div>
          <RemoveButton label={labels[`lines.${i}`]!} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} />
        </Fieldset>
      ))}
      <Paragraph data-size="sm">
        {BUDGET_KINDS.map((k) => `${t(`portfolio.budgetKinds.${k}`)}: ${money(budgetTotal(lines, k))}`).join(' · ')}
      </Paragraph>
    </PartForm>
  );
}

type MilestoneRow = { title: string; dueOn: string; doneOn: string; rest: Project['title'] | null };

export function MilestonesEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSetMilestones(project.id);
  const [rows, setRows] = useState<MilestoneRow[]>((project.milestones ?? []).map((m) => ({ title: m.title.nb, dueOn: m.dueOn, doneOn: m.doneOn ?? '', rest: m.title })));
  const id = 'project-milestones';
  const labels: Record<string, string> = {};
  rows.forEach((_, i) => {
    labels[`milestones.${i}.title.nb`] = t('portfolio.admin.milestone.title', { n: i + 1 });
    labels[`milestones.${i}.dueOn`] = t('portfolio.admin.milestone.dueOn', { n: i + 1 });
    labels[`milestones.${i}.doneOn`] = t('portfolio.admin.milestone.doneOn', { n: i + 1 });
  });
  const change = (i: number, patch: Partial<MilestoneRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <PartForm
      id={id}
      title={t('portfolio.public.milestones')}
      form={form}
      labels={labels}
      saving={save.isPending}
      addLabel={t('portfolio.admin.addMilestone')}
      onAdd={() => setRows((rs) => [...rs, { title: '', dueOn: '', doneOn: '', rest: null }])}
      onSubmit={async () => {
        // The other languages of a title written before are kept; the form edits the bokmål one.
        await save.mutateAsync({
          milestones: rows.map((r) => ({ title: { ...(r.rest ?? {}), ...textPayload({ nb: r.title, nn: r.rest?.nn ?? '', en: r.rest?.en ?? '' }) }, dueOn: r.dueOn, doneOn: r.doneOn || null })),
        });
      }}
    >
      {rows.map((r, i) => (
        <Fieldset key={i} className="portfolio-row">
          <Fieldset.Legend>{t('portfolio.admin.milestoneN', { n: i + 1 })}</Fieldset.Legend>
          <Textfield id={fieldId(id, `milestones.${i}.title.nb`)} label={labels[`milestones.${i}.title.nb`]} value={r.title} onChange={(e) => change(i, { title: e.target.value })} error={form.errorFor(`milestones.${i}.title.nb`)} />
          <div className="gov-pair">
            <Textfield id={fieldId(id, `milestones.${i}.dueOn`)} type="date" label={labels[`milestones.${i}.dueOn`]} value={r.dueOn} onChange={(e) => change(i, { dueOn: e.target.value })} error={form.errorFor(`milestones.${i}.dueOn`)} />
            <Textfield id={fieldId(id, `milestones.${i}.doneOn`)} type="date" label={labels[`milestones.${i}.doneOn`]} value={r.doneOn} onChange={(e) => change(i, { doneOn: e.target.value })} error={form.errorFor(`milestones.${i}.doneOn`)} />
          </div>
          <RemoveButton label={t('portfolio.admin.milestoneN', { n: i + 1 })} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} />
        </Fieldset>
      ))}
    </PartForm>
  );
}

export { PartForm, RemoveButton };
