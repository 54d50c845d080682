import type { ReactNode, RefObject } from 'react';
import type { LineStyle } from './chart-styles';
import type { ChartText } from './line-chart-layout';
import './statistics.css';

/**
 * A chart drawn as SVG by React, on the server as in the browser: one image with a name and a
 * pointer to its visible text description. Its texts are laid out by the chart's layout, which
 * has already made sure that none of them touches another.
 */
export function ChartSvg({
  frame,
  width,
  height,
  label,
  descriptionId,
  className,
  children,
}: {
  frame: RefObject<HTMLDivElement | null>;
  width: number;
  height: number;
  label: string;
  descriptionId: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div ref={frame} className={className ? `svg-chart ${className}` : 'svg-chart'}>
      <svg role="img" aria-label={label} aria-describedby={descriptionId} focusable="false" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {children}
      </svg>
    </div>
  );
}

/** The chart's texts, each from its left edge with its middle on its line. */
export function ChartTexts({ texts }: { texts: readonly ChartText[] }) {
  return (
    <g className="chart-texts" fill="currentColor">
      {texts.map((t, i) => (
        <text
          key={`${t.kind}-${i}`}
          className={`chart-text chart-${t.kind}`}
          x={Math.round(t.x * 10) / 10}
          y={Math.round(t.y * 10) / 10}
          dy="0.35em"
          fontWeight={t.bold ? 'bold' : undefined}
          fontStyle={t.italic ? 'italic' : undefined}
          fill={t.fill}
        >
          {t.text}
        </text>
      ))}
    </g>
  );
}

/** The symbol a series marks its figures with, centred on (x, y), about 2r across. */
export function SymbolMark({ symbol, x, y, r, fill }: { symbol: LineStyle['symbol']; x: number; y: number; r: number; fill: string }) {
  const p = (n: number) => Math.round(n * 10) / 10;
  switch (symbol) {
    case 'circle':
      return <circle cx={p(x)} cy={p(y)} r={r} fill={fill} />;
    case 'square':
      return <rect x={p(x - r * 0.9)} y={p(y - r * 0.9)} width={p(r * 1.8)} height={p(r * 1.8)} fill={fill} />;
    case 'triangle':
      return <path d={`M${p(x)},${p(y - r * 1.15)}L${p(x + r * 1.1)},${p(y + r * 0.8)}H${p(x - r * 1.1)}Z`} fill={fill} />;
    case 'diamond':
      return <path d={`M${p(x)},${p(y - r * 1.25)}L${p(x + r)},${p(y)}L${p(x)},${p(y + r * 1.25)}L${p(x - r)},${p(y)}Z`} fill={fill} />;
    case 'cross': {
      const a = r * 0.4;
      const b = r * 1.1;
      return <path d={`M${p(x - a)},${p(y - b)}h${p(2 * a)}v${p(b - a)}h${p(b - a)}v${p(2 * a)}h${p(a - b)}v${p(b - a)}h${p(-2 * a)}v${p(a - b)}h${p(a - b)}v${p(-2 * a)}h${p(b - a)}Z`} fill={fill} />;
    }
  }
}
