import { areaNameIn, type AreaNames } from '../../../shared/domain/area-names';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { getVisibleProgramme } from '../programmes/programmes.service';
import { getIndicatorRow } from '../indicators/indicators.service';
import { listProgrammeAreaRefs, listProgrammeIndicatorRows } from '../indicators/indicators.repo';
import type { IndicatorRow } from '../indicators/indicators.table';
import type { ExportQuery } from '../../../shared/contracts/profiles';
import type { Locale } from '../../../shared/domain/localized';
import { CSV_BOM, CsvWriter, csvHeader } from './profiles.csv';
import { exportRows, hasBreakdown, readExtent, type ExportFilter } from './profiles.export-repo';
import { inSnapshot } from '../../db/snapshot';
import { JsonStatWriter } from './profiles.jsonstat';
import { breakdownLabelKeys, pickLabel } from './profiles.labels';
import { codeList, invalidQuery } from './profiles.query';
import * as repo from './profiles.repo';
import { sortPeriodCodes } from '../indicators/indicators.repo';
import { serverTranslator } from '../../i18n/translator';
import { sourceLine } from '../../../shared/domain/figure-sources';
import { resolveSources } from './profiles.sources';

/** A file to download: its name, type and content as a stream of text. */
export interface Download {
  fileName: string;
  contentType: string;
  body: AsyncIterable<string>;
}

interface ExportSpec {
  db: Db;
  indicators: IndicatorRow[];
  /** The areas asked for, in order; null for every area with an observation. */
  areas: ({ id: string; code: string } & AreaNames)[] | null;
  breakdown: string | undefined;
  title: string;
  baseName: string;
  format: ExportQuery['format'];
  locale: Locale;
}

async function checkBreakdown(db: Db, indicators: readonly IndicatorRow[], breakdown: string | undefined): Promise<void> {
  if (breakdown === undefined || breakdown === '') return;
  if (!(await hasBreakdown(db, indicators.map((i) => i.id), breakdown))) {
    throw invalidQuery('breakdown', `No observation of the export has the breakdown "${breakdown}"`, [breakdown]);
  }
}

async function resolveAreas(db: Db, raw: string | undefined): Promise<ExportSpec['areas']> {
  const codes = codeList(raw);
  if (codes === undefined || codes.length === 0) return null;
  const found = await Promise.all(codes.map((c) => repo.findAreaByCode(db, c)));
  const unknown = codes.filter((_, i) => !found[i]);
  if (unknown.length) throw invalidQuery('areas', `No area has the code(s) ${unknown.join(', ')}`, unknown);
  return found.map((a) => ({ id: a!.id, code: a!.code, name: a!.name, nameNn: a!.nameNn, nameEn: a!.nameEn }));
}

async function* csvBody(spec: ExportSpec, filter: ExportFilter): AsyncGenerator<string> {
  const keys = new Set<string>();
  for (const list of await Promise.all(spec.indicators.map((i) => repo.listBreakdownKeys(spec.db, i.id)))) for (const k of list) keys.add(k);
  const labels = await repo.listBreakdownLabels(spec.db, breakdownLabelKeys(keys));
  const sources = new Map<string, string>();
  const { t } = serverTranslator(spec.locale);
  const writer = new CsvWriter({ locale: spec.locale, indicators: new Map(spec.indicators.map((i) => [i.id, i])), labels, sources });
  yield CSV_BOM + csvHeader(spec.locale);
  yield* inSnapshot(spec.db, async function* (client) {
    for await (const page of exportRows(client, filter)) {
      // A page names few sources, mostly ones already seen: only new ones are looked up.
      const unseen = [...new Set(page.map((r) => r[8]))].filter((k) => !sources.has(k));
      if (unseen.length > 0) for (const s of await resolveSources(spec.db, unseen)) sources.set(s.key, sourceLine(s, t));
      yield writer.rows(page);
    }
  });
}

async function* jsonStatBody(spec: ExportSpec, filter: ExportFilter): AsyncGenerator<string> {
  yield* inSnapshot(spec.db, async function* (client) {
    const extent = await readExtent(client, filter);
    const [labels, sources] = await Promise.all([repo.listBreakdownLabels(spec.db, breakdownLabelKeys(extent.breakdowns)), resolveSources(spec.db, extent.sources)]);
    const writer = new JsonStatWriter({
      locale: spec.locale,
      title: spec.title,
      indicators: spec.indicators,
      areas: spec.areas?.map((a) => ({ code: a.code, name: areaNameIn(a, spec.locale).text })) ?? extent.areas,
      periods: sortPeriodCodes(extent.periods),
      breakdowns: extent.breakdowns,
      labels,
      updated: extent.updated,
      sources,
      exportedAt: new Date(),
    });
    yield writer.head();
    for await (const page of exportRows(client, filter)) yield writer.cells(page);
    yield writer.tail();
  });
}

function download(spec: ExportSpec): Download {
  const filter: ExportFilter = { indicatorIds: spec.indicators.map((i) => i.id), areaIds: spec.areas?.map((a) => a.id) ?? null, breakdown: spec.breakdown, locale: spec.locale };
  const date = new Date().toISOString().slice(0, 10);
  return spec.format === 'csv'
    ? { fileName: `${spec.baseName}-${date}.csv`, contentType: 'text/csv; charset=utf-8', body: csvBody(spec, filter) }
    : { fileName: `${spec.baseName}-${date}.json`, contentType: 'application/json; charset=utf-8', body: jsonStatBody(spec, filter) };
}

/** One indicator's observations, for the areas asked for (all by default), as CSV or JSON-stat. */
export async function exportIndicator(db: Db, code: string, q: ExportQuery): Promise<Download> {
  const indicator = await getIndicatorRow(db, code);
  const areas = await resolveAreas(db, q.areas);
  await checkBreakdown(db, [indicator], q.breakdown);
  return download({
    db,
    indicators: [indicator],
    areas,
    breakdown: q.breakdown,
    title: pickLabel(indicator.name, q.lang) ?? indicator.code,
    baseName: indicator.code,
    format: q.format,
    locale: q.lang,
  });
}

/** The profile's indicators for the area and its reference areas, every period, as CSV or JSON-stat. */
export async function exportProfile(db: Db, actor: Actor, programmeId: string, areaCode: string, q: ExportQuery): Promise<Download> {
  const programme = await getVisibleProgramme(db, actor, programmeId);
  const area = await repo.findAreaByCode(db, areaCode);
  if (!area) throw notFound('The area');
  const [indicators, references] = await Promise.all([listProgrammeIndicatorRows(db, programmeId), listProgrammeAreaRefs(db, programmeId, 'reference')]);
  await checkBreakdown(db, indicators, q.breakdown);
  const areas = [area, ...references.filter((r) => r.id !== area.id)];
  return download({
    db,
    indicators,
    areas,
    breakdown: q.breakdown,
    title: `${pickLabel(programme.name, q.lang) ?? programme.slug}: ${areaNameIn(area, q.lang).text}`,
    baseName: `profil-${programme.slug}-${area.code}`,
    format: q.format,
    locale: q.lang,
  });
}
