import {
  Interner,
  batchSizeOf,
  cubeSize,
  type BatchOptions,
  type Cube,
  type CubeMeta,
  type SymbolLegendEntry,
} from './cube';
import { MAX_CUBE_CELLS, StatisticsParseError, jsonPath } from './errors';
import {
  invalid,
  isRecord,
  optionalString,
  own,
  readDimension,
  readIdsAndSizes,
  readRoles,
  stringList,
  type JsonRecord,
} from './jsonstat-dimensions';
import { emit, type StatusForm, type ValueForm } from './jsonstat-cells';
import { lookupSymbol } from './symbols';

type Path = (string | number)[];

/** The cell position a key like "17" names, or -1 ("017", "1.5" and "x" name none). */
function positionKey(key: string): number {
  const n = key.length;
  if (n === 0 || n > 15 || (n > 1 && key.charCodeAt(0) === 48)) return -1;
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    pos = pos * 10 + c;
  }
  return pos;
}

/**
 * Positions of a sparse `{"0": x, "5": y}` object in ascending order, validated against the
 * cube size. Engines list integer keys in ascending order already, so sorting is rarely needed.
 */
function sparseEntries(
  record: JsonRecord,
  cells: number,
  path: Path,
): { at: Float64Array; list: unknown[] } {
  const keys = Object.keys(record);
  const at = new Float64Array(keys.length);
  const list = new Array<unknown>(keys.length);
  let sorted = true;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] ?? '';
    const pos = positionKey(key);
    if (pos < 0 || pos >= cells)
      throw invalid(`Key "${key}" is not a cell position between 0 and ${cells - 1}`, [
        ...path,
        key,
      ]);
    at[k] = pos;
    list[k] = record[key];
    if (k > 0 && pos <= (at[k - 1] ?? -1)) sorted = false;
  }
  if (sorted) return { at, list };
  const order = Array.from(keys, (_, k) => k).sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0));
  return { at: Float64Array.from(order, (k) => at[k] ?? 0), list: order.map((k) => list[k]) };
}

/** Normalises one JSON-stat dataset node (2.0 dataset or 1.x bundle member). */
export function normaliseDataset(node: JsonRecord, path: Path): Cube {
  const { ids, sizes, dims, legacy } = readIdsAndSizes(node, path);
  const roles = readRoles(node, dims, legacy);
  const dimensions = ids.map((id, i) =>
    readDimension(id, sizes[i] ?? 0, own(dims, id), roles.get(id), [...path, 'dimension', id]),
  );
  const cells = cubeSize(sizes);
  if (cells > MAX_CUBE_CELLS) {
    throw new StatisticsParseError(
      'CUBE_TOO_LARGE',
      `The dimensions describe ${cells} cells, more than the ${MAX_CUBE_CELLS} we accept`,
      {
        path: jsonPath([...path, legacy ? 'dimension' : 'size']),
      },
    );
  }

  const symbols = new Interner();
  const notesInterner = new Interner();
  const values = readValues(node, cells, path);
  const status = readStatus(node, cells, path, symbols);

  const meta: CubeMeta = {
    format: 'jsonstat',
    encoding: 'utf-8',
    title: optionalString(own(node, 'label')) ?? null,
    languages: [],
    dimensions,
    cells,
  };
  const source = optionalString(own(node, 'source'));
  const updated = optionalString(own(node, 'updated'));
  const href = optionalString(own(node, 'href'));
  if (source !== undefined || updated !== undefined || href !== undefined) {
    meta.source = {};
    if (source !== undefined) meta.source.name = source;
    if (updated !== undefined) meta.source.updated = updated;
    if (href !== undefined) meta.source.href = href;
  }
  const extension = own(node, 'extension');
  const px = isRecord(extension) ? own(extension, 'px') : undefined;
  const language = isRecord(px) ? optionalString(own(px, 'language')) : undefined;
  if (language) meta.languages = [language];
  const tableId = isRecord(px) ? optionalString(own(px, 'tableid')) : undefined;
  if (tableId) meta.source = { ...meta.source, tableId };
  const notes = stringList(own(node, 'note'));
  if (notes && notes.length > 0) meta.notes = notes;
  if (values.kind === 'empty' && cells > 0) meta.metadataOnly = true;
  const legend = buildLegend(symbols.list);
  if (legend.length > 0) meta.symbolLegend = legend;

  return {
    meta,
    batches: (options?: BatchOptions) =>
      emit(values, status, cells, symbols, notesInterner, batchSizeOf(options), path),
  };
}

