import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { useDebounced } from '../use-debounced';
import { SelectField } from './SelectField';
import { pickerKeys, type PickerSource } from './picker-source';

export type { PickerOption, PickerSource } from './picker-source';

interface Props {
  id: string;
  label: string;
  searchLabel: string;
  source: PickerSource;
  value: string | null;
  onChange(value: string | null): void;
  error?: string;
  description?: ReactNode;
  /** Offer "none" (for optional fields). */
  allowEmpty?: boolean;
  /** Leave out a record (an organisation cannot be its own parent). */
  exclude?: string;
}

/**
 * Picks a record from a register that can be too long for one list: a search field narrows the
 * choices of a native select. Both are ordinary labelled controls, so the pair works with the
 * keyboard and every screen reader without a custom combobox.
 */
export function EntityPicker({ id, label, searchLabel, source, value, onChange, error, description, allowEmpty = true, exclude }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const results = useQuery({ queryKey: pickerKeys.search(source.key, query), queryFn: () => source.search(query), staleTime: 30_000 });
  const selected = useQuery({
    queryKey: pickerKeys.one(source.key, value),
    queryFn: () => source.lookup(value!),
    enabled: value !== null,
    staleTime: 60_000,
  });
  const options = (results.data ?? []).filter((o) => o.id !== exclude);
  const hasSelected = value !== null && options.some((o) => o.id === value);

  return (
    <div className="picker">
      <Textfield
        id={`${id}-search`}
        type="search"
        label={searchLabel}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        autoComplete="off"
        description={t('picker.searchHelp')}
      />
      <SelectField
        id={id}
        label={label}
        description={description}
        error={error}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        aria-busy={results.isFetching || undefined}
      >
        {allowEmpty || value === null ? <option value="">{allowEmpty ? t('picker.none') : t('picker.choose')}</option> : null}
        {value !== null && !hasSelected ? <option value={value}>{selected.data?.label ?? t('common.loading')}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <p className="picker-count" aria-live="polite">
        {results.data ? t('picker.matches', { count: options.length }) : ''}
      </p>
    </div>
  );
}
