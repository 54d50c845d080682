import { serverTranslator } from '../../i18n/translator';
import { sourceLine } from '../../../shared/domain/figure-sources';
import type { FigureSource } from '../../../shared/contracts/profiles';
import type { Locale, LocalizedText } from '../../../shared/domain/localized';
import { formatPeriod } from '../../../shared/domain/periods';
import { isWithheldStatus, type ObservationStatus } from '../../../shared/domain/statistics';
import type { ImportMappingInput } from '../../../shared/contracts/imports';
import type { IndicatorRow } from '../indicators/indicators.table';
import { statusForSymbol } from '@samordna/statistics-formats';
import type { ExportRow } from './profiles.export-repo';
import { isWebUrl } from '../../../shared/domain/web-url';
import { breakdownParts, commonTerm, pickLabel, unitLabel } from './profiles.labels';

/**
 * JSON-stat 2.0 datasets written as PxWebApi v2 writes them, so any JSON-stat reader (and our own
 * importer) takes them back: area (role geo), one dimension per breakdown dimension, indicator
 * (role metric, each with its unit and decimals) and period (role time). Values are a sparse
 * object (an export rarely fills the whole cube, and an absent cell must not read as a figure);
 * `status` is sparse too and carries the source's symbols. A withheld cell is `null` with its
 * symbol — ":" for suppressed — and never a number.
 */

/** The category that stands for "all" in a breakdown dimension (SDMX's code for a total). */
export const TOTAL_CATEGORY = '_T';

/** The symbol written for a status when the stored one would read back as another status. */
const STATUS_SYMBOL: Record<ObservationStatus, string | null> = {
  none: null,
  provisional: 'p',
  break: 'b',
  suppressed: ':',
  not_available: '..',
  not_applicable: '.',
  estimate: 'e',
};

/**
 * The symbol to export: the source's own when a reader would take it back as the same status,
 * else the standard one (SSB's table symbols) for the status.
 */
export function exportSymbol(status: ObservationStatus, symbol: string | null, hasNumber: boolean): string | null {
  if (symbol !== null && symbol !== '' && statusForSymbol(symbol, hasNumber) === status) return symbol;
  return STATUS_SYMBOL[status];
}

const UNIT_SYMBOL: Partial<Record<IndicatorRow['unit'], { symbol: string; position: 'start' | 'end' }>> = {
  percent: { symbol: '%', position: 'end' },
  nok: { symbol: 'kr', position: 'end' },
};

export interface JsonStatSpec {
  locale: Locale;
  title: string;
  indicators: readonly IndicatorRow[];
  areas: readonly { code: string; name: string }[];
  periods: readonly string[];
  breakdowns: readonly string[];
  labels: ReadonlyMap<string, LocalizedText>;
  updated: Date | null;
  /** The sources of the exported figures. */
  sources: readonly FigureSource[];
  exportedAt: Date;
}

/** A dimension id that does not clash with a breakdown dimension of the same name. */
function freeId(wanted: string, taken: ReadonlySet<string>): string {
  let id = wanted;
  while (taken.has(id)) id = `${id}_`;
  return id;
}

/** Writes one dataset: `head()`, then `cells(rows)` for each page of rows, then `tail()`. */
export class JsonStatWriter {
  private readonly sizes: number[];
  private readonly areaIndex: Map<string, number>;
  private readonly indicatorIndex: Map<string, number>;
  private readonly periodIndex: Map<string, number>;
  private readonly breakdownDims: { id: string; categories: string[]; index: Map<string, number> }[];
  private readonly breakdownCells = new Map<string, number[]>();
  private readonly ids: { area: string; indicator: string; period: string };
  private readonly status: string[] = [];
  private written = 0;

  constructor(private readonly spec: JsonStatSpec) {
    const categories = new Map<string, Set<string>>();
    for (const key of spec.breakdowns) for (const [d, c] of breakdownParts(key)) (categories.get(d) ?? categories.set(d, new Set()).get(d)!).add(c);
    const natural = (a: string, b: string) => a.localeCompare(b, 'nb', { numeric: true });
    this.breakdownDims = [...categories.keys()].sort(natural).map((id) => {
      const list = [TOTAL_CATEGORY, ...[...categories.get(id)!].sort(natural)];
      return { id, categories: list, index: new Map(list.map((c, i) => [c, i])) };
    });
    const taken = new Set(this.breakdownDims.map((d) => d.id));
    this.ids = { area: freeId('area', taken), indicator: freeId('indicator', taken), period: freeId('period', taken) };
    this.areaIndex = new Map(spec.areas.map((a, i) => [a.code, i]));
    this.indicatorIndex = new Map(spec.indicators.map((r, i) => [r.id, i]));
    this.periodIndex = new Map(spec.periods.map((p, i) => [p, i]));
    this.sizes = [spec.areas.length, ...this.breakdownDims.map((d) => d.categories.length), spec.indicators.length, spec.periods.length];
  }

