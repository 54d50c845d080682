import type { ReactNode } from 'react';
import { Heading, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { GoalTarget } from '../../../shared/contracts/goals';
import { formatValue } from '../../../shared/domain/format-value';
import { formatPeriod } from '../../../shared/domain/periods';
import { pickText, type Locale } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { AppLink } from '../../components/AppLink';
import { LocalizedParagraphs, useLocalized } from '../../components/LocalizedText';
import { ObservationValue } from '../../components/statistics/ObservationValue';
import { ProgressMeter } from './ProgressMeter';

/** A target's breakdown as the source labels it ("Kjønn: Jenter"), its key where unlabelled; null for the total. */
export function breakdownText(target: Pick<GoalTarget, 'breakdown' | 'breakdownLabel'>, locale: Locale): string | null {
  if (target.breakdown === '') return null;
  return target.breakdownLabel ? pickText(target.breakdownLabel, locale).text : target.breakdown;
}

/**
 * Names targets in the reader's language (the area name is Norwegian): "Fullført videregående,
 * Bydel Stovner", and "… (Kjønn: Jenter)" for a breakdown, so that two targets of one indicator
 * and area are told apart.
 */
export function useTargetNamer(): (target: GoalTarget) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (target) => {
    const name = t('goals.targetName', { indicator: pickText(target.indicator.name, locale).text, area: target.area.name });
    const breakdown = breakdownText(target, locale);
    return breakdown ? t('goals.targetNameBreakdown', { name, breakdown }) : name;
  };
}

export function useTargetName(target: GoalTarget): string {
  return useTargetNamer()(target);
}

/**
 * One target as the public reads it: which indicator, where, from what to what, the latest
 * figure (withheld figures are named, never shown) and the progress. `actions` holds the editors'
 * buttons on the admin page.
 */
export function TargetView({ target, slug, level, actions }: { target: GoalTarget; slug: string; level: 3 | 4 | 5 | 6; actions?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const indicator = useLocalized(target.indicator.name);
  const unit = target.indicator;
  const breakdown = breakdownText(target, locale);
  const value = (v: { value: number; period: string }) => `${formatValue(v.value, unit.unit, unit.decimals, locale)} ${t('goals.inPeriod', { period: formatPeriod(v.period, locale) })}`;

  return (
    <article className="goal-target stack-sm" aria-labelledby={`target-${target.id}`}>
      <Heading level={level} data-size="2xs" id={`target-${target.id}`}>
        <span lang={indicator.lang}>{indicator.text}</span>, {target.area.name}
        {breakdown ? ` (${breakdown})` : null}
      </Heading>
      {target.indicator.isIllustrative ? (
        <div className="tags">
          <Tag data-color="warning" data-size="sm">
            {t('statisticsCommon.illustrative')}
          </Tag>
        </div>
      ) : null}
      <dl className="facts goal-facts">
        {breakdown ? (
          <div>
            <dt>{t('goals.breakdown')}</dt>
            <dd>{breakdown}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('goals.baseline')}</dt>
          <dd>{value(target.baseline)}</dd>
        </div>
        <div>
          <dt>{t('goals.target')}</dt>
          <dd>{value(target.target)}</dd>
        </div>
        <div>
          <dt>{t('goals.latest')}</dt>
          <dd>
            <ObservationValue point={target.latest} indicator={unit} />
            {target.latest ? ` ${t('goals.inPeriod', { period: formatPeriod(target.latest.period, locale) })}` : null}
          </dd>
        </div>
      </dl>
      <ProgressMeter target={target} />
      <LocalizedParagraphs text={target.note} />
      <p className="goal-target-link">
        <AppLink to={`/program/${slug}/statistikk/indikator/${encodeURIComponent(target.indicator.code)}`}>
          {t('goals.indicatorLink')}
          <span className="goals-sr-only">
            {': '}
            <span lang={indicator.lang}>{indicator.text}</span>
          </span>
        </AppLink>
      </p>
      {actions}
    </article>
  );
}
