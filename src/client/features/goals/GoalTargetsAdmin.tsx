import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { GoalTarget } from '../../../shared/contracts/goals';
import { useLocale } from '../../app/locale-context';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { useLocalized } from '../../components/LocalizedText';
import { emptyTargetValues, targetValues } from './goal-form-values';
import type { TreeGoal } from './goal-tree';
import { EditorHeading } from './EditorHeading';
import { statusIdFor, type AdminContext } from './goals-admin-context';
import { TriggerStatus } from './TriggerStatus';
import { TargetForm } from './TargetForm';
import { TargetView, useTargetName, useTargetNamer } from './TargetView';
import { useCreateTarget, useDeleteTarget, useUpdateTarget } from './goals.queries';

/** A goal's targets with their progress; for the programme's own goals also add, change and delete. */
export function GoalTargetsAdmin({ goal, level, ctx }: { goal: TreeGoal; level: 4 | 5 | 6; ctx: AdminContext }) {
  const { t } = useTranslation();
  const title = useLocalized(goal.title);
  const create = useCreateTarget(goal.id);
  const nameOf = useTargetNamer();
  const isAdding = ctx.editor?.kind === 'newTarget' && ctx.editor.goalId === goal.id;
  const addId = `target-add-${goal.id}`;
  const itemLevel = Math.min(6, level + 1) as 5 | 6;
  if (goal.isInherited && goal.targets.length === 0) return null;

  return (
    <div className="stack-sm">
      <Heading level={level} data-size="2xs">
        {t('goalsAdmin.targets')}
      </Heading>
      {goal.targets.length === 0 ? <Paragraph data-size="sm">{t('goalsAdmin.noTargets')}</Paragraph> : null}
      {goal.targets.length > 0 ? (
        <ul className="goal-targets">
          {goal.targets.map((target) => (
            <li key={target.id}>
              <TargetItem target={target} level={itemLevel} ctx={ctx} readOnly={goal.isInherited} />
            </li>
          ))}
        </ul>
      ) : null}
      {goal.isInherited ? null : isAdding ? (
        <TargetForm
          formId={`target-new-${goal.id}`}
          programmeId={ctx.programme.id}
          initial={emptyTargetValues()}
          submitLabel={t('goalsAdmin.createTarget')}
          saving={create.isPending}
          heading={<EditorHeading level={itemLevel}>{t('goalsAdmin.newTargetHeading', { title: title.text })}</EditorHeading>}
          onCancel={() => ctx.close()}
          onSave={async (data) => {
            const created = await create.mutateAsync(data);
            ctx.announce(t('goalsAdmin.targetCreated', { name: nameOf(created) }));
            ctx.close();
          }}
        />
      ) : (
        <div className="form-actions">
          <Button id={addId} variant="secondary" data-size="sm" aria-label={t('goalsAdmin.addTargetNamed', { title: title.text })} aria-describedby={statusIdFor(ctx, addId)} onClick={() => ctx.open({ kind: 'newTarget', goalId: goal.id, trigger: addId })}>
            {t('goalsAdmin.addTarget')}
          </Button>
          <TriggerStatus ctx={ctx} at={addId} />
        </div>
      )}
    </div>
  );
}

function TargetItem({ target, level, ctx, readOnly }: { target: GoalTarget; level: 5 | 6; ctx: AdminContext; readOnly: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useTargetName(target);
  const update = useUpdateTarget(target.id);
  const remove = useDeleteTarget(target.id);
  const editId = `target-edit-${target.id}`;
  const isEditing = ctx.editor?.kind === 'editTarget' && ctx.editor.targetId === target.id;

  if (isEditing) {
    return (
      <TargetForm
        formId={`target-form-${target.id}`}
        programmeId={ctx.programme.id}
        initial={targetValues(target, locale)}
        currentIndicator={target.indicator}
        submitLabel={t('common.save')}
        saving={update.isPending}
        heading={<EditorHeading level={level}>{t('goalsAdmin.editTargetHeading', { name })}</EditorHeading>}
        onCancel={() => ctx.close()}
        onSave={async (data) => {
          await update.mutateAsync(data);
          ctx.announce(t('goalsAdmin.targetSaved', { name }));
          ctx.close();
        }}
      />
    );
  }
  return (
    <TargetView
      target={target}
      slug={ctx.programme.slug}
      level={level}
      actions={
        readOnly ? null : (
          <div className="goal-admin-actions">
            <Button id={editId} variant="secondary" data-size="sm" aria-label={t('goalsAdmin.editTargetNamed', { name })} aria-describedby={statusIdFor(ctx, editId)} onClick={() => ctx.open({ kind: 'editTarget', targetId: target.id, trigger: editId })}>
              {t('goalsAdmin.editTarget')}
            </Button>
            <ConfirmDelete
              compact
              name={name}
              label={t('goalsAdmin.deleteTargetNamed', { name })}
              pending={remove.isPending}
              error={remove.error}
              // Not mutate's own onSuccess: it is skipped when the deleted target's item is gone
              // first (the refreshed tree no longer has it), and the message would never come.
              onConfirm={() =>
                void remove.mutateAsync().then(
                  () => {
                    ctx.announce(t('goalsAdmin.targetDeleted', { name }), `target-add-${target.goalId}`);
                    ctx.close(`target-add-${target.goalId}`);
                  },
                  () => {}, // shown by ConfirmDelete from remove.error
                )
              }
            />
            <TriggerStatus ctx={ctx} at={editId} />
          </div>
        )
      }
    />
  );
}
