import { useState } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { IndicatorSummary } from '../../../shared/contracts/indicators';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { SelectField } from '../../components/forms/SelectField';
import { useDebounced } from '../../components/use-debounced';
import { useIndicatorSearch, useProgrammeIndicators } from './goals.queries';

interface Props {
  id: string;
  programmeId: string;
  value: string | null;
  onChange(value: string | null): void;
  error?: string;
  /** The indicator already chosen (when editing), so it stays in the list whatever the search. */
  current?: IndicatorSummary;
}

/**
 * Picks an indicator: those the programme follows first, then the rest of the catalogue. A
 * search field narrows both groups of a native select, so it works with keyboard and screen
 * readers like the other pickers.
 */
export function IndicatorPicker({ id, programmeId, value, onChange, error, current }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const own = useProgrammeIndicators(programmeId);
  const catalogue = useIndicatorSearch(query);

  const name = (i: IndicatorSummary) => pickText(i.name, locale).text;
  const matches = (i: IndicatorSummary) => {
    const needle = query.toLocaleLowerCase(locale);
    return needle === '' || name(i).toLocaleLowerCase(locale).includes(needle) || i.code.includes(needle);
  };
  const ownList = (own.data ?? []).filter(matches);
  const ownIds = new Set((own.data ?? []).map((i) => i.id));
  const others = (catalogue.data?.items ?? []).filter((i) => !ownIds.has(i.id));
  const listed = new Set([...ownList, ...others].map((i) => i.id));
  const option = (i: IndicatorSummary) => (
    <option key={i.id} value={i.id}>
      {name(i)}
    </option>
  );

  return (
    <div className="picker">
      <Textfield id={`${id}-search`} type="search" label={t('goalsAdmin.field.searchIndicator')} value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" description={t('picker.searchHelp')} />
      <SelectField
        id={id}
        label={t('goalsAdmin.field.indicator')}
        error={error}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        aria-busy={own.isFetching || catalogue.isFetching || undefined}
      >
        <option value="">{t('picker.choose')}</option>
        {current && !listed.has(current.id) ? option(current) : null}
        {ownList.length > 0 ? <optgroup label={t('goalsAdmin.field.programmeIndicators')}>{ownList.map(option)}</optgroup> : null}
        {others.length > 0 ? <optgroup label={t('goalsAdmin.field.otherIndicators')}>{others.map(option)}</optgroup> : null}
      </SelectField>
      <p className="picker-count" aria-live="polite">
        {catalogue.data ? t('picker.matches', { count: ownList.length + others.length }) : ''}
      </p>
    </div>
  );
}
