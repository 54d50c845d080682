import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { LocalizedParagraphs, useLocalized } from '../../components/LocalizedText';
import { emptyGoalValues, goalValues } from './goal-form-values';
import { headingLevel, subtreeIds, type GoalNode, type TreeGoal } from './goal-tree';
import { statusIdFor, type AdminContext } from './goals-admin-context';
import { TriggerStatus } from './TriggerStatus';
import { EditorHeading } from './EditorHeading';
import { GoalForm } from './GoalForm';
import { GoalMeta } from './GoalMeta';
import { GoalTargetsAdmin } from './GoalTargetsAdmin';
import { useCreateGoal, useDeleteGoal, useUpdateGoal } from './goals.queries';

/** One goal of the tree with its editors; an ancestor's goal is shown as context, read-only. */
export function GoalAdminItem({ node, ctx }: { node: GoalNode; ctx: AdminContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { goal } = node;
  const title = useLocalized(goal.title);
  const level = headingLevel(3, node.depth);
  const sub = Math.min(6, level + 1) as 4 | 5 | 6;
  const create = useCreateGoal(ctx.programme.id);
  const update = useUpdateGoal(goal.id);
  const remove = useDeleteGoal(goal.id);
  const owner = ctx.programmes.find((p) => p.id === goal.programmeId);
  const ownerName = owner ? pickText(owner.name, locale).text : null;
  const { editor } = ctx;
  const isEditing = editor?.kind === 'editGoal' && editor.goalId === goal.id;
  const isAddingSub = editor?.kind === 'newGoal' && editor.parentId === goal.id;
  const titleText = (g: { title: TreeGoal['title'] }) => pickText(g.title, locale).text;
  // A goal may not move under itself or its own sub-goals.
  const excluded = subtreeIds(ctx.ownGoals, goal.id);
  const ids = { edit: `goal-edit-${goal.id}`, sub: `goal-sub-${goal.id}`, heading: `goal-heading-${goal.id}` };

  return (
    <li className="goal-item" data-inherited={goal.isInherited || undefined}>
      <section aria-labelledby={ids.heading} className="goal-card stack-sm">
        {goal.isInherited ? (
          <Paragraph data-size="sm" className="goal-inherited">
            {ownerName ? t('goalsAdmin.inherited', { name: ownerName }) : t('goalsAdmin.inheritedUnnamed')}
          </Paragraph>
        ) : null}
        <Heading level={level} data-size="xs" id={ids.heading} lang={title.lang}>
          {title.text}
        </Heading>
        {isEditing ? (
          <GoalForm
            formId={`goal-form-${goal.id}`}
            initial={goalValues(goal)}
            parents={{ inherited: ctx.inheritedGoals, own: ctx.ownGoals.filter((g) => !excluded.has(g.id)) }}
            submitLabel={t('common.save')}
            saving={update.isPending}
            heading={<EditorHeading level={sub}>{t('goalsAdmin.editGoalHeading', { title: title.text })}</EditorHeading>}
            onCancel={() => ctx.close()}
            onSave={async (data) => {
              const saved = await update.mutateAsync(data);
              ctx.announce(t('goalsAdmin.goalSaved', { title: titleText(saved) }));
              ctx.close();
            }}
          />
        ) : (
          <>
            <GoalMeta goal={goal} />
            <LocalizedParagraphs text={goal.description} />
          </>
        )}
        {!isEditing ? (
          <div className="goal-admin-actions">
            {!goal.isInherited ? (
              <Button id={ids.edit} variant="secondary" data-size="sm" aria-label={t('goalsAdmin.editGoalNamed', { title: title.text })} aria-describedby={statusIdFor(ctx, ids.edit)} onClick={() => ctx.open({ kind: 'editGoal', goalId: goal.id, trigger: ids.edit })}>
                {t('goalsAdmin.editGoal')}
              </Button>
            ) : null}
            {!isAddingSub ? (
              <Button id={ids.sub} variant="secondary" data-size="sm" aria-label={t('goalsAdmin.addSubGoalNamed', { title: title.text })} aria-describedby={statusIdFor(ctx, ids.sub)} onClick={() => ctx.open({ kind: 'newGoal', parentId: goal.id, trigger: ids.sub })}>
                {t('goalsAdmin.addSubGoal')}
              </Button>
            ) : null}
            {!goal.isInherited && node.children.length === 0 ? (
              <ConfirmDelete
                compact
                name={title.text}
                label={t('goalsAdmin.deleteGoalNamed', { title: title.text })}
                pending={remove.isPending}
                error={remove.error}
                // Not mutate's own onSuccess: it is skipped when this item is gone first.
                onConfirm={() =>
                  void remove.mutateAsync().then(
                    () => {
                      ctx.announce(t('goalsAdmin.goalDeleted', { title: title.text }), 'goal-tree-heading');
                      ctx.close('goal-tree-heading');
                    },
                    () => {}, // shown by ConfirmDelete from remove.error
                  )
                }
              />
            ) : null}
            <TriggerStatus ctx={ctx} at={ids.edit} />
            <TriggerStatus ctx={ctx} at={ids.sub} />
          </div>
        ) : null}
        {!goal.isInherited && node.children.length > 0 && !isEditing ? (
          <Paragraph data-size="sm" className="muted">
            {t('goalsAdmin.hasSubGoals')}
          </Paragraph>
        ) : null}
        {isAddingSub ? (
          <GoalForm
            formId={`goal-sub-form-${goal.id}`}
            initial={emptyGoalValues(goal.id, node.children.length)}
            parents={{ inherited: ctx.inheritedGoals, own: ctx.ownGoals }}
            submitLabel={t('goalsAdmin.createGoal')}
            saving={create.isPending}
            heading={<EditorHeading level={sub}>{t('goalsAdmin.newSubGoalHeading', { title: title.text })}</EditorHeading>}
            onCancel={() => ctx.close()}
            onSave={async (data) => {
              const created = await create.mutateAsync(data);
              ctx.announce(t('goalsAdmin.goalCreated', { title: titleText(created) }));
              ctx.close();
            }}
          />
        ) : null}
        <GoalTargetsAdmin goal={goal} level={sub} ctx={ctx} />
      </section>
      {node.children.length > 0 ? (
        <ul className="goal-tree">
          {node.children.map((child) => (
            <GoalAdminItem key={child.goal.id} node={child} ctx={ctx} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
