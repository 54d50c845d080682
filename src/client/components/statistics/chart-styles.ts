/**
 * How charts tell things apart. Every distinction also has a second channel besides colour
 * (dash pattern, symbol, outline, text), so it survives colour blindness, greyscale printing
 * and forced-colour modes. Colours have at least 3:1 contrast against white.
 */
export interface LineStyle {
  colour: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  /** The symbol of the dots on the line (see SymbolMark). */
  symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
  width: number;
}

/** The followed area first, then the reference areas in order. */
export const LINE_STYLES: readonly LineStyle[] = [
  { colour: '#1d4f91', dash: undefined, symbol: 'circle', width: 3 },
  { colour: '#b4441a', dash: '7 4', symbol: 'square', width: 2 },
  { colour: '#4d4d4d', dash: '2 3', symbol: 'triangle', width: 2 },
  { colour: '#6a3d9a', dash: '10 3 2 3', symbol: 'diamond', width: 2 },
  { colour: '#2f6b3a', dash: '4 2', symbol: 'cross', width: 2 },
];

export function lineStyle(index: number): LineStyle {
  return LINE_STYLES[Math.min(index, LINE_STYLES.length - 1)]!;
}

/** Bars of the compared areas, and the chosen area's bar (the followed area's line colour). */
export const BAR_COLOUR = '#6a8cb8';
export const CHOSEN_BAR_COLOUR = LINE_STYLES[0]!.colour;

/** Outline of legend swatches and bars; the chosen map area gets a thick outline, not a different fill. */
export const OUTLINE_COLOUR = '#3c3c3c';
export const CHOSEN_OUTLINE_COLOUR = '#000000';
/** Borders between map areas: white shows against every class (at least 3:1). */
export const MAP_BORDER_COLOUR = '#ffffff';

/** Hatching for areas without a figure: grey lines on white, distinct from every class colour. */
export const HATCH_COLOUR = '#767676';

/** Axes and their ticks; the grid behind the figures, faint. */
export const AXIS_COLOUR = '#3c3c3c';
export const GRID_COLOUR = '#e1e1e1';