  /** Everything up to the opening of `value`. */
  head(): string {
    const { spec, ids } = this;
    const { locale } = spec;
    const name = (r: IndicatorRow) => pickLabel(r.name, locale) ?? r.code;
    const dimension: Record<string, unknown> = {
      [ids.area]: {
        label: commonTerm('area', locale),
        category: { index: spec.areas.map((a) => a.code), label: Object.fromEntries(spec.areas.map((a) => [a.code, a.name])) },
      },
    };
    for (const d of this.breakdownDims) {
      dimension[d.id] = {
        label: pickLabel(spec.labels.get(d.id), locale) ?? d.id,
        category: {
          index: d.categories,
          label: Object.fromEntries(
            d.categories.map((c) => [c, c === TOTAL_CATEGORY ? commonTerm('total', locale) : (pickLabel(spec.labels.get(`${d.id}=${c}`), locale) ?? c)]),
          ),
        },
      };
    }
    dimension[ids.indicator] = {
      label: commonTerm('indicator', locale),
      category: {
        index: spec.indicators.map((r) => r.code),
        label: Object.fromEntries(spec.indicators.map((r) => [r.code, name(r)])),
        unit: Object.fromEntries(spec.indicators.map((r) => [r.code, { label: unitLabel(r.unit, locale), decimals: r.decimals, ...UNIT_SYMBOL[r.unit] }])),
      },
    };
    dimension[ids.period] = {
      label: commonTerm('period', locale),
      category: { index: [...spec.periods], ...(spec.periods.length ? { label: Object.fromEntries(spec.periods.map((p) => [p, formatPeriod(p, locale)])) } : {}) },
    };
    const { t } = serverTranslator(locale);
    const publishers = spec.sources.length > 0 ? [...new Set(spec.sources.map((s) => sourceLine(s, t)))] : [...new Set(spec.indicators.map((r) => r.sourcePublisher))];
    const illustrative = spec.indicators.filter((r) => r.isIllustrative).map(name);
    const head = {
      version: '2.0',
      class: 'dataset',
      label: spec.title,
      source: publishers.join('; '),
      ...(spec.updated ? { updated: spec.updated.toISOString() } : {}),
      ...(illustrative.length ? { note: [`${commonTerm('illustrative', locale)}: ${illustrative.join(', ')}`] } : {}),
      id: [ids.area, ...this.breakdownDims.map((d) => d.id), ids.indicator, ids.period],
      size: this.sizes,
      role: { geo: [ids.area], time: [ids.period], metric: [ids.indicator] },
      dimension,
      extension: { samordna: this.provenance() },
    };
    return `${JSON.stringify(head).slice(0, -1)},"value":{`;
  }

  /** What a reader needs to trust and re-import the file: sources, languages, the mapping. */
  private provenance() {
    const { spec, ids } = this;
    const mapping: ImportMappingInput = {
      version: 1,
      area: { dimension: ids.area },
      period: { dimension: ids.period },
      indicator: { dimension: ids.indicator, categories: Object.fromEntries(spec.indicators.map((r) => [r.code, r.code])) },
      breakdowns: this.breakdownDims.map((d) => ({ dimension: d.id, total: TOTAL_CATEGORY })),
    };
    return {
      exportedAt: spec.exportedAt.toISOString(),
      language: spec.locale,
      breakdownTotal: TOTAL_CATEGORY,
      indicators: Object.fromEntries(
        spec.indicators.map((r) => [
          r.code,
          {
            direction: r.direction,
            topic: r.topic,
            source: { publisher: r.sourcePublisher, tableId: r.sourceTableId, url: isWebUrl(r.sourceUrl) ? r.sourceUrl : null, licence: r.sourceLicence, isIllustrative: r.isIllustrative },
          },
        ]),
      ),
      /** Where the figures come from, each import's own (profiles.sources.ts). */
      sources: spec.sources.map(({ key: _key, ...source }) => source),
      symbols: { p: 'provisional', b: 'break', e: 'estimate', ':': 'suppressed', '..': 'not_available', '.': 'not_applicable' },
      mapping,
    };
  }

  private breakdownCoords(key: string): number[] {
    let coords = this.breakdownCells.get(key);
    if (!coords) {
      const parts = new Map(breakdownParts(key));
      coords = this.breakdownDims.map((d) => d.index.get(parts.get(d.id) ?? TOTAL_CATEGORY) ?? 0);
      this.breakdownCells.set(key, coords);
    }
    return coords;
  }

  /** `"index":value` entries for a page of rows; withheld cells are null, whatever is stored. */
  cells(rows: readonly ExportRow[]): string {
    const dims = this.breakdownDims;
    const nInd = this.spec.indicators.length;
    const nPer = this.spec.periods.length;
    let out = '';
    for (const [indicatorId, areaCode, , period, breakdown, value, status, symbol] of rows) {
      const area = this.areaIndex.get(areaCode);
      const ind = this.indicatorIndex.get(indicatorId);
      const per = this.periodIndex.get(period);
      if (area === undefined || ind === undefined || per === undefined) continue;
      let index = area;
      const coords = this.breakdownCoords(breakdown);
      for (let d = 0; d < dims.length; d++) index = index * dims[d]!.categories.length + coords[d]!;
      index = (index * nInd + ind) * nPer + per;
      // A finite number prints the same as JSON; NaN or infinity (never a figure) as null.
      const hasNumber = value !== null && Number.isFinite(value) && !isWithheldStatus(status);
      out += `${this.written++ > 0 ? ',' : ''}"${index}":${hasNumber ? String(value) : 'null'}`;
      if (status !== 'none' || symbol !== null) {
        const s = exportSymbol(status, symbol, hasNumber);
        if (s !== null) this.status.push(`"${index}":${JSON.stringify(s)}`);
      }
    }
    return out;
  }

  tail(): string {
    return `},"status":{${this.status.join(',')}}}`;
  }
}
