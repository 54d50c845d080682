import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/contracts/indicators';
import { useLocale } from '../../app/locale-context';
import { LocalizedParagraphs, useLocalized } from '../../components/LocalizedText';
import { periodSpan } from '../../components/statistics/format';

function TargetGroup({ from, to }: { from: number | null; to: number | null }) {
  const { t } = useTranslation();
  if (from !== null && to !== null) return <>{t('profiles.indicator.ages', { from, to })}</>;
  if (from !== null) return <>{t('profiles.indicator.agesFrom', { from })}</>;
  if (to !== null) return <>{t('profiles.indicator.agesTo', { to })}</>;
  return <>{t('profiles.indicator.allAges')}</>;
}

/** What the indicator measures and where the figures come from. */
export function IndicatorFacts({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notes = useLocalized(indicator.notes);
  const { source } = indicator;
  return (
    <div className="stack-sm">
      <LocalizedParagraphs text={indicator.description} />
      <dl className="facts indicator-facts">
        <div>
          <dt>{t('statisticsCommon.unit')}</dt>
          <dd>{t(`indicatorUnit.${indicator.unit}`)}</dd>
        </div>
        <div>
          <dt>{t('profiles.direction')}</dt>
          <dd>{t(`direction.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('profiles.topic')}</dt>
          <dd>{t(`indicatorTopic.${indicator.topic}`)}</dd>
        </div>
        <div>
          <dt>{t('profiles.indicator.targetGroup')}</dt>
          <dd>
            <TargetGroup from={indicator.ageFrom} to={indicator.ageTo} />
          </dd>
        </div>
        {indicator.firstPeriod && indicator.lastPeriod ? (
          <div>
            <dt>{t('profiles.indicator.span')}</dt>
            <dd>{periodSpan(indicator.firstPeriod, indicator.lastPeriod, locale)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('statisticsCommon.source')}</dt>
          <dd>
            {source.url ? (
              <Link href={source.url} rel="noopener noreferrer">
                {source.publisher}
              </Link>
            ) : (
              source.publisher
            )}
            {source.tableId ? ` (${t('profiles.indicator.table', { id: source.tableId })})` : null}
          </dd>
        </div>
        <div>
          <dt>{t('profiles.indicator.licence')}</dt>
          <dd>{source.licence ?? t('profiles.indicator.licenceUnknown')}</dd>
        </div>
      </dl>
      {notes.text.trim() !== '' ? (
        <div className="stack-sm">
          <p className="facts-label">{t('profiles.indicator.notes')}</p>
          <LocalizedParagraphs text={indicator.notes} />
        </div>
      ) : null}
    </div>
  );
}
