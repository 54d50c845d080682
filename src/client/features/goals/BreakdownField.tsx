import { useTranslation } from '../../app/translation';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { SelectField } from '../../components/forms/SelectField';
import { useTargetBreakdowns } from './goals.queries';

interface Props {
  id: string;
  programmeId: string;
  indicatorId: string | null;
  areaId: string | null;
  value: string;
  onChange(value: string): void;
  error?: string;
}

/**
 * Picks a target's breakdown by its label ("Kjønn: Jenter") from those the indicator has figures
 * in, in the area once one is chosen; the total is always offered. A breakdown the target already
 * has that the figures no longer hold stays a choice, marked so.
 */
export function BreakdownField({ id, programmeId, indicatorId, areaId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const breakdowns = useTargetBreakdowns(programmeId, indicatorId, areaId);
  const list = breakdowns.data?.breakdowns ?? [];
  const known = list.some((b) => b.key === value);
  const total = list.find((b) => b.key === '');
  const help = indicatorId === null ? t('goalsAdmin.breakdown.chooseIndicator') : t('goalsAdmin.breakdown.help');

  return (
    <SelectField
      id={id}
      label={t('goalsAdmin.field.breakdown')}
      description={help}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      aria-busy={breakdowns.isFetching || undefined}
    >
      {/* Before the list arrives (or without an indicator) the total stands alone. */}
      {total ? null : <option value="">{t('statisticsCommon.total')}</option>}
      {list.map((b) => (
        <option key={b.key} value={b.key}>
          {b.observed ? pickText(b.label, locale).text : t('goalsAdmin.breakdown.noFigures', { label: pickText(b.label, locale).text })}
        </option>
      ))}
      {value !== '' && !known ? <option value={value}>{t('goalsAdmin.breakdown.notInFigures', { key: value })}</option> : null}
    </SelectField>
  );
}
