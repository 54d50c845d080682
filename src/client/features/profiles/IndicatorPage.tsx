import { useEffect, useId, useMemo } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { ProgrammeStatistics } from '../../../shared/contracts/indicators';
import type { IndicatorView } from '../../../shared/contracts/profiles';
import type { Programme } from '../../../shared/contracts/programmes';
import { isApiError } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useLocalized } from '../../components/LocalizedText';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { rankingDisplay, referencePointsAt } from '../../components/statistics/chart-data';
import { DownloadLinks } from '../../components/statistics/DownloadLinks';
import { periodText } from '../../components/statistics/format';
import { IndicatorFacts } from '../../components/statistics/IndicatorFacts';
import { SourceList } from '../../components/statistics/SourceList';
import { AgeNotice } from '../../components/statistics/AgeNotice';
import { IllustrativeNotice, IllustrativeTag } from './IllustrativeNotice';
import { MapPanel } from './MapPanel';
import { indicatorExportUrl, useIndicatorView } from './profiles.queries';
import { RankingPanel } from './RankingPanel';
import { StatisticsBreadcrumbs, StatisticsSection, WithProgrammeStatistics } from './StatisticsFrame';
import { TrendPanel } from './TrendPanel';
import { useBreakdownLabel, ViewSelectors, type ViewChoice } from './ViewSelectors';

/** One indicator across the programme's areas (ranking, map) and over time, with downloads. */
export default function IndicatorPage() {
  const { slug = '', code = '' } = useParams();
  return (
    <WithProgrammeStatistics slug={slug}>
      {(programme, statistics) => <IndicatorLoader programme={programme} statistics={statistics} code={code} />}
    </WithProgrammeStatistics>
  );
}

/** URL parameters of the choices, in Norwegian like the paths; shared links keep the view. */
const PARAM = { period: 'periode', breakdown: 'inndeling', area: 'omrade' } as const;

/** The choice the server refused (a period the breakdown lacks, an unknown area), if that was the error. */
function refusedChoice(error: unknown): keyof ViewChoice | null {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return null;
  for (const e of error.fieldErrors) {
    const field = e.path.replace(/^querystring\./, '');
    if (field === 'period' || field === 'breakdown' || field === 'area') return field;
  }
  return null;
}

interface DroppedChoice {
  field: keyof ViewChoice;
  value: string;
}

