import { describe, expect, it } from 'vitest';
import {
  ImportMapping,
  type InspectDimension,
  type Upload,
} from '../../../shared/contracts/imports';
import {
  checkDraft,
  draftFromMapping,
  mappingFileName,
  mappingFileText,
  mappingFromDraft,
  setDimensionChoice,
  setDimensionUse,
  unusedDimensions,
} from './mapping-draft';

const dim = (id: string, role: InspectDimension['role'], codes: string[]): InspectDimension => ({
  id,
  label: id.toLowerCase(),
  role,
  size: codes.length,
  timeUnit: null,
  categories: codes.map((code) => ({ code, label: `label ${code}` })),
  isTruncated: false,
});

// The shape of SSB's KOSTRA city-district table, with a sex dimension and an age dimension added.
const region = dim('KOKbydelsregion0000', 'geo', ['EAB', '030101', '030112']);
const contents = dim('ContentsCode', 'metric', ['SYNTHratePer1000', 'SYNTHcount']);
const time = dim('Tid', 'time', ['2022', '2023', '2024']);
const sex = dim('Kjonn', null, ['0', '1', '2']);
const age = dim('Alder', null, ['0-17', '18-66']);
const unit = dim('Enhet', null, ['per1000']);
const upload: Pick<Upload, 'dimensions' | 'dataset' | 'sourceUrl'> = {
  dimensions: [region, contents, time, sex, age, unit],
  dataset: 0,
  sourceUrl: 'https://data.ssb.no/api/pxwebapi/v2/tables/12345/data',
};

const suggested = {
  version: 1 as const,
  area: { dimension: 'KOKbydelsregion0000' },
  period: { dimension: 'Tid' },
  indicator: {
    dimension: 'ContentsCode',
    categories: { SYNTHratePer1000: 'barnevern-tiltak-andel' },
  },
  breakdowns: [{ dimension: 'Kjonn', total: '0' }],
};

