import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
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

type ListName = 'goals' | 'actors' | 'efforts';

/**
 * Each list's texts: "no rows yet" and the add button. The keys are written out here (not passed
 * in as plain strings) so that the i18n check can follow them; a row's legend is
 * `developmentGroups.plan.<list>Row`.
 */
const LIST_TEXT = {
  goals: { empty: 'developmentGroups.plan.noGoals', add: 'developmentGroups.plan.addGoal' },
  actors: { empty: 'developmentGroups.plan.noActors', add: 'developmentGroups.plan.addActor' },
  efforts: { empty: 'developmentGroups.plan.noEfforts', add: 'developmentGroups.plan.addEffort' },
} as const satisfies Record<ListName, { empty: string; add: string }>;

interface RowsProps<T> {
  rows: T[];
  onChange(rows: T[]): void;
  errorFor(path: string): string | undefined;
}

/** The fields of a row that hold plain text (not its key), which a text field edits as is. */
type TextField<T> = Exclude<
  { [K in keyof T]: string extends T[K] ? (T[K] extends string ? K : never) : never }[keyof T],
  'key'
> &
  string;

/** What a text field needs to edit one field of a row: its id, value, change handler and error. */
interface TextFieldProps {
  id: string;
  value: string;
  onChange(e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>): void;
  error: string | undefined;
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

/**
 * A list of rows edited in place: the list's own error (too many rows) above it, a numbered
 * fieldset per row with controls to move or remove it, and a button that adds an empty row.
 * After adding, focus goes to the new row's `firstField`; after removing, to the add button.
 */
function RowList<T extends { key: string }>({
  list,
  rows,
  onChange,
  errorFor,
  makeEmpty,
  firstField,
  renderFields,
}: RowsProps<T> & {
  list: ListName;
  makeEmpty(): T;
  firstField: Exclude<keyof T, 'key'> & string;
  /** The row's fields; `field(name)` gives a text field what it needs to edit `row[name]`. */
  renderFields(
    row: T,
    i: number,
    patch: (p: Partial<T>) => void,
    field: (name: TextField<T>) => TextFieldProps,
  ): ReactNode;
}) {
  const { t } = useTranslation();
  const focus = useRowFocus();
  const addRef = useRef<HTMLButtonElement>(null);
  const patch = (i: number, p: Partial<T>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...p } : r)));
  const field = (row: T, i: number) => (name: TextField<T>) => ({
    id: id(rowPath(list, i, name)),
    value: row[name] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      patch(i, { [name]: e.target.value } as Partial<T>),
    error: errorFor(rowPath(list, i, name)),
  });
  const listError = errorFor(list);
  return (
    <div className="stack-sm" id={id(list)} tabIndex={-1}>
      {listError ? <ValidationMessage>{listError}</ValidationMessage> : null}
      {rows.length === 0 ? (
        <Paragraph className="muted">{t(LIST_TEXT[list].empty)}</Paragraph>
      ) : null}
      {rows.map((row, i) => {
        const name = t(`developmentGroups.plan.${list}Row`, { n: i + 1 });
        return (
          <Fieldset key={row.key} className="plan-row">
            <Fieldset.Legend>{name}</Fieldset.Legend>
            {renderFields(row, i, (p) => patch(i, p), field(row, i))}
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
            onChange([...rows, makeEmpty()]);
            focus(id(rowPath(list, rows.length, firstField)));
          }}
        >
          {t(LIST_TEXT[list].add)}
        </Button>
      </div>
    </div>
  );
}

export function GoalRows(props: RowsProps<GoalRow>) {
  const { t } = useTranslation();
  return (
    <RowList
      {...props}
      list="goals"
      makeEmpty={emptyGoal}
      firstField="title"
      renderFields={(_row, _i, _patch, field) => (
        <>
          <Textfield label={t('developmentGroups.plan.goalTitle')} {...field('title')} />
          <Textfield
            label={t('developmentGroups.plan.goalDescription')}
            multiline
            rows={3}
            {...field('description')}
          />
        </>
      )}
    />
  );
}

export function ActorRows(props: RowsProps<ActorRow>) {
  const { t } = useTranslation();
  const { errorFor } = props;
  return (
    <RowList
      {...props}
      list="actors"
      makeEmpty={emptyActor}
      firstField="name"
      renderFields={(row, i, patch, field) => (
        <>
          <Textfield label={t('developmentGroups.plan.actorName')} {...field('name')} />
          <Textfield
            label={t('developmentGroups.plan.actorRole')}
            multiline
            rows={2}
            {...field('role')}
          />
          <SelectField
            id={id(rowPath('actors', i, 'arena'))}
            label={t('developmentGroups.plan.actorArena')}
            value={row.arena}
            onChange={(e) => patch({ arena: e.target.value as Arena | '' })}
            error={errorFor(rowPath('actors', i, 'arena'))}
          >
            <ChoiceOptions values={ARENAS} label={(a) => t(`developmentGroups.arena.${a}`)} />
          </SelectField>
        </>
      )}
    />
  );
}

export function EffortRows({ goals, ...props }: RowsProps<EffortRow> & { goals: GoalRow[] }) {
  const { t } = useTranslation();
  const { errorFor } = props;
  return (
    <RowList
      {...props}
      list="efforts"
      makeEmpty={emptyEffort}
      firstField="title"
      renderFields={(row, i, patch, field) => {
        const goalsError = errorFor(rowPath('efforts', i, 'goals'));
        return (
          <>
            <Textfield label={t('developmentGroups.plan.effortTitle')} {...field('title')} />
            <Textfield
              label={t('developmentGroups.plan.effortDescription')}
              multiline
              rows={3}
              {...field('description')}
            />
            <Textfield label={t('developmentGroups.plan.responsible')} {...field('responsible')} />
            <div className="year-fields">
              <Textfield
                label={t('developmentGroups.plan.fromYear')}
                inputMode="numeric"
                autoComplete="off"
                {...field('fromYear')}
              />
              <Textfield
                label={t('developmentGroups.plan.toYear')}
                inputMode="numeric"
                autoComplete="off"
                {...field('toYear')}
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
                    patch({
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
              label={t('developmentGroups.plan.followUp')}
              description={t('developmentGroups.plan.followUpHelp')}
              multiline
              rows={3}
              {...field('followUp')}
            />
          </>
        );
      }}
    />
  );
}
