import type { ReactNode } from 'react';
import { Heading, Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/contracts/indicators';
import { formatNumber } from '../../../shared/domain/format-value';
import { formatPeriod } from '../../../shared/domain/periods';
import { useLocale } from '../../app/locale-context';
import { LocalizedInline, LocalizedParagraphs } from '../../components/LocalizedText';

/** "2015–2024", "2024" or nothing: the span of an indicator's observations, in the reader's words. */
export function usePeriodSpan(): (first: string | null, last: string | null) => string {
  const locale = useLocale();
  return (first, last) => {
    if (!first || !last) return '';
    const a = formatPeriod(first, locale);
    const b = formatPeriod(last, locale);
    if (a === b) return a;
    // School years already hold a dash (2015–16): the span between them gets spaces to stay readable.
    return /[-\u2013]/.test(a + b) ? `${a} \u2013 ${b}` : `${a}\u2013${b}`;
  };
}

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

/** An indicator's definition, read-only: for those who may look but not edit. */
export function IndicatorFacts({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const span = usePeriodSpan();
  const { source } = indicator;
  const { ageFrom, ageTo } = indicator;
  const age =
    ageFrom !== null && ageTo !== null
      ? t('indicators.ageRange', { from: ageFrom, to: ageTo })
      : ageFrom !== null
        ? t('indicators.ageFromOnly', { from: ageFrom })
        : ageTo !== null
          ? t('indicators.ageToOnly', { to: ageTo })
          : t('common.notSet');
  return (
    <div className="stack">
      {source.isIllustrative ? (
        <div>
          <IllustrativeTag />
        </div>
      ) : null}
      <dl className="facts indicator-facts">
        <Fact term={t('indicators.form.code')}>
          <code>{indicator.code}</code>
        </Fact>
        <Fact term={t('indicators.form.name')}>
          <LocalizedInline text={indicator.name} />
        </Fact>
        <Fact term={t('indicators.form.unit')}>
          {t(`indicatorUnit.${indicator.unit}`)} (
          {t('indicators.decimalsCount', { count: indicator.decimals })})
        </Fact>
        <Fact term={t('indicators.form.direction')}>{t(`direction.${indicator.direction}`)}</Fact>
        <Fact term={t('indicators.form.topic')}>{t(`indicatorTopic.${indicator.topic}`)}</Fact>
        <Fact term={t('indicators.form.ageBand')}>{age}</Fact>
        <Fact term={t('indicators.form.publisher')}>{source.publisher}</Fact>
        <Fact term={t('indicators.form.tableId')}>{source.tableId ?? t('common.notSet')}</Fact>
        <Fact term={t('indicators.form.url')}>
          {source.url ? (
            <Link href={source.url} rel="noreferrer">
              {source.url}
            </Link>
          ) : (
            t('common.notSet')
          )}
        </Fact>
        <Fact term={t('indicators.form.licence')}>{source.licence ?? t('common.notSet')}</Fact>
        <Fact term={t('indicators.observations')}>
          {indicator.observationCount === 0
            ? t('indicators.noObservations')
            : t('indicators.observationSpan', {
                count: indicator.observationCount,
                n: formatNumber(indicator.observationCount, 0, locale),
                span: span(indicator.firstPeriod, indicator.lastPeriod),
              })}
        </Fact>
      </dl>
      {indicator.description.nb ? (
        <section aria-labelledby="indicator-description" className="stack-sm">
          <Heading level={2} id="indicator-description" data-size="xs">
            {t('indicators.form.description')}
          </Heading>
          <LocalizedParagraphs text={indicator.description} />
        </section>
      ) : null}
      {indicator.notes.nb ? (
        <section aria-labelledby="indicator-notes" className="stack-sm">
          <Heading level={2} id="indicator-notes" data-size="xs">
            {t('indicators.form.notes')}
          </Heading>
          <LocalizedParagraphs text={indicator.notes} />
        </section>
      ) : null}
    </div>
  );
}
