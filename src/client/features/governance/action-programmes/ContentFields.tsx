import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { fieldId } from '../../../components/forms/form-errors';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import type { GoalNode } from '../../goals/goal-tree';
import { organisationSource } from '../../organisations/organisations.queries';
import {
  emptyEffort,
  emptyPriority,
  goalErrorPath,
  type EffortValues,
  type PriorityValues,
} from './content-values';
import { GoalChoice } from './GoalChoice';
import { ItemControls, useListControls } from './ItemControls';

/** The first field of a new entry takes focus once it is drawn. */
function focusField(formId: string, path: string) {
  requestAnimationFrame(() => document.getElementById(fieldId(formId, path))?.focus());
}

interface Shared {
  formId: string;
  /** Field labels by path, as shown beside the fields. */
  labels: Record<string, string>;
  errorFor(path: string): string | undefined;
  errorPaths: readonly string[];
  goals: readonly GoalNode[];
}

/** The priorities of an action programme and their efforts: add, change, move and remove. */
export function PrioritiesFields({
  priorities,
  onChange,
  ...shared
}: Shared & { priorities: PriorityValues[]; onChange(priorities: PriorityValues[]): void }) {
  const { t } = useTranslation();
  const addId = `${shared.formId}-add-priority`;
  const controls = useListControls(priorities, onChange, addId);
  const set = (i: number, p: PriorityValues) =>
    onChange(priorities.map((x, j) => (j === i ? p : x)));
  return (
    <div className="stack">
      {priorities.map((p, i) => (
        // Keyed by place too: the fields' ids follow their path, which a move changes, so a moved entry is drawn afresh.
        <PriorityFields
          key={`${i}:${p.key}`}
          {...shared}
          index={i}
          count={priorities.length}
          priority={p}
          controls={controls}
          onChange={(next) => set(i, next)}
        />
      ))}
      <div>
        <Button
          id={addId}
          type="button"
          variant="secondary"
          onClick={() => {
            onChange([...priorities, emptyPriority()]);
            focusField(shared.formId, `priorities.${priorities.length}.title.nb`);
          }}
        >
          {t('governanceAdmin.actionProgramme.addPriority')}
        </Button>
      </div>
    </div>
  );
}

function PriorityFields({
  index,
  count,
  priority,
  controls,
  onChange,
  ...shared
}: Shared & {
  index: number;
  count: number;
  priority: PriorityValues;
  controls: ReturnType<typeof useListControls>;
  onChange(p: PriorityValues): void;
}) {
  const { t } = useTranslation();
  const { formId, labels, errorFor } = shared;
  const path = `priorities.${index}`;
  const name = t('governanceAdmin.actionProgramme.priorityN', { n: index + 1 });
  const addId = `${fieldId(formId, path)}-add-effort`;
  const effortControls = useListControls(
    priority.efforts,
    (efforts) => onChange({ ...priority, efforts }),
    addId,
  );
  return (
    <section className="ap-priority stack-sm" aria-labelledby={`${fieldId(formId, path)}-heading`}>
      <Heading level={3} data-size="sm" id={`${fieldId(formId, path)}-heading`}>
        {name}
      </Heading>
      {(['title', 'description'] as const).map((f) => (
        <LocalizedTextFields
          key={f}
          formId={formId}
          field={`${path}.${f}`}
          legend={t(`governanceAdmin.actionProgramme.priority.${f}`)}
          rows={f === 'description' ? 3 : null}
          labels={labels}
          values={priority[f]}
          errorFor={errorFor}
          onChange={(lang, value) =>
            onChange({ ...priority, [f]: { ...priority[f], [lang]: value } })
          }
        />
      ))}
      <Heading level={4} data-size="xs">
        {t('governanceAdmin.actionProgramme.effortsOf', { name })}
      </Heading>
      <div className="stack-sm">
        {priority.efforts.map((e, j) => (
          <EffortFields
            key={`${j}:${e.key}`}
            {...shared}
            path={`${path}.efforts.${j}`}
            name={t('governanceAdmin.actionProgramme.effortN', { priority: index + 1, n: j + 1 })}
            goalError={goalErrorPath(shared.errorPaths, index, j)}
            effort={e}
            onChange={(next) =>
              onChange({
                ...priority,
                efforts: priority.efforts.map((x, k) => (k === j ? next : x)),
              })
            }
            controls={
              <ItemControls
                index={j}
                count={priority.efforts.length}
                itemKey={e.key}
                name={t('governanceAdmin.actionProgramme.effortN', {
                  priority: index + 1,
                  n: j + 1,
                })}
                controls={effortControls}
              />
            }
          />
        ))}
        <div>
          <Button
            id={addId}
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              onChange({ ...priority, efforts: [...priority.efforts, emptyEffort()] });
              focusField(formId, `${path}.efforts.${priority.efforts.length}.title.nb`);
            }}
          >
            {t('governanceAdmin.actionProgramme.addEffort', { name })}
          </Button>
        </div>
      </div>
      <ItemControls
        index={index}
        count={count}
        itemKey={priority.key}
        name={name}
        controls={controls}
      />
    </section>
  );
}

function EffortFields({
  path,
  name,
  goalError,
  effort,
  onChange,
  controls,
  ...shared
}: Shared & {
  path: string;
  name: string;
  goalError: string | undefined;
  effort: EffortValues;
  onChange(e: EffortValues): void;
  controls: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { formId, labels, errorFor } = shared;
  return (
    <div
      className="ap-effort stack-sm"
      role="group"
      aria-labelledby={`${fieldId(formId, path)}-heading`}
    >
      <Heading level={5} data-size="2xs" id={`${fieldId(formId, path)}-heading`}>
        {name}
      </Heading>
      {(['title', 'description'] as const).map((f) => (
        <LocalizedTextFields
          key={f}
          formId={formId}
          field={`${path}.${f}`}
          legend={t(`governanceAdmin.actionProgramme.effort.${f}`)}
          rows={f === 'description' ? 3 : null}
          labels={labels}
          values={effort[f]}
          errorFor={errorFor}
          onChange={(lang, value) => onChange({ ...effort, [f]: { ...effort[f], [lang]: value } })}
        />
      ))}
      <EntityPicker
        id={fieldId(formId, `${path}.responsibleOrganisationId`)}
        label={t('governanceAdmin.actionProgramme.effort.responsible')}
        searchLabel={t('governanceAdmin.actionProgramme.effort.searchOrganisation')}
        source={organisationSource}
        value={effort.responsibleOrganisationId}
        onChange={(id) => onChange({ ...effort, responsibleOrganisationId: id })}
        error={errorFor(`${path}.responsibleOrganisationId`)}
      />
      <Textfield
        id={fieldId(formId, `${path}.fundingNeed`)}
        label={t('governanceAdmin.actionProgramme.effort.fundingNeed')}
        description={t('governanceAdmin.actionProgramme.effort.fundingNeedHelp')}
        inputMode="numeric"
        value={effort.fundingNeed}
        onChange={(e) => onChange({ ...effort, fundingNeed: e.target.value })}
        error={errorFor(`${path}.fundingNeed`)}
      />
      <GoalChoice
        formId={formId}
        path={path}
        legend={t('governanceAdmin.actionProgramme.effort.goals')}
        nodes={shared.goals}
        goalIds={effort.goalIds}
        error={goalError ? errorFor(goalError) : undefined}
        onChange={(goalIds) => onChange({ ...effort, goalIds })}
      />
      {controls}
    </div>
  );
}
