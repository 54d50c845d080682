import * as Plot from '@observablehq/plot';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import { classOf, type ColourClass } from './chart-data';
import { CHOSEN_OUTLINE_COLOUR, HATCH_COLOUR, MAP_BORDER_COLOUR, OUTLINE_COLOUR } from './chart-styles';
import { withoutSpecks, type MapFeature } from './geo';

/**
 * The map, drawn with Observable Plot in the browser (the bar and line charts are SVG drawn by
 * React, see RankingChart and SeriesChart).
 */
export interface ChoroplethInput {
  features: readonly MapFeature[];
  values: ReadonlyMap<string, { value: number | null; status: ObservationStatus | 'missing' }>;
  classes: readonly ColourClass[];
  chosenCode: string | null | undefined;
  /** Unique per page: the hatch pattern is referenced by id. */
  patternId: string;
  statusText: (status: ObservationStatus | 'missing') => string;
}

const LABEL_AT_MOST = 5;

/** A map mark that only adds the hatch pattern the areas without a figure are filled with. */
function hatchPattern(id: string) {
  return (_index: unknown, _scales: unknown, _values: unknown, _dimensions: unknown, context: { document: Document }) => {
    const ns = 'http://www.w3.org/2000/svg';
    const doc = context.document;
    const defs = doc.createElementNS(ns, 'defs');
    const pattern = doc.createElementNS(ns, 'pattern');
    pattern.setAttribute('id', id);
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', '6');
    pattern.setAttribute('height', '6');
    pattern.setAttribute('patternTransform', 'rotate(45)');
    const background = doc.createElementNS(ns, 'rect');
    background.setAttribute('width', '6');
    background.setAttribute('height', '6');
    background.setAttribute('fill', '#ffffff');
    const line = doc.createElementNS(ns, 'line');
    line.setAttribute('x1', '0');
    line.setAttribute('y1', '0');
    line.setAttribute('x2', '0');
    line.setAttribute('y2', '6');
    line.setAttribute('stroke', HATCH_COLOUR);
    line.setAttribute('stroke-width', '2.5');
    pattern.append(background, line);
    defs.append(pattern);
    return defs;
  };
}

/**
 * Areas filled by colour class, areas without a figure hatched and labelled with their status,
 * the chosen area outlined thickly. Mercator keeps city-district shapes true at this scale.
 */
export function buildChoropleth(input: ChoroplethInput, width: number) {
  const { features, values, classes, chosenCode } = input;
  const valued: MapFeature[] = [];
  const empty: MapFeature[] = [];
  for (const f of features) {
    const v = values.get(f.properties.code);
    if (v && v.value !== null && classes.length > 0) valued.push(f);
    else empty.push(f);
  }
  const fill = (f: MapFeature) => classes[classOf(values.get(f.properties.code)!.value!, classes)]!.colour;
  const chosen = features.filter((f) => f.properties.code === chosenCode).map((f) => withoutSpecks(f));
  const status = (f: MapFeature) => input.statusText(values.get(f.properties.code)?.status ?? 'missing');
  return Plot.plot({
    width,
    margin: 4,
    projection: { type: 'mercator', domain: { type: 'FeatureCollection', features: [...features] }, inset: 4 },
    marks: [
      hatchPattern(input.patternId),
      Plot.geo(valued, { fill, stroke: MAP_BORDER_COLOUR, strokeWidth: 1 }),
      Plot.geo(empty, { fill: `url(#${input.patternId})`, stroke: OUTLINE_COLOUR, strokeWidth: 0.75 }),
      // The chosen area's black outline on a white halo: it shows on the lightest and the darkest class.
      Plot.geo(chosen, { fill: 'none', stroke: MAP_BORDER_COLOUR, strokeWidth: 6, strokeLinejoin: 'round' }),
      Plot.geo(chosen, { fill: 'none', stroke: CHOSEN_OUTLINE_COLOUR, strokeWidth: 3, strokeLinejoin: 'round' }),
      // A few labels say which districts have no figure; a map full of them would hide the map.
      Plot.text(empty.length <= LABEL_AT_MOST ? empty : [], Plot.centroid({ text: status, fill: '#000000', stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke', fontWeight: 'bold' })),
    ],
  });
}
