import { Checkbox, Fieldset, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { fieldId } from '../../../components/forms/form-errors';
import { useLocalized } from '../../../components/LocalizedText';
import type { GoalNode } from '../../goals/goal-tree';
import { toggledGoal } from './content-values';

interface Props {
  formId: string;
  /** The effort's path in the form, `priorities.0.efforts.1`. */
  path: string;
  legend: string;
  nodes: readonly GoalNode[];
  goalIds: readonly string[];
  error: string | undefined;
  onChange(goalIds: string[]): void;
}

/**
 * The goals an effort serves, chosen from the programme's goal tree shown as the tree. A chosen
 * goal's box has the id of its place in the list sent (`…goalIds.0`), so a refusal that names
 * it leads there.
 */
export function GoalChoice({ formId, path, legend, nodes, goalIds, error, onChange }: Props) {
  const { t } = useTranslation();
  const errorId = `${fieldId(formId, `${path}.goalIds`)}-error`;
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {nodes.length === 0 ? (
        <Paragraph data-size="sm">{t('governanceAdmin.actionProgramme.noGoals')}</Paragraph>
      ) : (
        <GoalBoxes
          formId={formId}
          path={path}
          nodes={nodes}
          goalIds={goalIds}
          onChange={onChange}
        />
      )}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

function GoalBoxes({ formId, path, nodes, goalIds, onChange }: Omit<Props, 'legend' | 'error'>) {
  return (
    <ul className="ap-goal-tree">
      {nodes.map((n) => (
        <GoalBox
          key={n.goal.id}
          formId={formId}
          path={path}
          node={n}
          goalIds={goalIds}
          onChange={onChange}
        />
      ))}
    </ul>
  );
}

function GoalBox({
  formId,
  path,
  node,
  goalIds,
  onChange,
}: Omit<Props, 'legend' | 'error' | 'nodes'> & { node: GoalNode }) {
  const title = useLocalized(node.goal.title);
  const at = goalIds.indexOf(node.goal.id);
  const id =
    at >= 0
      ? fieldId(formId, `${path}.goalIds.${at}`)
      : `${fieldId(formId, `${path}.goal`)}-${node.goal.id}`;
  return (
    <li>
      <Checkbox
        id={id}
        data-size="sm"
        label={<span lang={title.lang}>{title.text}</span>}
        checked={at >= 0}
        onChange={(e) => onChange(toggledGoal(goalIds, node.goal.id, e.target.checked))}
      />
      {node.children.length > 0 ? (
        <GoalBoxes
          formId={formId}
          path={path}
          nodes={node.children}
          goalIds={goalIds}
          onChange={onChange}
        />
      ) : null}
    </li>
  );
}
