import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from '../../app/translation';
import type { ProgrammeSummary } from '../../../shared/contracts/programmes';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { SelectField } from '../../components/forms/SelectField';
import { buildProgrammeTree, flattenTree } from './tree';
import { useProgrammeCompare } from './use-programme-sort';

interface Props {
  id: string;
  label: string;
  programmes: readonly ProgrammeSummary[];
  value: string;
  onChange(e: ChangeEvent<HTMLSelectElement>): void;
  /** Text of the empty choice; no empty choice when left out. */
  emptyLabel?: string;
  error?: string;
  description?: ReactNode;
}

/** A select of programmes in tree order, sub-programmes indented under their parent. */
export function ProgrammeSelect({ id, label, programmes, value, onChange, emptyLabel, error, description }: Props) {
  const locale = useLocale();
  const compare = useProgrammeCompare();
  const { t } = useTranslation();
  const rows = flattenTree(buildProgrammeTree(programmes, compare));
  return (
    <SelectField id={id} label={label} value={value} onChange={onChange} error={error} description={description}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {rows.length === 0 && emptyLabel === undefined ? <option value="">{t('picker.none')}</option> : null}
      {rows.map(({ programme, depth }) => (
        <option key={programme.id} value={programme.id}>
          {'\u2014 '.repeat(depth)}
          {pickText(programme.name, locale).text}
        </option>
      ))}
    </SelectField>
  );
}
