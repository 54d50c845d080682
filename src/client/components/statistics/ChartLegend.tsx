import type { ReactNode } from 'react';
import type { LineStyle } from './chart-styles';
import { HATCH_COLOUR } from './chart-styles';
import './statistics.css';

/**
 * A chart legend in HTML: real text that zooms, translates and reads aloud, with a small drawn
 * sample of what each entry looks like in the chart (the sample itself is decoration).
 */
export function ChartLegend({ label, items }: { label: string; items: readonly { key: string; swatch: ReactNode; text: ReactNode }[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <span className="chart-legend-swatch" aria-hidden="true">
            {item.swatch}
          </span>
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}

const SYMBOL_PATHS: Record<LineStyle['symbol'], string> = {
  circle: 'M16,6.5 a3.5,3.5 0 1,0 0.01,0Z',
  square: 'M12.5,6.5h7v7h-7Z',
  triangle: 'M16,5.5L20,13.5H12Z',
  diamond: 'M16,5.5L20,10L16,14.5L12,10Z',
  cross: 'M14.5,6h3v2.5h2.5v3h-2.5v2.5h-3v-2.5h-2.5v-3h2.5Z',
};

/** A line sample with the series' dash and symbol. */
export function LineSwatch({ style }: { style: LineStyle }) {
  return (
    <svg width="32" height="20" viewBox="0 0 32 20" focusable="false">
      <line x1="1" y1="10" x2="31" y2="10" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash} />
      <path d={SYMBOL_PATHS[style.symbol]} fill={style.colour} />
    </svg>
  );
}

/** A filled box, optionally outlined thickly (the chosen area on the map). */
export function BoxSwatch({ fill, outline, thick = false }: { fill: string; outline: string; thick?: boolean }) {
  return (
    <svg width="24" height="18" viewBox="0 0 24 18" focusable="false">
      <rect x={thick ? 2 : 1} y={thick ? 2 : 1} width={thick ? 20 : 22} height={thick ? 14 : 16} fill={fill} stroke={outline} strokeWidth={thick ? 3 : 1} />
    </svg>
  );
}

/** The hatching of areas without a figure, as on the map. */
export function HatchSwatch({ id }: { id: string }) {
  return (
    <svg width="24" height="18" viewBox="0 0 24 18" focusable="false">
      <defs>
        <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={HATCH_COLOUR} strokeWidth="2.5" />
        </pattern>
      </defs>
      <rect x="1" y="1" width="22" height="16" fill={`url(#${id})`} stroke="#3c3c3c" strokeWidth="1" />
    </svg>
  );
}

/** A vertical reference line sample, as the reference areas are drawn on the bar chart. */
export function RuleSwatch({ style }: { style: LineStyle }) {
  return (
    <svg width="24" height="20" viewBox="0 0 24 20" focusable="false">
      <line x1="12" y1="1" x2="12" y2="19" stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />
    </svg>
  );
}

/** The mark on the time axis where a long stretch without figures is left out. */
export function BreakSwatch() {
  return (
    <svg width="32" height="20" viewBox="0 0 32 20" focusable="false">
      <line x1="1" y1="10" x2="31" y2="10" stroke="#3c3c3c" strokeWidth="1" />
      <rect x="10" y="4" width="12" height="12" fill="#ffffff" />
      <path d="M10,15L14,5M18,15L22,5" stroke="#3c3c3c" strokeWidth="1.5" fill="none" />
    </svg>
  );
}
