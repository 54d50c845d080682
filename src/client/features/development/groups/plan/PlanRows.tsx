import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { ARENAS, type Arena } from '../../../../../shared/domain/development';
import { useTranslation } from '../../../../app/translation';
import { fieldId } from '../../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../../components/forms/SelectField';
import {
  emptyActor,
  emptyEffort,
  emptyGoal,
  move,
  rowPath,
  type ActorRow,
  type EffortRow,
  type GoalRow,
} from './plan-form';

export const PLAN_FORM = 'plan';
const id = (path: string) => fieldId(PLAN_FORM, path);

interface RowsProps<T> {
  rows: T[];
  onChange(rows: T[]): void;
  errorFor(path: string): string | undefined;
}

/**
 * Moves focus where the reader expects it after a row is added (its first field) or removed
 * (the list's "add" button), since the control they used is gone or far away.
 */
function useRowFocus() {
  const [target, setTarget] = useState<{ id: string; n: number } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return (elementId: string) => setTarget((x) => ({ id: elementId, n: (x?.n ?? 0) + 1 }));
}

function RowControls({
  index,
  count,
  name,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  name: string;
  onMove(step: -1 | 1): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions row-controls">
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        aria-label={t('developmentGroups.plan.moveUp', { name })}
        aria-disabled={index === 0 || undefined}
        onClick={() => index > 0 && onMove(-1)}
      >
        {t('developmentGroups.plan.up')}
      </Button>
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        aria-label={t('developmentGroups.plan.moveDown', { name })}
        aria-disabled={index === count - 1 || undefined}
        onClick={() => index < count - 1 && onMove(1)}
      >
        {t('developmentGroups.plan.down')}
      </Button>
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        data-color="danger"
        aria-label={t('developmentGroups.plan.removeRow', { name })}
        onClick={onRemove}
      >
        {t('common.remove')}
      </Button>
    </div>
  );
}

/** The list's own error (too many rows), shown above it. */
function ListError({ message }: { message: string | undefined }) {
  return message ? <ValidationMessage>{message}</ValidationMessage> : null;
}

export function GoalRows({ rows, onChange, errorFor }: RowsProps<GoalRow>) {
  const { t } = useTranslation();
  const focus = useRowFocus();
  const addRef = useRef<HTMLButtonElement>(null);
  const patch = (i: number, p: Partial<GoalRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...p } : r)));
  return (
    <div className="stack-sm" id={id('goals')} tabIndex={-1}>
      <ListError message={errorFor('goals')} />
      {rows.length === 0 ? (
        <Paragraph className="muted">{t('developmentGroups.plan.noGoals')}</Paragraph>
      ) : null}
      {rows.map((row, i) => {
        const name = t('developmentGroups.plan.goalsRow', { n: i + 1 });
        return (
          <Fieldset key={row.key} className="plan-row">
            <Fieldset.Legend>{name}</Fieldset.Legend>
            <Textfield
              id={id(rowPath('goals', i, 'title'))}
              label={t('developmentGroups.plan.goalTitle')}
              value={row.title}
              onChange={(e) => patch(i, { title: e.target.value })}
              error={errorFor(rowPath('goals', i, 'title'))}
            />
            <Textfield
              id={id(rowPath('goals', i, 'description'))}
              label={t('developmentGroups.plan.goalDescription')}
              multiline
              rows={3}
              value={row.description}
              onChange={(e) => patch(i, { description: e.target.value })}
              error={errorFor(rowPath('goals', i, 'description'))}
            />
            <RowControls
              index={i}
              count={rows.length}
              name={name}
              onMove={(step) => onChange(move(rows, i, step))}
              onRemove={() => {
                onChange(rows.filter((_, j) => j !== i));
                addRef.current?.focus();
              }}
            />
          </Fieldset>
        );
      })}
      <div>
        <Button
          ref={addRef}
          type="button"
          variant="secondary"
          onClick={() => {
            onChange([...rows, emptyGoal()]);
            focus(id(rowPath('goals', rows.length, 'title')));
          }}
        >
          {t('developmentGroups.plan.addGoal')}
        </Button>
      </div>
    </div>
  );
}

export function ActorRows({ rows, onChange, errorFor }: RowsProps<ActorRow>) {
  const { t } = useTranslation();
  const focus = useRowFocus();
  const addRef = useRef<HTMLButtonElement>(null);
  const patch = (i: number, p: Partial<ActorRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...p } : r)));
  return (
    <div className="stack-sm" id={id('actors')} tabIndex={-1}>
      <ListError message={errorFor('actors')} />
      {rows.length === 0 ? (
        <Paragraph className="muted">{t('developmentGroups.plan.noActors')}</Paragraph>
      ) : null}
      {rows.map((row, i) => {
        const name = t('developmentGroups.plan.actorsRow', { n: i + 1 });
        return (
          <Fieldset key={row.key} className="plan-row">
            <Fieldset.Legend>{name}</Fieldset.Legend>
            <Textfield
              id={id(rowPath('actors', i, 'name'))}
              label={t('developmentGroups.plan.actorName')}
              value={row.name}
              onChange={(e) => patch(i, { name: e.target.value })}
              error={errorFor(rowPath('actors', i, 'name'))}
            />
            <Textfield
              id={id(rowPath('actors', i, 'role'))}
              label={t('developmentGroups.plan.actorRole')}
              multiline
              rows={2}
              value={row.role}
              onChange={(e) => patch(i, { role: e.target.value })}
              error={errorFor(rowPath('actors', i, 'role'))}
            />
            <SelectField
              id={id(rowPath('actors', i, 'arena'))}
              label={t('developmentGroups.plan.actorArena')}
              value={row.arena}
              onChange={(e) => patch(i, { arena: e.target.value as Arena | '' })}
              error={errorFor(rowPath('actors', i, 'arena'))}
            >
              <ChoiceOptions values={ARENAS} label={(a) => t(`developmentGroups.arena.${a}`)} />
            </SelectField>
            <RowControls
              index={i}
              count={rows.length}
              name={name}
              onMove={(step) => onChange(move(rows, i, step))}
              onRemove={() => {
                onChange(rows.filter((_, j) => j !== i));
                addRef.current?.focus();
              }}
            />
          </Fieldset>
        );
      })}
      <div>
        <Button
          ref={addRef}
          type="button"
          variant="secondary"
          onClick={() => {
            onChange([...rows, emptyActor()]);
            focus(id(rowPath('actors', rows.length, 'name')));
          }}
        >
          {t('developmentGroups.plan.addActor')}
        </Button>
      </div>
    </div>
  );
}

