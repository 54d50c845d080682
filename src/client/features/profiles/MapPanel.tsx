import { useMemo } from 'react';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { Direction } from '../../../shared/contracts/indicators';
import type { IndicatorView } from '../../../shared/contracts/profiles';
import { useLocale } from '../../app/locale-context';
import { Loading } from '../../components/Loading';
import { ScrollTable } from '../../components/ScrollTable';
import { classOf } from '../../components/statistics/chart-data';
import { ChoroplethMap, mapValues, useColourClasses } from '../../components/statistics/ChoroplethMap';
import { valueText, type UnitInfo } from '../../components/statistics/format';
import { mapFeatures } from '../../components/statistics/geo';
import { ObservationValue } from '../../components/statistics/ObservationValue';
import { mapSummary } from '../../components/statistics/summaries';
import { useAreaGeometries } from './profiles.queries';
import { AreaMarkedText, AreaName, useAreaNameWriter } from '../../components/statistics/AreaName';

/**
 * The ranking's areas on a map of the parent area's children (Oslo's city districts), with a
 * text summary of the map first and, when asked, its figures as a table with each area's class.
 */
export function MapPanel({
  view,
  indicator,
  chosenCode,
  label,
  summaryId,
  small = false,
  withTable = false,
}: {
  view: IndicatorView;
  indicator: UnitInfo & { direction: Direction };
  chosenCode: string | null | undefined;
  label: string;
  summaryId: string;
  small?: boolean;
  withTable?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const geometries = useAreaGeometries(view.mapParent?.code);
  const features = useMemo(() => (geometries.data ? mapFeatures(geometries.data) : []), [geometries.data]);
  const figures = useMemo(() => new Map(view.ranking.map((r) => [r.area.code, r.point])), [view.ranking]);
  const values = useMemo(() => mapValues(features, figures), [features, figures]);
  const classes = useColourClasses(values, indicator.decimals);
  const areaName = useAreaNameWriter();
  const summary = features.length > 0 ? mapSummary(values, classes, chosenCode, indicator, locale, t, areaName) : '';

  const map = geometries.isPending ? (
    <Loading label={t('profiles.map.loading')} />
  ) : geometries.isError || features.length === 0 ? (
    <Paragraph className="muted">{t('profiles.map.unavailable')}</Paragraph>
  ) : (
    <ChoroplethMap
      features={features}
      values={values}
      classes={classes}
      chosenCode={chosenCode}
      indicator={indicator}
      label={label}
      descriptionId={summaryId}
      className={small ? 'map-small' : undefined}
    />
  );

  return (
    <div className="stack-sm map-panel">
      {summary ? (
        <Paragraph id={summaryId}>
          <AreaMarkedText text={summary} />
        </Paragraph>
      ) : null}
      {withTable && features.length > 0 ? (
        <div className="chart-and-table">
          {map}
          <ScrollTable label={t('profiles.map.table')}>
            <Table zebra className="statistics-table">
              <caption className="ds-sr-only">{t('profiles.map.table')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('statisticsCommon.area')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('statisticsCommon.value')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('profiles.map.class')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {features.map((f) => {
                  const v = values.get(f.properties.code)!;
                  const c = v.value !== null && classes.length > 0 ? classes[classOf(v.value, classes)] : undefined;
                  return (
                    <Table.Row key={f.properties.code} className={f.properties.code === chosenCode ? 'chosen-row' : undefined}>
                      <Table.HeaderCell scope="row">
                        <AreaName name={v.name} />
                      </Table.HeaderCell>
                      <Table.Cell className="numeric">
                        {v.status === 'missing' ? <span className="observation observation-missing">{t('profiles.map.missing')}</span> : <ObservationValue point={figures.get(f.properties.code)} indicator={indicator} />}
                      </Table.Cell>
                      <Table.Cell>
                        {c ? t('profiles.legend.range', { from: valueText(c.from, indicator, locale), to: valueText(c.to, indicator, locale) }) : t('profiles.legend.noFigure')}
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </ScrollTable>
        </div>
      ) : (
        map
      )}
    </div>
  );
}
