import { useEffect, useRef, useState } from 'react';
import type * as ChartsModule from './charts';
import './statistics.css';

/** The chart builders (Observable Plot and d3): loaded once, by the first chart that is drawn. */
export type Charts = typeof ChartsModule;
export type ChartBuilder = (charts: Charts, width: number) => SVGSVGElement | HTMLElement;

let charts: Promise<Charts> | undefined;
/**
 * Plot and d3 weigh more than the rest of a page's script, so they come in a chunk of their own
 * after the page is in: the text summary and the table beside each chart are readable first.
 */
function loadCharts(): Promise<Charts> {
  charts ??= import('./charts');
  return charts;
}

/**
 * The space a chart will take, kept free until it is drawn (the page arrives rendered, the
 * chart after the script): a fixed height, or a shape (height over width) with optional bounds.
 */
export type ChartSpace = { height: number } | { aspect: number; className?: string };

/**
 * Makes a Plot output fit the page: Plot writes a `<style>` element into its SVG, which the
 * Content-Security-Policy (no inline styles) would refuse and report, so it is removed before
 * the node enters the document (statistics.css carries the same rules). The chart becomes one image
 * with a name and a pointer to its visible text description.
 */
export function prepareChartNode(node: SVGSVGElement | HTMLElement, label: string, descriptionId: string | undefined): SVGSVGElement | HTMLElement {
  for (const style of Array.from(node.querySelectorAll('style'))) style.remove();
  // Plot names its groups ("bar", "y-axis tick"); inside one image they are not read, and ARIA
  // does not allow a name on an element without a role, so checkers flag them.
  for (const el of Array.from(node.querySelectorAll('[aria-label], [aria-description]'))) {
    if (el === node) continue;
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  const svg = node instanceof SVGSVGElement ? node : node.querySelector('svg');
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    svg.removeAttribute('aria-description');
    if (descriptionId) svg.setAttribute('aria-describedby', descriptionId);
    else svg.removeAttribute('aria-describedby');
    svg.setAttribute('focusable', 'false');
  }
  return node;
}

/**
 * Draws an Observable Plot chart into a container after render (Plot needs the DOM), once the
 * chart code has loaded and the chart comes near the screen, and redraws it when the container's
 * width changes, so charts reflow on a phone instead of shrinking their text. `build` should be
 * memoised: a new function redraws the chart.
 */
export function PlotChart({
  build,
  label,
  descriptionId,
  className,
  fixedWidth,
  space,
}: {
  build: ChartBuilder;
  /** The chart's accessible name. */
  label: string;
  /** The id of the visible text that describes what the chart shows. */
  descriptionId?: string;
  className?: string;
  /** Draw at this width instead of the container's (e.g. sparklines). */
  fixedWidth?: number;
  space?: ChartSpace;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const spaceRef = useRef<SVGSVGElement>(null);
  const [measured, setMeasured] = useState<number | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el || fixedWidth !== undefined || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      // Small changes (a scroll bar appearing) are not worth a redraw.
      if (width > 0) setMeasured((old) => (old !== null && Math.abs(old - width) < 8 ? old : width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fixedWidth]);

  // Charts below the screen are drawn when the reader scrolls near them: the first tap on a
  // long page is not held up by charts nobody has seen yet.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '400px 0px' });
    observer.observe(el.parentElement ?? el);
    return () => observer.disconnect();
  }, [near]);

  useEffect(() => {
    const el = ref.current;
    if (!el || !near) return;
    let node: SVGSVGElement | HTMLElement | undefined;
    let task: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    void loadCharts().then((module) => {
      if (cancelled) return;
      // Each chart is drawn in a task of its own: a page with three charts does not hold up the
      // reader's first tap for the time of all three.
      task = setTimeout(() => {
        // Before the first measurement the container's own width avoids drawing at a guessed size.
        const width = fixedWidth ?? measured ?? (el.clientWidth > 0 ? el.clientWidth : 640);
        node = prepareChartNode(build(module, width), label, descriptionId);
        el.replaceChildren(node);
        // Drawn: the kept space goes (hidden, not removed: React owns it).
        spaceRef.current?.setAttribute('hidden', '');
      }, 0);
    });
    return () => {
      cancelled = true;
      clearTimeout(task);
      node?.remove();
    };
  }, [build, measured, fixedWidth, label, descriptionId, near]);

  return (
    <>
      <div ref={ref} className={className ? `plot-chart ${className}` : 'plot-chart'} />
      {space ? (
        'height' in space ? (
          <svg ref={spaceRef} className="chart-space" width="100%" height={space.height} aria-hidden="true" focusable="false" />
        ) : (
          <svg ref={spaceRef} className={space.className ? `chart-space ${space.className}` : 'chart-space'} viewBox={`0 0 1000 ${Math.round(space.aspect * 1000)}`} width="100%" aria-hidden="true" focusable="false" />
        )
      ) : null}
    </>
  );
}
