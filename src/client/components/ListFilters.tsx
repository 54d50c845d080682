import type { ReactNode } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../app/translation';
import { SelectField } from './forms/SelectField';
import type { ListQueryState } from './use-list-query-state';

/** The search landmark above a list, named so it can be found among the page's landmarks. */
export function ListFilters({ className, children }: { className?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      role="search"
      aria-label={t('common.filters')}
      className={className ? `filters ${className}` : 'filters'}
    >
      {children}
    </div>
  );
}

interface SearchProps {
  id: string;
  /** What the search looks in ("Code or name."). */
  description: string;
  state: Pick<ListQueryState<unknown>, 'q' | 'setQ'>;
}

/** A list's free-text search; typing goes back to the first page. */
export function ListSearch({ id, description, state }: SearchProps) {
  const { t } = useTranslation();
  return (
    <Textfield
      id={id}
      type="search"
      label={t('common.search')}
      description={description}
      value={state.q}
      onChange={(e) => state.setQ(e.target.value)}
    />
  );
}

interface ChoiceProps<T extends string> {
  id: string;
  label: string;
  /** What the choice means, under its label. */
  description?: string;
  /** The first option, which filters nothing. */
  allLabel: string;
  choices: readonly T[];
  choiceLabel(choice: T): string;
  value: T | '';
  onChange(value: T | ''): void;
}

/** Narrows a list to one value of a fixed set (a kind, a topic, a state), or to all of them. */
export function ChoiceFilter<T extends string>({
  id,
  label,
  description,
  allLabel,
  choices,
  choiceLabel,
  value,
  onChange,
}: ChoiceProps<T>) {
  return (
    <SelectField
      id={id}
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(choices.find((c) => c === e.target.value) ?? '')}
    >
      <option value="">{allLabel}</option>
      {choices.map((c) => (
        <option key={c} value={c}>
          {choiceLabel(c)}
        </option>
      ))}
    </SelectField>
  );
}