export function EffortRows({
  rows,
  goals,
  onChange,
  errorFor,
}: RowsProps<EffortRow> & { goals: GoalRow[] }) {
  const { t } = useTranslation();
  const focus = useRowFocus();
  const addRef = useRef<HTMLButtonElement>(null);
  const patch = (i: number, p: Partial<EffortRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...p } : r)));
  return (
    <div className="stack-sm" id={id('efforts')} tabIndex={-1}>
      <ListError message={errorFor('efforts')} />
      {rows.length === 0 ? (
        <Paragraph className="muted">{t('developmentGroups.plan.noEfforts')}</Paragraph>
      ) : null}
      {rows.map((row, i) => {
        const name = t('developmentGroups.plan.effortsRow', { n: i + 1 });
        const goalsError = errorFor(rowPath('efforts', i, 'goals'));
        return (
          <Fieldset key={row.key} className="plan-row">
            <Fieldset.Legend>{name}</Fieldset.Legend>
            <Textfield
              id={id(rowPath('efforts', i, 'title'))}
              label={t('developmentGroups.plan.effortTitle')}
              value={row.title}
              onChange={(e) => patch(i, { title: e.target.value })}
              error={errorFor(rowPath('efforts', i, 'title'))}
            />
            <Textfield
              id={id(rowPath('efforts', i, 'description'))}
              label={t('developmentGroups.plan.effortDescription')}
              multiline
              rows={3}
              value={row.description}
              onChange={(e) => patch(i, { description: e.target.value })}
              error={errorFor(rowPath('efforts', i, 'description'))}
            />
            <Textfield
              id={id(rowPath('efforts', i, 'responsible'))}
              label={t('developmentGroups.plan.responsible')}
              value={row.responsible}
              onChange={(e) => patch(i, { responsible: e.target.value })}
              error={errorFor(rowPath('efforts', i, 'responsible'))}
            />
            <div className="year-fields">
              <Textfield
                id={id(rowPath('efforts', i, 'fromYear'))}
                label={t('developmentGroups.plan.fromYear')}
                inputMode="numeric"
                autoComplete="off"
                value={row.fromYear}
                onChange={(e) => patch(i, { fromYear: e.target.value })}
                error={errorFor(rowPath('efforts', i, 'fromYear'))}
              />
              <Textfield
                id={id(rowPath('efforts', i, 'toYear'))}
                label={t('developmentGroups.plan.toYear')}
                inputMode="numeric"
                autoComplete="off"
                value={row.toYear}
                onChange={(e) => patch(i, { toYear: e.target.value })}
                error={errorFor(rowPath('efforts', i, 'toYear'))}
              />
            </div>
            <Fieldset
              id={id(rowPath('efforts', i, 'goals'))}
              tabIndex={-1}
              aria-invalid={goalsError ? true : undefined}
            >
              <Fieldset.Legend>{t('developmentGroups.plan.effortGoals')}</Fieldset.Legend>
              {goals.length === 0 ? (
                <Fieldset.Description>
                  {t('developmentGroups.plan.effortGoalsNone')}
                </Fieldset.Description>
              ) : null}
              {goals.map((g, gi) => (
                <Checkbox
                  key={g.key}
                  label={g.title.trim() || t('developmentGroups.plan.goalsRow', { n: gi + 1 })}
                  checked={row.goals.includes(g.key)}
                  onChange={(e) =>
                    patch(i, {
                      goals: e.target.checked
                        ? [...row.goals, g.key]
                        : row.goals.filter((k) => k !== g.key),
                    })
                  }
                />
              ))}
              {goalsError ? <ValidationMessage>{goalsError}</ValidationMessage> : null}
            </Fieldset>
            <Textfield
              id={id(rowPath('efforts', i, 'followUp'))}
              label={t('developmentGroups.plan.followUp')}
              description={t('developmentGroups.plan.followUpHelp')}
              multiline
              rows={3}
              value={row.followUp}
              onChange={(e) => patch(i, { followUp: e.target.value })}
              error={errorFor(rowPath('efforts', i, 'followUp'))}
            />
            <RowControls
              index={i}
              count={rows.length}
              name={name}
              onMove={(step) => onChange(move(rows, i, step))}
              onRemove={() => {
                onChange(rows.filter((_, j) => j !== i));
                addRef.current?.focus();
              }}
            />
          </Fieldset>
        );
      })}
      <div>
        <Button
          ref={addRef}
          type="button"
          variant="secondary"
          onClick={() => {
            onChange([...rows, emptyEffort()]);
            focus(id(rowPath('efforts', rows.length, 'title')));
          }}
        >
          {t('developmentGroups.plan.addEffort')}
        </Button>
      </div>
    </div>
  );
}
