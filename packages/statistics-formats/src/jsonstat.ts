import type { Cube } from './cube';
import { StatisticsParseError } from './errors';
import { hasUtf8Bom } from './encoding';
import { jsonErrorOffset, lineColumnOf } from './json-position';
import { readAllBytes, type StatisticsInput } from './input';
import { normaliseDataset } from './jsonstat-dataset';
import { invalid, isRecord, optionalString, own, shown, type JsonRecord } from './jsonstat-dimensions';

export interface JsonStatItem {
  /** Bundle key, or the position in a collection as a string. */
  key: string;
  label: string | null;
  href: string | null;
  /** The dataset when its data is in the document; null for a link only. */
  cube: Cube | null;
}

export interface JsonStatDocument {
  kind: 'dataset' | 'collection' | 'bundle';
  label: string | null;
  items: JsonStatItem[];
  /** Picks a dataset by position, bundle key, href or label; the first one with data by default. */
  dataset(selector?: number | string): Cube;
}

const MAX_COLLECTION_DEPTH = 8;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const position = offset >= 0 ? lineColumnOf(text, offset) : null;
    const found =
      offset >= text.length
        ? 'unexpected end of input'
        : `unexpected ${JSON.stringify(text.slice(offset, offset + 12))}`;
    throw new StatisticsParseError(
      'JSONSTAT_INVALID',
      `Not valid JSON: ${offset >= 0 ? found : error instanceof Error ? error.message : 'syntax error'}`,
      position,
    );
  }
}

function looksLikeDataset(node: JsonRecord): boolean {
  return own(node, 'dimension') !== undefined && own(node, 'value') !== undefined;
}

function collectItems(
  node: JsonRecord,
  path: (string | number)[],
  depth: number,
  out: JsonStatItem[],
): void {
  const link = own(node, 'link');
  const list = isRecord(link) ? own(link, 'item') : undefined;
  if (list === undefined) return;
  if (!Array.isArray(list))
    throw invalid('"link.item" must be an array', [...path, 'link', 'item']);
  list.forEach((raw, i) => {
    const at = [...path, 'link', 'item', i];
    if (!isRecord(raw)) throw invalid('Collection items must be objects', at);
    const cls = own(raw, 'class');
    if (cls === 'collection' && depth < MAX_COLLECTION_DEPTH) {
      collectItems(raw, at, depth + 1, out);
      return;
    }
    const embedded = (cls === 'dataset' || cls === undefined) && looksLikeDataset(raw);
    out.push({
      key: String(out.length),
      label: optionalString(own(raw, 'label')) ?? null,
      href: optionalString(own(raw, 'href')) ?? null,
      cube: embedded ? normaliseDataset(raw, at) : null,
    });
  });
}

function makeDocument(
  kind: JsonStatDocument['kind'],
  label: string | null,
  items: JsonStatItem[],
): JsonStatDocument {
  return {
    kind,
    label,
    items,
    dataset(selector?: number | string): Cube {
      const withData = items.filter((item) => item.cube !== null);
      let found: JsonStatItem | undefined;
      if (selector === undefined) found = withData[0];
      else if (typeof selector === 'number') found = items[selector];
      else
        found = items.find(
          (item) => item.key === selector || item.href === selector || item.label === selector,
        );
      if (!found?.cube) {
        const what =
          selector === undefined
            ? 'The document holds no dataset with data'
            : `No dataset with data matches "${String(selector)}"`;
        throw new StatisticsParseError(
          'JSONSTAT_NO_DATASET',
          found ? `${what}: it is only a link to ${found.href ?? 'another document'}` : what,
        );
      }
      return found.cube;
    },
  };
}

/** Reads a JSON-stat document (2.0 dataset or collection, or a 1.x bundle) from parsed JSON. */
export function jsonStatFromValue(root: unknown): JsonStatDocument {
  if (!isRecord(root)) throw invalid('A JSON-stat document must be a JSON object', []);
  const cls = own(root, 'class');
  const label = optionalString(own(root, 'label')) ?? null;
  if (
    cls === 'dataset' ||
    (cls === undefined &&
      looksLikeDataset(root) &&
      (Array.isArray(own(root, 'id')) || isRecord(own(root, 'dimension'))))
  ) {
    if (cls === undefined && !Array.isArray(own(root, 'id'))) {
      const dims = own(root, 'dimension');
      if (!(isRecord(dims) && Array.isArray(own(dims, 'id'))))
        throw invalid('A dataset needs an "id" array of dimension ids', ['id']);
    }
    return makeDocument('dataset', label, [
      {
        key: '0',
        label,
        href: optionalString(own(root, 'href')) ?? null,
        cube: normaliseDataset(root, []),
      },
    ]);
  }
  if (cls === 'collection') {
    const items: JsonStatItem[] = [];
    collectItems(root, [], 0, items);
    return makeDocument('collection', label, items);
  }
  if (cls === 'dimension')
    throw invalid('A JSON-stat "dimension" response describes one dimension and holds no cells', [
      'class',
    ]);
  if (cls !== undefined && cls !== 'bundle')
    throw invalid(`Unknown JSON-stat class "${shown(cls)}"`, ['class']);
  // JSON-stat 1.x bundle: every member that looks like a dataset is one.
  const items: JsonStatItem[] = [];
  for (const [key, node] of Object.entries(root)) {
    if (isRecord(node) && looksLikeDataset(node)) {
      items.push({
        key,
        label: optionalString(own(node, 'label')) ?? null,
        href: optionalString(own(node, 'href')) ?? null,
        cube: normaliseDataset(node, [key]),
      });
    }
  }
  if (items.length === 0)
    throw invalid('Not a JSON-stat document: no "class", and no member looks like a dataset', []);
  return makeDocument('bundle', null, items);
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function decodeJsonBytes(bytes: Uint8Array): string {
  // JSON is UTF-8 by definition (RFC 8259); a BOM is tolerated, not required.
  const text = new TextDecoder('utf-8').decode(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes);
  return text;
}

/** Parses JSON-stat from text, bytes, a file or a stream. */
export async function parseJsonStat(input: StatisticsInput): Promise<JsonStatDocument> {
  const text =
    typeof input === 'string' ? withoutBom(input) : decodeJsonBytes(await readAllBytes(input));
  return jsonStatFromValue(parseJson(text));
}

/** Shortcut for the common case: one dataset (see JsonStatDocument.dataset for the selector). */
export async function parseJsonStatDataset(
  input: StatisticsInput,
  selector?: number | string,
): Promise<Cube> {
  return (await parseJsonStat(input)).dataset(selector);
}