describe('mapping draft', () => {
  it("takes each dimension's use from a suggested mapping, and the source address from the upload", () => {
    const { draft, ignored } = draftFromMapping(upload, suggested);
    expect(ignored).toEqual([]);
    expect(
      Object.fromEntries(Object.entries(draft.dimensions).map(([id, c]) => [id, c.use])),
    ).toEqual({
      KOKbydelsregion0000: 'area',
      ContentsCode: 'indicator',
      Tid: 'period',
      Kjonn: 'breakdown',
      Alder: 'none',
      Enhet: 'none',
    });
    expect(draft.dimensions.Kjonn!.total).toBe('0');
    expect(draft.indicatorCategories).toEqual({ SYNTHratePer1000: 'barnevern-tiltak-andel' });
    expect(draft.sourceUrl).toBe(upload.sourceUrl);
  });

  it('lists the dimensions still without a use; one with a single category may stay unused', () => {
    const { draft } = draftFromMapping(upload, suggested);
    expect(unusedDimensions(draft, upload.dimensions).map((d) => d.id)).toEqual(['Alder']);
    const problems = checkDraft(draft, upload.dimensions);
    expect(problems).toEqual([
      {
        path: 'dimension.4',
        key: 'imports.draft.unused',
        params: { dimension: 'alder', count: 2 },
      },
    ]);

    const filtered = setDimensionUse(draft, age, 'filter');
    expect(filtered.dimensions.Alder).toMatchObject({ use: 'filter', category: '0-17' });
    expect(unusedDimensions(filtered, upload.dimensions)).toEqual([]);
    expect(checkDraft(filtered, upload.dimensions)).toEqual([]);
  });

  it('gives the area, period and indicator to one dimension only: choosing another leaves the first unused', () => {
    const { draft } = draftFromMapping(upload, suggested);
    const next = setDimensionUse(draft, sex, 'area');
    expect(next.dimensions.Kjonn!.use).toBe('area');
    expect(next.dimensions.KOKbydelsregion0000!.use).toBe('none');
    // Breakdowns and filters may be many.
    const two = setDimensionUse(setDimensionUse(draft, age, 'breakdown'), unit, 'breakdown');
    expect(['Kjonn', 'Alder', 'Enhet'].map((id) => two.dimensions[id]!.use)).toEqual([
      'breakdown',
      'breakdown',
      'breakdown',
    ]);
  });

  it('asks for a fixed value when no dimension holds the area, period or indicator', () => {
    const { draft } = draftFromMapping(upload, suggested);
    const noTime = setDimensionUse(draft, time, 'filter');
    expect(checkDraft(noTime, upload.dimensions).map((p) => p.path)).toEqual([
      'dimension.4',
      'fixed.period',
    ]);
    const badPeriod = { ...noTime, fixed: { ...noTime.fixed, period: 'sist år' } };
    expect(checkDraft(badPeriod, upload.dimensions)).toContainEqual({
      path: 'fixed.period',
      key: 'imports.draft.badPeriod',
      params: { value: 'sist år' },
    });
    const schoolYear = { ...noTime, fixed: { ...noTime.fixed, period: '2023-24' } };
    expect(checkDraft(schoolYear, upload.dimensions).map((p) => p.path)).toEqual(['dimension.4']);
  });

  it('requires at least one metric category to feed an indicator', () => {
    const { draft } = draftFromMapping(upload, {
      ...suggested,
      indicator: { dimension: 'ContentsCode', categories: {} },
    });
    expect(checkDraft(draft, upload.dimensions).map((p) => p.key)).toContain(
      'imports.draft.noIndicator',
    );
  });

  it('builds a mapping the contract accepts, with skipped metrics and areas written out', () => {
    let { draft } = draftFromMapping(upload, suggested);
    draft = setDimensionUse(draft, age, 'filter');
    draft = setDimensionChoice(draft, 'Alder', { category: '18-66' });
    draft = { ...draft, areaCodes: { EAB: null }, skipUnknown: false };
    const mapping = mappingFromDraft(draft, upload.dimensions);
    expect(ImportMapping.safeParse(mapping).success).toBe(true);
    expect(mapping).toEqual({
      version: 1,
      dataset: 0,
      area: { dimension: 'KOKbydelsregion0000', codes: { EAB: null }, skipUnknown: false, acrossClassifications: false },
      period: { dimension: 'Tid' },
      indicator: {
        dimension: 'ContentsCode',
        categories: { SYNTHratePer1000: 'barnevern-tiltak-andel', SYNTHcount: null },
      },
      breakdowns: [{ dimension: 'Kjonn', total: '0' }],
      filters: [{ dimension: 'Alder', category: '18-66' }],
      sourceUrl: upload.sourceUrl,
      source: {},
      statuses: {},
      confirmOutliers: false,
    });
    // A confirmation of areas mapped across classifications goes with the mapping, and comes back.
    const confirmed = mappingFromDraft({ ...draft, acrossClassifications: true }, upload.dimensions);
    expect(confirmed.area.acrossClassifications).toBe(true);
    expect(draftFromMapping(upload, confirmed).draft.acrossClassifications).toBe(true);
  });

  it('sends the source fields that are filled in and the symbols read otherwise, and checks the date', () => {
    const { draft } = draftFromMapping(upload, suggested);
    const filled = {
      ...draft,
      source: { publisher: ' Statistisk sentralbyrå (SSB) ', tableId: '14216', licence: '', retrieved: '2025-11-30' },
      statuses: { e: 'provisional' as const },
    };
    const mapping = mappingFromDraft(filled, upload.dimensions);
    expect(mapping.source).toEqual({ publisher: 'Statistisk sentralbyrå (SSB)', tableId: '14216', retrieved: '2025-11-30' });
    expect(mapping.statuses).toEqual({ e: 'provisional' });
    expect(draftFromMapping(upload, mapping).draft.source).toEqual({ publisher: 'Statistisk sentralbyrå (SSB)', tableId: '14216', licence: '', retrieved: '2025-11-30' });
    expect(checkDraft({ ...filled, source: { ...filled.source, retrieved: '30.11.2025' } }, upload.dimensions)).toContainEqual({ path: 'source.retrieved', key: 'validation.date' });
  });

  it('round-trips: the draft of a mapping gives back the same mapping', () => {
    let { draft } = draftFromMapping(upload, suggested);
    draft = setDimensionUse(draft, age, 'filter');
    const once = mappingFromDraft(draft, upload.dimensions);
    const twice = mappingFromDraft(draftFromMapping(upload, once).draft, upload.dimensions);
    expect(twice).toEqual(once);
  });

  it('reports what a saved mapping of another table names that this file lacks, and uses what fits', () => {
    const saved = {
      ...suggested,
      period: { dimension: 'Year' },
      filters: [{ dimension: 'Alder', category: '99+' }],
    };
    const { draft, ignored } = draftFromMapping(upload, saved);
    expect(ignored).toEqual(['Year']);
    expect(draft.dimensions.Tid!.use).toBe('none');
    // A category the file does not have falls back to the file's first.
    expect(draft.dimensions.Alder).toMatchObject({ use: 'filter', category: '0-17' });
  });

  it('writes the mapping file with the defaults the CLI reads, named after the data file', () => {
    const { draft } = draftFromMapping(upload, suggested);
    const text = mappingFileText(
      mappingFromDraft(setDimensionUse(draft, age, 'filter'), upload.dimensions),
    );
    expect(JSON.parse(text)).toMatchObject({
      version: 1,
      dataset: 0,
      filters: [{ dimension: 'Alder', category: '0-17' }],
    });
    expect(mappingFileName('SYNTHETIC-ssb-v2-kostra-bydel-with-status.json')).toBe(
      'SYNTHETIC-ssb-v2-kostra-bydel-with-status.mapping.json',
    );
    expect(mappingFileName('tabell')).toBe('tabell.mapping.json');
  });
});
