import { localizedLabel, type SourceDimension } from '../source/source-dimensions';
import type { DimensionUse } from './plan-dimensions';

export interface BreakdownPlan {
  /** Position of the dimension in the file. */
  index: number;
  /** Per category: `dimension=category`, or "" for the total. */
  parts: string[];
}

export interface BreakdownLabel {
  key: string;
  label: { nb: string; nn?: string; en?: string };
}

export interface BreakdownsPlan {
  /** Per breakdown or filter dimension (by position in the file): each category's target, or -1. */
  targets: Map<number, Int32Array>;
  /** Breakdown dimensions in key order (sorted by dimension id). */
  breakdowns: BreakdownPlan[];
  /** The source's labels of the breakdown dimensions and their categories, for `breakdown_labels`. */
  labels: BreakdownLabel[];
}

/** Breakdown keys are `dim=cat;dim2=cat`: the separators may not appear inside a part. */
export const keyPart = (s: string) => s.replace(/[;=]/g, '_');

/**
 * The dimensions that are neither area, period nor indicator: a filter keeps the cells of one
 * category (0) and leaves out the rest (-1); a breakdown keeps every category and names each in
 * the cell's breakdown key, its total category as no breakdown at all ("").
 */
export function planBreakdowns(dims: readonly SourceDimension[], uses: readonly DimensionUse[]): BreakdownsPlan {
  const targets = new Map<number, Int32Array>();
  const breakdowns: BreakdownPlan[] = [];
  const labels: BreakdownLabel[] = [];
  for (const u of uses) {
    const d = dims[u.index]!;
    if (u.part === 'filter') {
      const map = new Int32Array(d.categories.length).fill(-1);
      if (u.category >= 0) map[u.category] = 0;
      targets.set(u.index, map);
    } else if (u.part === 'breakdown') {
      targets.set(u.index, Int32Array.from(d.categories, (_, i) => i));
      const dimKey = keyPart(d.id);
      breakdowns.push({ index: u.index, parts: d.categories.map((c, i) => (i === u.category ? '' : `${dimKey}=${keyPart(c.code)}`)) });
      labels.push({ key: dimKey, label: localizedLabel(d.label, d.labels) });
      d.categories.forEach((c, i) => {
        if (i !== u.category) labels.push({ key: `${dimKey}=${keyPart(c.code)}`, label: localizedLabel(c.label, c.labels) });
      });
    }
  }
  breakdowns.sort((a, b) => {
    const x = keyPart(dims[a.index]!.id);
    const y = keyPart(dims[b.index]!.id);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { targets, breakdowns, labels };
}
