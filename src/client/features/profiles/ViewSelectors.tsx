import { useId } from 'react';
import { useTranslation } from '../../app/translation';
import type { AreaRef } from '../../../shared/contracts/indicators';
import type { IndicatorView } from '../../../shared/contracts/profiles';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { SelectField } from '../../components/forms/SelectField';
import { periodText } from '../../components/statistics/format';

export interface ViewChoice {
  period: string | null;
  breakdown: string;
  area: string | null;
}

/** The label of a breakdown key: its stored label, "Total" for the total, else the key itself. */
export function useBreakdownLabel(): (view: Pick<IndicatorView, 'breakdowns'>, key: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (view, key) => {
    if (key === '') return t('statisticsCommon.total');
    const label = view.breakdowns.find((b) => b.key === key)?.label;
    return label ? pickText(label, locale).text : key;
  };
}

/**
 * Period, breakdown and followed area. The page below updates as soon as a choice changes (no
 * context change: the reader stays on the same page and place), and a status line says what
 * is shown now.
 */
export function ViewSelectors({
  view,
  areas,
  choice,
  onChange,
}: {
  view: IndicatorView;
  areas: readonly AreaRef[];
  choice: ViewChoice;
  onChange: (next: Partial<ViewChoice>) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ids = { period: useId(), breakdown: useId(), area: useId() };
  const breakdownLabel = useBreakdownLabel();
  const periods = [...view.periods].reverse();
  return (
    <form className="filters view-selectors" aria-label={t('profiles.indicator.selectors')} onSubmit={(e) => e.preventDefault()}>
      <SelectField id={ids.period} label={t('statisticsCommon.period')} value={choice.period ?? ''} onChange={(e) => onChange({ period: e.target.value })} disabled={periods.length === 0}>
        {periods.map((p) => (
          <option key={p} value={p}>
            {periodText(p, locale)}
          </option>
        ))}
      </SelectField>
      <SelectField id={ids.breakdown} label={t('statisticsCommon.breakdown')} value={choice.breakdown} onChange={(e) => onChange({ breakdown: e.target.value })} disabled={view.breakdowns.length <= 1}>
        {view.breakdowns.length === 0 ? <option value="">{t('statisticsCommon.total')}</option> : null}
        {view.breakdowns.map((b) => (
          <option key={b.key} value={b.key}>
            {breakdownLabel(view, b.key)}
          </option>
        ))}
      </SelectField>
      {areas.length > 0 ? (
        <SelectField
          id={ids.area}
          label={t('profiles.indicator.followArea')}
          description={t('profiles.indicator.followAreaHelp')}
          value={choice.area ?? ''}
          onChange={(e) => onChange({ area: e.target.value })}
        >
          {areas.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </SelectField>
      ) : null}
    </form>
  );
}
