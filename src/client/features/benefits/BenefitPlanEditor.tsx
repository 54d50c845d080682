import { useState } from 'react';
import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { Project } from '../../../shared/contracts/projects';
import type { BenefitInput, BenefitPlan } from '../../../shared/contracts/benefits';
import { BENEFIT_DIRECTIONS, BENEFIT_MEASURE_KINDS, type BenefitDirection, type BenefitMeasureKind } from '../../../shared/domain/benefits';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { EntityPicker } from '../../components/forms/EntityPicker';
import { fieldId } from '../../components/forms/form-errors';
import { SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { organisationSource } from '../organisations/organisations.queries';
import { useProgrammeStatistics } from '../indicators/indicators.queries';
import { PartForm, RemoveButton } from '../portfolio/admin/PartsEditors';
import { useSetBenefitPlan } from './benefits.queries';

/** One benefit as the form holds it: texts as typed, the rest of its stored texts kept aside. */
interface Row {
  id?: string;
  title: string;
  description: string;
  rest: { title: BenefitInput['title'] | null; description: BenefitInput['description'] | null };
  ownerOrganisationId: string | null;
  ownerName: string;
  measure: BenefitMeasureKind;
  indicatorId: string;
  areaId: string;
  breakdown: string;
  measureName: string;
  measureUnit: string;
  direction: BenefitDirection;
  baselineValue: string;
  baselinePeriod: string;
  expectedValue: string;
  expectedBy: string;
  followUpMonths: string;
}

const FIELDS = ['title', 'description', 'ownerOrganisationId', 'ownerName', 'measure', 'indicatorId', 'areaId', 'breakdown', 'measureName', 'measureUnit', 'direction', 'baselineValue', 'baselinePeriod', 'expectedValue', 'expectedBy', 'followUpMonths', 'id'] as const;

const toRow = (b: BenefitPlan['benefits'][number]): Row => ({
  id: b.id,
  title: b.title.nb,
  description: b.description.nb ?? '',
  rest: { title: b.title, description: b.description },
  ownerOrganisationId: b.owner.organisation?.id ?? null,
  ownerName: b.owner.name,
  measure: b.measure,
  indicatorId: b.indicator?.id ?? '',
  areaId: b.area?.id ?? '',
  breakdown: b.breakdown,
  measureName: b.measureName ?? '',
  measureUnit: b.measureUnit ?? '',
  direction: b.direction,
  baselineValue: String(b.baselineValue),
  baselinePeriod: b.baselinePeriod,
  expectedValue: String(b.expectedValue),
  expectedBy: b.expectedBy,
  followUpMonths: String(b.followUpMonths),
});

const empty = (): Row => ({
  title: '',
  description: '',
  rest: { title: null, description: null },
  ownerOrganisationId: null,
  ownerName: '',
  measure: 'indicator',
  indicatorId: '',
  areaId: '',
  breakdown: '',
  measureName: '',
  measureUnit: '',
  direction: 'higher_is_better',
  baselineValue: '',
  baselinePeriod: '',
  expectedValue: '',
  expectedBy: '',
  followUpMonths: '12',
});

/** A number as typed, with a comma or a point; null when empty, NaN when not a number (the server names the field). */
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s.trim().replace(/\s/g, '').replace(',', '.')));

/** A field's path in the plan as the server names it in its errors. */
const path = (i: number, field: string) => ['benefits', i, field].join('.');

