import {
  guessRole,
  type CubeCategory,
  type CubeDimension,
  type CubeUnit,
  type DimensionRole,
} from './cube';
import { StatisticsParseError, jsonPath } from './errors';

export type JsonRecord = Record<string, unknown>;
type Path = (string | number)[];

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function invalid(what: string, path: Path): StatisticsParseError {
  return new StatisticsParseError('JSONSTAT_INVALID', what, { path: jsonPath(path) });
}

export function own(record: JsonRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * A value from the file as an error message may quote it: never by `String()`, which runs the
 * file's own `toString` (or throws on an object whose `toString` is not a function).
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return `${value}`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? typeof value;
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return undefined;
}

/** Reads `id` and `size`: at the root in 2.0, inside `dimension` in 1.x bundles. */
export function readIdsAndSizes(
  node: JsonRecord,
  path: Path,
): { ids: string[]; sizes: number[]; dims: JsonRecord; legacy: boolean } {
  const dims = own(node, 'dimension');
  if (!isRecord(dims))
    throw invalid('A dataset needs a "dimension" object', [...path, 'dimension']);
  const legacy = !Array.isArray(own(node, 'id')) && Array.isArray(own(dims, 'id'));
  const base = legacy ? [...path, 'dimension'] : path;
  const holder = legacy ? dims : node;
  const rawIds = own(holder, 'id');
  const rawSizes = own(holder, 'size');
  if (!Array.isArray(rawIds))
    throw invalid('A dataset needs an "id" array of dimension ids', [...base, 'id']);
  if (!Array.isArray(rawSizes)) throw invalid('A dataset needs a "size" array', [...base, 'size']);
  if (rawIds.length !== rawSizes.length) {
    throw invalid(
      `"id" lists ${rawIds.length} dimensions but "size" has ${rawSizes.length} entries`,
      [...base, 'size'],
    );
  }
  const ids: string[] = [];
  const seen = new Set<string>();
  rawIds.forEach((id, i) => {
    if (typeof id !== 'string') throw invalid('Dimension ids must be strings', [...base, 'id', i]);
    if (seen.has(id)) throw invalid(`Dimension id "${id}" is listed twice`, [...base, 'id', i]);
    if (id === 'id' || id === 'size' || id === 'role') {
      if (legacy)
        throw invalid(`Dimension id "${id}" collides with a JSON-stat 1.x member`, [
          ...base,
          'id',
          i,
        ]);
    }
    seen.add(id);
    ids.push(id);
  });
  const sizes = rawSizes.map((size, i) => {
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) {
      throw invalid('Sizes must be non-negative integers', [...base, 'size', i]);
    }
    return size;
  });
  return { ids, sizes, dims, legacy };
}

/** Role per dimension id from `role` (root in 2.0, `dimension.role` in 1.x). */
export function readRoles(
  node: JsonRecord,
  dims: JsonRecord,
  legacy: boolean,
): Map<string, DimensionRole> {
  const roles = new Map<string, DimensionRole>();
  const raw = legacy ? own(dims, 'role') : own(node, 'role');
  if (!isRecord(raw)) return roles;
  for (const role of ['time', 'geo', 'metric'] as const) {
    const list = own(raw, role);
    if (!Array.isArray(list)) continue;
    for (const id of list) if (typeof id === 'string' && !roles.has(id)) roles.set(id, role);
  }
  return roles;
}

function readUnit(raw: unknown): CubeUnit | undefined {
  if (!isRecord(raw)) return undefined;
  const unit: CubeUnit = {};
  const label = optionalString(own(raw, 'label')) ?? optionalString(own(raw, 'base'));
  if (label !== undefined) unit.label = label;
  const decimals = own(raw, 'decimals');
  if (typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0)
    unit.decimals = decimals;
  const symbol = optionalString(own(raw, 'symbol'));
  if (symbol !== undefined) unit.symbol = symbol;
  return unit;
}

/** Category codes in data order. Order comes from `index` only, never from `label`'s key order. */
function readCodes(category: JsonRecord, size: number, path: Path): string[] {
  const index = own(category, 'index');
  if (Array.isArray(index)) {
    const seen = new Set<string>();
    return index.map((code, i) => {
      if (typeof code !== 'string' && typeof code !== 'number')
        throw invalid('Category ids must be strings', [...path, 'index', i]);
      const text = String(code);
      if (seen.has(text))
        throw invalid(`Category "${text}" is listed twice`, [...path, 'index', i]);
      seen.add(text);
      return text;
    });
  }
  if (isRecord(index)) {
    const keys = Object.keys(index);
    const codes = new Array<string | undefined>(keys.length).fill(undefined);
    for (const key of keys) {
      const pos = index[key];
      if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0 || pos >= keys.length) {
        throw invalid(
          `Category "${key}" has position ${shown(pos)}, expected 0 to ${keys.length - 1}`,
          [...path, 'index', key],
        );
      }
      if (codes[pos] !== undefined)
        throw invalid(`Two categories share position ${pos}`, [...path, 'index', key]);
      codes[pos] = key;
    }
    return codes.map((c) => c ?? '');
  }
  if (index !== undefined)
    throw invalid('"index" must be an array or an object', [...path, 'index']);
  const label = own(category, 'label');
  const keys = isRecord(label) ? Object.keys(label) : [];
  if (keys.length === 1 && keys[0] !== undefined) return [keys[0]];
  if (keys.length === 0 && size === 0) return [];
  throw invalid(
    keys.length === 0
      ? 'A category needs an "index" or a "label"'
      : 'A dimension with more than one category needs an "index" (label order is not data order)',
    [...path, 'index'],
  );
}

export function readDimension(
  id: string,
  size: number,
  raw: unknown,
  role: DimensionRole | undefined,
  path: Path,
): CubeDimension {
  if (!isRecord(raw)) throw invalid(`Dimension "${id}" is listed in "id" but not described`, path);
  const label = optionalString(own(raw, 'label')) ?? id;
  const category = own(raw, 'category');
  if (!isRecord(category))
    throw invalid(`Dimension "${id}" needs a "category" object`, [...path, 'category']);
  const codes = readCodes(category, size, [...path, 'category']);
  if (codes.length !== size) {
    throw invalid(`Dimension "${id}" has ${codes.length} categories but its size is ${size}`, [
      ...path,
      'category',
      'index',
    ]);
  }
  const labels = own(category, 'label');
  const units = own(category, 'unit');
  const parents = new Map<string, string>();
  const child = own(category, 'child');
  if (isRecord(child)) {
    for (const [parent, kids] of Object.entries(child)) {
      if (Array.isArray(kids))
        for (const kid of kids)
          if (typeof kid === 'string' && !parents.has(kid)) parents.set(kid, parent);
    }
  }
  const categories = codes.map((code): CubeCategory => {
    const cat: CubeCategory = {
      code,
      label: (isRecord(labels) ? optionalString(own(labels, code)) : undefined) ?? code,
    };
    const unit = isRecord(units) ? readUnit(own(units, code)) : undefined;
    if (unit) cat.unit = unit;
    const parent = parents.get(code);
    if (parent !== undefined) cat.parent = parent;
    return cat;
  });
  const dimension: CubeDimension = { id, label, role: role ?? guessRole(id, label), categories };
  const notes = stringList(own(raw, 'note'));
  if (notes && notes.length > 0) dimension.notes = notes;
  return dimension;
}