function IndicatorLoader({ programme, statistics, code }: { programme: Programme; statistics: ProgrammeStatistics; code: string }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const asked = {
    period: params.get(PARAM.period) ?? undefined,
    breakdown: params.get(PARAM.breakdown) ?? undefined,
    area: params.get(PARAM.area) ?? undefined,
  };
  const view = useIndicatorView(code, { programme: programme.slug, ...asked });
  const refused = view.isError ? refusedChoice(view.error) : null;
  const refusedValue = refused ? asked[refused] : undefined;

  // A shared or old link (or a period missing in the newly chosen breakdown) should not end in an
  // error page: the refused choice is dropped, the server's default shown, and the page says so.
  useEffect(() => {
    if (!refused || refusedValue === undefined) return;
    const next = new URLSearchParams(params);
    next.delete(PARAM[refused]);
    const dropped: DroppedChoice = { field: refused, value: refusedValue };
    setParams(next, { replace: true, preventScrollReset: true, state: { dropped } });
  }, [refused, refusedValue, params, setParams]);

  if (view.isPending || (refused && refusedValue !== undefined)) return <Loading />;
  if (view.isError) {
    if (isApiError(view.error) && view.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={view.error} />;
  }
  const dropped = (location.state as { dropped?: DroppedChoice } | null)?.dropped ?? null;
  const change = (next: Partial<ViewChoice>) => {
    const updated = new URLSearchParams(params);
    for (const key of Object.keys(next) as (keyof ViewChoice)[]) {
      const value = next[key];
      if (value === null || value === undefined || value === '') updated.delete(PARAM[key]);
      else updated.set(PARAM[key], value);
    }
    setParams(updated, { replace: true, preventScrollReset: true });
  };
  return (
    <IndicatorViewPage
      programme={programme}
      statistics={statistics}
      view={view.data}
      isUpdating={view.isPlaceholderData}
      askedArea={asked.area}
      dropped={dropped}
      onChange={change}
    />
  );
}

function IndicatorViewPage({
  programme,
  statistics,
  view,
  isUpdating,
  askedArea,
  dropped,
  onChange,
}: {
  programme: Programme;
  statistics: ProgrammeStatistics;
  view: IndicatorView;
  isUpdating: boolean;
  askedArea: string | undefined;
  dropped: DroppedChoice | null;
  onChange: (next: Partial<ViewChoice>) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ids = { ranking: useId(), map: useId(), trend: useId() };
  const { indicator } = view;
  const name = useLocalized(indicator.name);
  const description = useLocalized(indicator.description);
  const programmeName = useLocalized(programme.name);
  const breakdownLabel = useBreakdownLabel();
  const followed = view.series.find((s) => !s.isReference)?.area ?? null;
  const chosenCode = followed?.code ?? askedArea ?? null;
  const referenceCodes = useMemo(() => new Set(statistics.referenceAreas.map((a) => a.code)), [statistics.referenceAreas]);
  const display = useMemo(
    () => rankingDisplay(view.ranking, referenceCodes, indicator.direction, referencePointsAt(view.series, view.period)),
    [view.ranking, referenceCodes, indicator.direction, view.series, view.period],
  );
  const period = view.period ? periodText(view.period, locale) : '';
  const breakdown = breakdownLabel(view, view.breakdown);
  const shown = view.breakdown === '' ? period : `${period}, ${breakdown}`;
  const exportAreas = [...statistics.focusAreas, ...statistics.referenceAreas].map((a) => a.code);

  return (
    <article className="stack indicator-page" aria-busy={isUpdating}>
      <StatisticsBreadcrumbs programme={programme} current={{ label: name.text, lang: name.lang }} />
      <PageHeading title={t('profiles.indicator.documentTitle', { indicator: name.text, programme: programmeName.text })} description={description.text} lang={name.lang}>
        {name.text}
      </PageHeading>
      {indicator.isIllustrative ? (
        <div className="tags">
          <IllustrativeTag />
        </div>
      ) : null}
      {indicator.isIllustrative ? <IllustrativeNotice /> : null}
      <IndicatorFacts indicator={indicator} />

      <StatisticsSection id="choices" title={t('profiles.indicator.choicesTitle')}>
        <ViewSelectors
          view={view}
          areas={statistics.focusAreas}
          choice={{ period: view.period, breakdown: view.breakdown, area: chosenCode }}
          onChange={onChange}
        />
        {dropped ? (
          <Alert data-color="info">
            <Paragraph>{t(`profiles.indicator.dropped.${dropped.field}`, { value: dropped.field === 'period' ? periodText(dropped.value, locale) : dropped.value })}</Paragraph>
          </Alert>
        ) : null}
        <p className="muted" role="status">
          {isUpdating ? t('common.loading') : view.period ? t('profiles.indicator.showing', { what: shown }) : t('profiles.summary.noFigures')}
        </p>
      </StatisticsSection>

      <AgeNotice period={view.period} age={view.periodAge} />
      <StatisticsSection id="ranking" title={t('profiles.ranking.title', { what: shown })}>
        <RankingPanel
          display={display}
          chosenCode={chosenCode}
          indicator={indicator}
          label={t('profiles.ranking.label', { indicator: name.text, what: shown })}
          summaryId={ids.ranking}
        />
      </StatisticsSection>

      {view.mapParent ? (
        <StatisticsSection id="map" title={t('profiles.map.title', { parent: view.mapParent.name, what: shown })}>
          <MapPanel
            view={view}
            indicator={indicator}
            chosenCode={chosenCode}
            label={t('profiles.map.label', { indicator: name.text, parent: view.mapParent.name, period: shown })}
            summaryId={ids.map}
            withTable
          />
        </StatisticsSection>
      ) : null}

      <StatisticsSection id="trend" title={followed ? t('profiles.trend.title', { area: followed.name }) : t('profiles.trend.titleGeneric')}>
        {view.breakdown !== '' ? <Paragraph className="muted">{t('profiles.trend.breakdown', { breakdown })}</Paragraph> : null}
        <TrendPanel
          series={view.series}
          periods={view.periods}
          indicator={indicator}
          label={t('profiles.trend.label', { indicator: name.text, areas: view.series.map((s) => s.area.name).join(', ') })}
          summaryId={ids.trend}
        />
      </StatisticsSection>

      <StatisticsSection id="sources" title={t('profiles.sources.title')}>
        <SourceList sources={view.sources} />
      </StatisticsSection>
      <StatisticsSection id="download" title={t('profiles.download.title')}>
        <DownloadLinks
          description={t('profiles.download.indicatorDescription', { indicator: name.text, breakdown })}
          csv={indicatorExportUrl(indicator.code, 'csv', { areas: exportAreas, breakdown: view.breakdown, lang: locale })}
          jsonstat={indicatorExportUrl(indicator.code, 'jsonstat', { areas: exportAreas, breakdown: view.breakdown, lang: locale })}
        />
      </StatisticsSection>
    </article>
  );
}
