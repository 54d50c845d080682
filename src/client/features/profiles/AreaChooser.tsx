import { useId } from 'react';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { ProgrammeStatistics } from '../../../shared/contracts/indicators';
import type { Programme } from '../../../shared/contracts/programmes';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/forms/SelectField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollTable } from '../../components/ScrollTable';
import { ObservationValue } from '../../components/statistics/ObservationValue';
import { periodText } from '../../components/statistics/format';
import { rankingDisplay, rankingFacts, referencePointsAt } from '../../components/statistics/chart-data';
import { rankingSummary } from '../../components/statistics/summaries';
import { MapPanel } from './MapPanel';
import { useIndicatorView } from './profiles.queries';
import { AreaMarkedText, AreaName, useAreaNameWriter } from '../../components/statistics/AreaName';

/**
 * The programme's areas, each leading to its profile, with one indicator's latest figure beside
 * it; for areas that lie in one municipality (Oslo's districts) the same figures on a map.
 */
export function AreaChooser({ programme, statistics }: { programme: Programme; statistics: ProgrammeStatistics }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const selectId = useId();
  const summaryId = useId();
  const [params, setParams] = useSearchParams();
  const code = statistics.indicators.find((i) => i.code === params.get('indikator'))?.code ?? statistics.indicators[0]!.code;
  const view = useIndicatorView(code, { programme: programme.slug });
  const indicator = statistics.indicators.find((i) => i.code === code)!;
  const indicatorName = pickText(indicator.name, locale).text;
  const referenceCodes = new Set(statistics.referenceAreas.map((a) => a.code));
  const display = view.data ? rankingDisplay(view.data.ranking, referenceCodes, indicator.direction, referencePointsAt(view.data.series, view.data.period)) : null;
  const points = new Map((view.data?.ranking ?? []).map((r) => [r.area.code, r.point]));
  const period = view.data?.period ?? null;

  const areaName = useAreaNameWriter();
  const summary = display ? rankingSummary(display, rankingFacts(display, null), indicator, locale, t, areaName) : '';

  return (
    <div className="stack">
      <Paragraph>{t('profiles.statistics.areasIntro')}</Paragraph>
      <SelectField
        id={selectId}
        className="narrow"
        label={t('profiles.statistics.showIndicator')}
        value={code}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          next.set('indikator', e.target.value);
          setParams(next, { replace: true, preventScrollReset: true });
        }}
      >
        {statistics.indicators.map((i) => (
          <option key={i.code} value={i.code}>
            {pickText(i.name, locale).text}
          </option>
        ))}
      </SelectField>
      {view.isError ? <ProblemAlert error={view.error} /> : null}
      <div className="chart-and-table">
        {view.data?.mapParent ? (
          <MapPanel
            view={view.data}
            indicator={indicator}
            chosenCode={null}
            label={t('profiles.map.label', { indicator: indicatorName, parent: view.data.mapParent.name, period: period ? periodText(period, locale) : '' })}
            summaryId={summaryId}
            small
          />
        ) : null}
        <ScrollTable label={t('profiles.statistics.areasTable')}>
          <Table zebra className="statistics-table">
            <caption className="ds-sr-only">{t('profiles.statistics.areasTable')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('statisticsCommon.area')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">
                  {indicatorName}
                  {period ? <span className="header-detail">{periodText(period, locale)}</span> : null}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {statistics.focusAreas.map((area) => (
                <Table.Row key={area.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`/program/${programme.slug}/statistikk/omrade/${area.code}`}>
                      <AreaName name={area.name} />
                    </AppLink>
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">{view.data ? <ObservationValue point={points.get(area.code)} indicator={indicator} /> : null}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      </div>
      {!view.data?.mapParent && summary ? (
        <Paragraph>
          <AreaMarkedText text={summary} />
        </Paragraph>
      ) : null}
    </div>
  );
}
