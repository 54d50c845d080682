import type { CubeDimension, DimensionRole } from '@samordna/statistics-formats';

/**
 * What the mapping step needs of a file's dimension: ids, labels (in every language the file
 * has), role, time unit and every category. Kept with the upload, so a mapping can be checked
 * without reading the file again.
 */
export interface SourceCategory {
  code: string;
  label: string;
  labels?: Record<string, string>;
}

export interface SourceDimension {
  id: string;
  label: string;
  labels?: Record<string, string>;
  role: DimensionRole;
  timeUnit?: string;
  categories: SourceCategory[];
}

export function toSourceDimension(d: CubeDimension): SourceDimension {
  const out: SourceDimension = {
    id: d.id,
    label: d.label,
    role: d.role,
    categories: d.categories.map((c) => (c.labels ? { code: c.code, label: c.label, labels: c.labels } : { code: c.code, label: c.label })),
  };
  if (d.labels) out.labels = d.labels;
  if (d.timeUnit) out.timeUnit = d.timeUnit;
  return out;
}

/** Bokmål, nynorsk and English labels from a source's languages ("no" is taken as bokmål). */
export function localizedLabel(label: string, labels: Record<string, string> | undefined): { nb: string; nn?: string; en?: string } {
  const out: { nb: string; nn?: string; en?: string } = { nb: labels?.nb ?? labels?.no ?? label };
  if (labels?.nn) out.nn = labels.nn;
  if (labels?.en) out.en = labels.en;
  return out;
}
