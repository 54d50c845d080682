import type { ReactNode } from 'react';
import { Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { Indicator } from '../../../shared/contracts/indicators';
import { formatNumber } from '../../../shared/domain/format-value';
import { useLocale } from '../../app/locale-context';
import { LocalizedInline, LocalizedParagraphs, useLocalized } from '../LocalizedText';
import { periodSpan } from './format';
import { isWebUrl } from '../../../shared/domain/web-url';
import './statistics.css';

/** The illustrative mark, said in words: such figures are not real published statistics. */
export function IllustrativeTag() {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color="warning">
      {t('statisticsCommon.illustrative')}
    </Tag>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function TargetGroup({ from, to }: { from: number | null; to: number | null }) {
  const { t } = useTranslation();
  if (from !== null && to !== null) return <>{t('profiles.indicator.ages', { from, to })}</>;
  if (from !== null) return <>{t('profiles.indicator.agesFrom', { from })}</>;
  if (to !== null) return <>{t('profiles.indicator.agesTo', { to })}</>;
  return <>{t('profiles.indicator.allAges')}</>;
}

/**
 * What an indicator measures. The public pages show it as it is (`detail="public"`) and name the
 * sources of their figures apart (SourceList); the catalogue's read-only view adds what the
 * catalogue keeps of it: its code, its name, its decimals, how many figures it holds and the
 * source recorded on it (`detail="full"`).
 */
export function IndicatorFacts({
  indicator,
  detail = 'public',
}: {
  indicator: Indicator;
  detail?: 'public' | 'full';
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notes = useLocalized(indicator.notes);
  const full = detail === 'full';
  const { source } = indicator;
  const span = periodSpan(indicator.firstPeriod, indicator.lastPeriod, locale);
  return (
    <div className="stack-sm">
      {full && source.isIllustrative ? (
        <div>
          <IllustrativeTag />
        </div>
      ) : null}
      <LocalizedParagraphs text={indicator.description} />
      <dl className="facts indicator-facts">
        {full ? (
          <>
            <Fact term={t('indicators.form.code')}>
              <code>{indicator.code}</code>
            </Fact>
            <Fact term={t('indicators.form.name')}>
              <LocalizedInline text={indicator.name} />
            </Fact>
          </>
        ) : null}
        <Fact term={t('statisticsCommon.unit')}>
          {t(`indicatorUnit.${indicator.unit}`)}
          {full ? ` (${t('indicators.decimalsCount', { count: indicator.decimals })})` : null}
        </Fact>
        <Fact term={t('profiles.direction')}>{t(`direction.${indicator.direction}`)}</Fact>
        <Fact term={t('profiles.topic')}>{t(`indicatorTopic.${indicator.topic}`)}</Fact>
        <Fact term={t('profiles.indicator.targetGroup')}>
          <TargetGroup from={indicator.ageFrom} to={indicator.ageTo} />
        </Fact>
        {full ? (
          <Fact term={t('indicators.observations')}>
            {indicator.observationCount === 0
              ? t('indicators.noObservations')
              : t('indicators.observationSpan', {
                  count: indicator.observationCount,
                  n: formatNumber(indicator.observationCount, 0, locale),
                  span,
                })}
          </Fact>
        ) : span ? (
          <Fact term={t('profiles.indicator.span')}>{span}</Fact>
        ) : null}
        {/* On public pages the figures name their own sources (SourceList): an indicator's
            recorded source is only where figures entered without an import come from. */}
        {full ? (
          <>
            <Fact term={t('indicators.recordedSource')}>
              {isWebUrl(source.url) ? (
                <Link href={source.url} rel="noopener noreferrer">
                  {source.publisher}
                </Link>
              ) : (
                source.publisher
              )}
              {source.tableId
                ? ` (${t('profiles.indicator.table', { id: source.tableId })})`
                : null}
            </Fact>
            <Fact term={t('profiles.indicator.licence')}>
              {source.licence ?? t('profiles.indicator.licenceUnknown')}
            </Fact>
          </>
        ) : null}
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
