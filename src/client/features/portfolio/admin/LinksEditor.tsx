import { useState } from 'react';
import { Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Project } from '../../../../shared/contracts/projects';
import { useTranslation } from '../../../app/translation';
import { call } from '../../../app/api';
import { EntityPicker, type PickerSource } from '../../../components/forms/EntityPicker';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { LocalizedInline } from '../../../components/LocalizedText';
import { areasRoutes } from '../../../../shared/contracts/routes';
import { textPayload } from '../../governance/admin/form-support';
import { useGoalEfforts } from '../../governance/action-programmes/action-programmes.queries';
import { useGoalTree } from '../../goals/goals.queries';
import { useSetLinks } from '../portfolio.queries';
import { PartForm, RemoveButton } from './PartsEditors';

const areaSource: PickerSource = {
  key: 'areas',
  search: async (q) => (await call(areasRoutes.list, { query: { q, limit: 50 } })).items.map((a) => ({ id: a.id, label: `${a.name} (${a.code})` })),
  lookup: async (id) => {
    const a = await call(areasRoutes.get, { params: { id } });
    return { id: a.id, label: `${a.name} (${a.code})` };
  },
};

type ReachRow = { areaId: string | null; targetGroup: string; count: string; rest: Project['title'] | null };

/** The goals and efforts the project carries, and whom it reaches where, as counts. */
export function LinksEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSetLinks(project.id);
  const tree = useGoalTree(project.programmeId);
  const goalEfforts = useGoalEfforts(project.programmeId);
  const [goalIds, setGoalIds] = useState<string[]>(project.goals.map((g) => g.id));
  const [effortIds, setEffortIds] = useState<string[]>(project.efforts.map((e) => e.id));
  const [reach, setReach] = useState<ReachRow[]>(
    (project.reach ?? []).map((r) => ({ areaId: r.area?.id ?? null, targetGroup: r.targetGroup.nb, count: String(r.count), rest: r.targetGroup })),
  );
  const id = 'project-links';
  const labels: Record<string, string> = {};
  goalIds.forEach((_, i) => (labels[`goalIds.${i}`] = t('portfolio.admin.goalN', { n: i + 1 })));
  effortIds.forEach((_, i) => (labels[`effortIds.${i}`] = t('portfolio.admin.effortN', { n: i + 1 })));
  reach.forEach((_, i) => {
    labels[`reach.${i}.areaId`] = t('portfolio.admin.reach.area', { n: i + 1 });
    labels[`reach.${i}.targetGroup.nb`] = t('portfolio.admin.reach.targetGroup', { n: i + 1 });
    labels[`reach.${i}.count`] = t('portfolio.admin.reach.count', { n: i + 1 });
  });
  const efforts = new Map<string, { id: string; title: Project['title']; actionProgramme: { title: Project['title'] } }>();
  for (const g of goalEfforts.data?.goals ?? []) for (const e of g.efforts) efforts.set(e.id, e);
  for (const e of project.efforts) efforts.set(e.id, e);
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value));
  const change = (i: number, patch: Partial<ReachRow>) => setReach((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <PartForm
      id={id}
      title={t('portfolio.admin.linksTitle')}
      intro={t('portfolio.admin.linksIntro')}
      form={form}
      labels={labels}
      saving={save.isPending}
      addLabel={t('portfolio.admin.addReach')}
      onAdd={() => setReach((rs) => [...rs, { areaId: null, targetGroup: '', count: '', rest: null }])}
      onSubmit={async () => {
        await save.mutateAsync({
          goalIds,
          effortIds,
          reach: reach.map((r) => ({
            areaId: r.areaId,
            targetGroup: { ...(r.rest ?? {}), ...textPayload({ nb: r.targetGroup, nn: r.rest?.nn ?? '', en: r.rest?.en ?? '' }) },
            count: Number(r.count.replace(/\s/g, '')),
          })),
        });
      }}
    >
      <Fieldset>
        <Fieldset.Legend>{t('portfolio.public.goals')}</Fieldset.Legend>
        {tree.data && tree.data.goals.length === 0 ? <Paragraph data-size="sm">{t('portfolio.admin.noGoals')}</Paragraph> : null}
        {(tree.data?.goals ?? []).map((g) => (
          <Checkbox key={g.id} id={fieldId(id, `goal-${g.id}`)} label={<LocalizedInline text={g.title} />} checked={goalIds.includes(g.id)} onChange={(e) => setGoalIds((l) => toggle(l, g.id, e.target.checked))} />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('portfolio.public.efforts')}</Fieldset.Legend>
        {efforts.size === 0 ? <Paragraph data-size="sm">{t('portfolio.admin.noEfforts')}</Paragraph> : null}
        {[...efforts.values()].map((e) => (
          <Checkbox
            key={e.id}
            id={fieldId(id, `effort-${e.id}`)}
            label={
              <>
                <LocalizedInline text={e.title} /> (<LocalizedInline text={e.actionProgramme.title} />)
              </>
            }
            checked={effortIds.includes(e.id)}
            onChange={(ev) => setEffortIds((l) => toggle(l, e.id, ev.target.checked))}
          />
        ))}
      </Fieldset>
      {reach.map((r, i) => (
        <Fieldset key={i} className="portfolio-row">
          <Fieldset.Legend>{t('portfolio.admin.reachN', { n: i + 1 })}</Fieldset.Legend>
          <EntityPicker
            id={fieldId(id, `reach.${i}.areaId`)}
            label={labels[`reach.${i}.areaId`]!}
            searchLabel={t('portfolio.admin.searchArea')}
            source={areaSource}
            value={r.areaId}
            onChange={(area) => change(i, { areaId: area })}
            error={form.errorFor(`reach.${i}.areaId`)}
          />
          <div className="gov-pair">
            <Textfield
              id={fieldId(id, `reach.${i}.targetGroup.nb`)}
              label={labels[`reach.${i}.targetGroup.nb`]}
              description={t('portfolio.admin.reach.targetGroupHelp')}
              value={r.targetGroup}
              onChange={(e) => change(i, { targetGroup: e.target.value })}
              error={form.errorFor(`reach.${i}.targetGroup.nb`)}
            />
            <Textfield id={fieldId(id, `reach.${i}.count`)} label={labels[`reach.${i}.count`]} inputMode="numeric" value={r.count} onChange={(e) => change(i, { count: e.target.value })} error={form.errorFor(`reach.${i}.count`)} />
          </div>
          <RemoveButton label={t('portfolio.admin.reachN', { n: i + 1 })} onClick={() => setReach((rs) => rs.filter((_, j) => j !== i))} />
        </Fieldset>
      ))}
    </PartForm>
  );
}
