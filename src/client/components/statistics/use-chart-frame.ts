import { useEffect, useRef, useState } from 'react';
import { estimateWidth, type Measure } from './chart-scales';

/** The width a chart is laid out at on the server (and before the browser has measured): it then scales to its box. */
export const SERVER_CHART_WIDTH = 600;

/**
 * Measures chart texts in the font the chart is drawn in, with a canvas; null where there is no
 * canvas (tests in jsdom), and the estimate stays.
 */
function canvasMeasure(el: Element): Measure | null {
  if (typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom')) return null;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  const family = getComputedStyle(el).fontFamily || 'sans-serif';
  const widths = new Map<string, number>();
  return (text, { bold = false, size = 12 } = {}) => {
    const key = `${bold ? 'b' : ''}${size}:${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = `${bold ? 'bold ' : ''}${size}px ${family}`;
      // A pixel to spare for rounding and for italic overhang.
      width = Math.ceil(context.measureText(text).width) + 1;
      widths.set(key, width);
    }
    return width;
  };
}

/**
 * The box a chart is drawn in: its width, followed as it changes, and a measure of text. The
 * server (and the browser's first render, which must match it) lays the chart out at
 * SERVER_CHART_WIDTH with estimated text widths; once in the browser, the chart is laid out
 * again at its box's real width with its texts measured in the page's font, when the font has
 * loaded.
 */
export function useChartFrame() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  const [measure, setMeasure] = useState<{ measure: Measure }>({ measure: estimateWidth });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let live = true;
    const update = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth((old) => (old === w ? old : w));
    };
    update();
    const measured = canvasMeasure(el);
    if (measured) setMeasure({ measure: measured });
    void document.fonts?.ready.then(() => {
      const again = live ? canvasMeasure(el) : null;
      if (again) setMeasure({ measure: again });
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      live = false;
      observer?.disconnect();
    };
  }, []);

  return { ref, width: width ?? SERVER_CHART_WIDTH, measure: measure.measure };
}