function readValues(node: JsonRecord, cells: number, path: Path): ValueForm {
  const raw = own(node, 'value');
  if (Array.isArray(raw)) {
    // PxWebApi's metadata responses send `"value": []`: a cube with shape but no figures.
    if (raw.length === 0 && cells > 0) return { kind: 'empty' };
    if (raw.length !== cells)
      throw invalid(`"value" has ${raw.length} entries but the dimensions give ${cells} cells`, [
        ...path,
        'value',
      ]);
    return { kind: 'dense', list: raw };
  }
  if (isRecord(raw)) return { kind: 'sparse', ...sparseEntries(raw, cells, [...path, 'value']) };
  throw invalid('A dataset needs "value" as an array or an object', [...path, 'value']);
}

/** Symbol id of a status entry; -1 when it is not a string (the caller knows the path). */
function symbolId(raw: unknown, symbols: Interner): number {
  if (raw === null || raw === undefined || raw === '') return 0;
  return typeof raw === 'string' ? symbols.id(raw) : -1;
}

function checked(id: number, path: Path): number {
  if (id < 0) throw invalid('Status entries must be strings', path);
  return id;
}

function readStatus(node: JsonRecord, cells: number, path: Path, symbols: Interner): StatusForm {
  const raw = own(node, 'status');
  const at = [...path, 'status'];
  if (raw === undefined || raw === null) return { kind: 'none' };
  if (typeof raw === 'string') return { kind: 'all', symbol: checked(symbolId(raw, symbols), at) };
  if (Array.isArray(raw)) {
    if (raw.length === 0) return { kind: 'none' };
    if (raw.length === 1)
      return { kind: 'all', symbol: checked(symbolId(raw[0], symbols), [...at, 0]) };
    if (raw.length !== cells)
      throw invalid(`"status" has ${raw.length} entries; expected 1 or ${cells}`, at);
    for (let i = 0; i < raw.length; i++) if (symbolId(raw[i], symbols) < 0) checked(-1, [...at, i]);
    return { kind: 'each', list: raw };
  }
  if (isRecord(raw)) {
    // One pass over the keys: SSB tables carry tens of thousands of status entries.
    const keys = Object.keys(raw);
    let positions = new Float64Array(keys.length);
    let ids = new Uint32Array(keys.length);
    let sorted = true;
    let last: unknown = undefined;
    let lastId = 0;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] ?? '';
      const pos = positionKey(key);
      if (pos < 0 || pos >= cells)
        throw invalid(`Key "${key}" is not a cell position between 0 and ${cells - 1}`, [
          ...at,
          key,
        ]);
      const s = raw[key];
      // Statuses repeat a handful of symbols; the last one saves most map lookups.
      if (k === 0 || s !== last) {
        lastId = symbolId(s, symbols);
        if (lastId < 0) checked(lastId, [...at, key]);
        last = s;
      }
      positions[k] = pos;
      ids[k] = lastId;
      if (k > 0 && pos <= (positions[k - 1] ?? -1)) sorted = false;
    }
    if (!sorted) {
      const order = Array.from(keys, (_, k) => k).sort(
        (a, b) => (positions[a] ?? 0) - (positions[b] ?? 0),
      );
      const byPosition = positions;
      const byId = ids;
      positions = Float64Array.from(order, (k) => byPosition[k] ?? 0);
      ids = Uint32Array.from(order, (k) => byId[k] ?? 0);
    }
    return { kind: 'sparse', at: positions, symbol: ids };
  }
  throw invalid('"status" must be a string, an array or an object', at);
}

function buildLegend(symbols: readonly string[]): SymbolLegendEntry[] {
  return symbols.map((symbol) => {
    const known = lookupSymbol(symbol);
    const entry: SymbolLegendEntry = {
      symbol,
      text: known?.description ?? symbol,
      status: known?.status ?? 'none',
    };
    if (known?.nil) entry.nil = true;
    return entry;
  });
}
