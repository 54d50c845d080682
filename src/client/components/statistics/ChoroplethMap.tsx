import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../app/translation';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import { useLocale } from '../../app/locale-context';
import { colourClasses, type ColourClass, type MapValue } from './chart-data';
import { CHOSEN_OUTLINE_COLOUR, OUTLINE_COLOUR } from './chart-styles';
import { BoxSwatch, ChartLegend, HatchSwatch } from './ChartLegend';
import { valueText, type UnitInfo } from './format';
import { mercatorAspect, type MapFeature } from './geo';
import { PlotChart, type Charts } from './PlotChart';
import { useSvgId } from './use-svg-id';

/** The map's figures joined to its outlines: an outline without a figure is "missing". */
export function mapValues(features: readonly MapFeature[], figures: ReadonlyMap<string, { value: number | null; status: ObservationStatus }>): Map<string, MapValue> {
  const out = new Map<string, MapValue>();
  for (const f of features) {
    const figure = figures.get(f.properties.code);
    out.set(f.properties.code, figure ? { name: f.properties.name, value: figure.value, status: figure.status } : { name: f.properties.name, value: null, status: 'missing' });
  }
  return out;
}

export function useColourClasses(values: ReadonlyMap<string, MapValue>, decimals: number): ColourClass[] {
  return useMemo(
    () => colourClasses([...values.values()].flatMap((v) => (v.value === null ? [] : [v.value])), decimals),
    [values, decimals],
  );
}

/** A choropleth with an HTML legend of its colour classes, the hatching and the chosen area. */
export function ChoroplethMap({
  features,
  values,
  classes,
  chosenCode,
  indicator,
  label,
  descriptionId,
  className,
}: {
  features: readonly MapFeature[];
  values: ReadonlyMap<string, MapValue>;
  classes: readonly ColourClass[];
  chosenCode: string | null | undefined;
  indicator: UnitInfo;
  label: string;
  descriptionId: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const patternId = useSvgId('hatch');
  const legendPatternId = useSvgId('hatch-legend');
  const statusText = useCallback((s: ObservationStatus | 'missing') => t(s === 'missing' ? 'profiles.map.missing' : `observationStatusShort.${s}`), [t]);
  const build = useCallback(
    (charts: Charts, width: number) => charts.buildChoropleth({ features, values, classes, chosenCode, patternId, statusText }, width),
    [features, values, classes, chosenCode, patternId, statusText],
  );
  const rangeText = (c: ColourClass) => {
    const from = valueText(c.from, indicator, locale);
    const to = valueText(c.to, indicator, locale);
    return from === to ? from : t('profiles.legend.range', { from, to });
  };
  const aspect = useMemo(() => mercatorAspect(features), [features]);
  const hasEmpty = [...values.values()].some((v) => v.value === null);
  const chosenName = chosenCode ? values.get(chosenCode)?.name : undefined;
  const items = [
    ...classes.map((c, i) => ({
      key: `class-${i}`,
      swatch: <BoxSwatch fill={c.colour} outline={OUTLINE_COLOUR} />,
      text: rangeText(c),
    })),
    ...(hasEmpty ? [{ key: 'empty', swatch: <HatchSwatch id={legendPatternId} />, text: t('profiles.legend.noFigure') }] : []),
    ...(chosenName ? [{ key: 'chosen', swatch: <BoxSwatch fill="#ffffff" outline={CHOSEN_OUTLINE_COLOUR} thick />, text: t('profiles.legend.chosenOutline', { area: chosenName }) }] : []),
  ];
  return (
    <div className={className ? `chart-block ${className}` : 'chart-block'}>
      <PlotChart build={build} label={label} descriptionId={descriptionId} className="map" space={aspect ? { aspect } : undefined} />
      <ChartLegend label={t('profiles.legend.label')} items={items} />
    </div>
  );
}