/** The benefit plan written whole: each benefit's measure, owner, baseline, expected value and follow-up. */
export function BenefitPlanEditor({ project, plan }: { project: Project; plan: BenefitPlan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const save = useSetBenefitPlan(project.id);
  const statistics = useProgrammeStatistics(project.programmeId);
  const [rows, setRows] = useState<Row[]>(plan.benefits.map(toRow));
  const id = 'project-benefits';
  const labels: Record<string, string> = {};
  rows.forEach((_, i) => {
    for (const f of FIELDS) labels[`benefits.${i}.${f}`] = t(`benefits.field.${f}`, { n: i + 1 });
    labels[path(i, 'title.nb')] = labels[path(i, 'title')]!;
  });
  const change = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const indicators = statistics.data?.indicators ?? [];
  const areas = [...(statistics.data?.focusAreas ?? []), ...(statistics.data?.referenceAreas ?? [])];
  const f = (i: number, name: string) => ({ id: fieldId(id, `benefits.${i}.${name}`), label: labels[`benefits.${i}.${name}`], error: form.errorFor(`benefits.${i}.${name}`) });
  return (
    <PartForm
      id={id}
      title={t('benefits.section')}
      intro={t('benefits.intro')}
      form={form}
      labels={labels}
      saving={save.isPending}
      addLabel={t('benefits.add')}
      onAdd={() => setRows((rs) => [...rs, empty()])}
      onSubmit={async () => {
        const saved = await save.mutateAsync({
          benefits: rows.map((r) => ({
            ...(r.id ? { id: r.id } : {}),
            title: { ...(r.rest.title ?? {}), nb: r.title },
            description: { ...(r.rest.description ?? {}), nb: r.description },
            ownerOrganisationId: r.ownerOrganisationId,
            ownerName: r.ownerName,
            measure: r.measure,
            ...(r.measure === 'indicator' ? { indicatorId: r.indicatorId || null, areaId: r.areaId || null, breakdown: r.breakdown } : { measureName: r.measureName || null, measureUnit: r.measureUnit || null }),
            direction: r.direction,
            baselineValue: num(r.baselineValue),
            baselinePeriod: r.baselinePeriod || null,
            expectedValue: num(r.expectedValue),
            expectedBy: r.expectedBy || null,
            followUpMonths: Number(r.followUpMonths || 0),
          })) as BenefitInput[],
        });
        // New benefits now have their ids: a second save keeps them (and what was entered for them).
        setRows(saved.benefits.map(toRow));
      }}
    >
      {rows.map((r, i) => (
        <Fieldset key={r.id ?? `new-${i}`} className="portfolio-row">
          <Fieldset.Legend>{t('benefits.benefitN', { n: i + 1 })}</Fieldset.Legend>
          <Textfield {...f(i, 'title')} id={fieldId(id, path(i, 'title.nb'))} error={form.errorFor(path(i, 'title.nb')) ?? form.errorFor(path(i, 'title'))} value={r.title} onChange={(e) => change(i, { title: e.target.value })} />
          <Textfield {...f(i, 'description')} multiline rows={2} value={r.description} onChange={(e) => change(i, { description: e.target.value })} />
          <div className="gov-pair">
            <EntityPicker {...f(i, 'ownerOrganisationId')} label={labels[`benefits.${i}.ownerOrganisationId`]!} searchLabel={t('benefits.searchOrganisation')} source={organisationSource} value={r.ownerOrganisationId} onChange={(org) => change(i, { ownerOrganisationId: org })} />
            <Textfield {...f(i, 'ownerName')} value={r.ownerName} onChange={(e) => change(i, { ownerName: e.target.value })} />
          </div>
          <SelectField {...f(i, 'measure')} label={labels[`benefits.${i}.measure`]} value={r.measure} onChange={(e) => change(i, { measure: e.target.value as BenefitMeasureKind })}>
            {BENEFIT_MEASURE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`benefits.measureKinds.${k}`)}
              </option>
            ))}
          </SelectField>
          {r.measure === 'indicator' ? (
            <div className="gov-pair">
              <SelectField {...f(i, 'indicatorId')} label={labels[`benefits.${i}.indicatorId`]} value={r.indicatorId} onChange={(e) => change(i, { indicatorId: e.target.value })}>
                <option value="">–</option>
                {indicators.map((ind) => (
                  <option key={ind.id} value={ind.id}>
                    {pickText(ind.name, locale).text}
                  </option>
                ))}
              </SelectField>
              <SelectField {...f(i, 'areaId')} label={labels[`benefits.${i}.areaId`]} value={r.areaId} onChange={(e) => change(i, { areaId: e.target.value })}>
                <option value="">–</option>
                {areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </SelectField>
              <Textfield {...f(i, 'breakdown')} description={t('benefits.breakdownHelp')} value={r.breakdown} onChange={(e) => change(i, { breakdown: e.target.value })} />
            </div>
          ) : (
            <div className="gov-pair">
              <Textfield {...f(i, 'measureName')} value={r.measureName} onChange={(e) => change(i, { measureName: e.target.value })} />
              <Textfield {...f(i, 'measureUnit')} value={r.measureUnit} onChange={(e) => change(i, { measureUnit: e.target.value })} />
            </div>
          )}
          <SelectField {...f(i, 'direction')} label={labels[`benefits.${i}.direction`]} value={r.direction} onChange={(e) => change(i, { direction: e.target.value as BenefitDirection })}>
            {BENEFIT_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`benefits.directions.${d}`)}
              </option>
            ))}
          </SelectField>
          <div className="gov-pair">
            <Textfield {...f(i, 'baselineValue')} inputMode="decimal" value={r.baselineValue} onChange={(e) => change(i, { baselineValue: e.target.value })} />
            <Textfield {...f(i, 'baselinePeriod')} description={t('benefits.periodHelp')} value={r.baselinePeriod} onChange={(e) => change(i, { baselinePeriod: e.target.value })} />
          </div>
          <div className="gov-pair">
            <Textfield {...f(i, 'expectedValue')} inputMode="decimal" value={r.expectedValue} onChange={(e) => change(i, { expectedValue: e.target.value })} />
            <Textfield {...f(i, 'expectedBy')} type="date" value={r.expectedBy} onChange={(e) => change(i, { expectedBy: e.target.value })} />
          </div>
          <Textfield {...f(i, 'followUpMonths')} inputMode="numeric" value={r.followUpMonths} onChange={(e) => change(i, { followUpMonths: e.target.value })} />
          <RemoveButton label={t('benefits.benefitN', { n: i + 1 })} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} />
        </Fieldset>
      ))}
    </PartForm>
  );
}
