import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaCodeCandidates } from '../plan/area-codes';
import { findTotal, indicatorCodeOf, isTotalCategory, suggestMapping } from './mapping-suggestion';
import { IndicatorCode } from '../../../../shared/contracts/indicators';
import { ImportMapping } from '../../../../shared/contracts/imports';
import type { SourceDimension } from '../source/source-dimensions';

const dim = (id: string, codes: [string, string][], role: SourceDimension['role'] = null, timeUnit?: string): SourceDimension => ({
  id,
  label: id,
  role,
  ...(timeUnit ? { timeUnit } : {}),
  categories: codes.map(([code, label]) => ({ code, label })),
});

describe('source area codes', () => {
  it('reads the forms sources write codes in', () => {
    expect(areaCodeCandidates('0301')).toEqual(['0301']);
    expect(areaCodeCandidates('K-0301')).toContain('0301');
    expect(areaCodeCandidates('k0301')).toContain('0301');
    expect(areaCodeCandidates('B-030101')).toContain('030101');
    expect(areaCodeCandidates('0301 Oslo')).toContain('0301');
    expect(areaCodeCandidates('0301 - Oslo')).toContain('0301');
    expect(areaCodeCandidates('301')).toEqual(['301', '0301']);
    expect(areaCodeCandidates('30101')).toContain('030101');
    expect(areaCodeCandidates('no')).toContain('NO');
    expect(areaCodeCandidates('EAK')).toContain('NO');
    expect(areaCodeCandidates('0')).toContain('NO');
    // A foreign code whose label starts with digits is not read as a Norwegian county.
    expect(areaCodeCandidates('CA06')).toEqual(['CA06']);
  });

  it('always offers the code itself first, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const candidates = areaCodeCandidates(s);
        expect(candidates[0]).toBe(s.trim() || undefined);
        expect(new Set(candidates).size).toBe(candidates.length);
      }),
    );
  });
});

describe('totals and suggested mappings', () => {
  it('recognises totals by label, and by code only when the label says no more', () => {
    const total = (code: string, label: string) => isTotalCategory({ code, label });
    const totals: [string, string][] = [
      ['0', 'Begge kjønn'],
      ['-', 'Varer i alt'],
      ['00', 'Alle transportmåter'],
      ['999', 'Alle land'],
      ['T', 'Total'],
      ['SSS', 'Yhteensä'],
      ['TOTAL', 'TOTAL'],
      ['x', 'I alt'],
    ];
    for (const [code, label] of totals) expect(total(code, label), `${code} ${label}`).toBe(true);
    const others: [string, string][] = [
      ['0', '0 år'],
      ['1', 'Menn'],
      ['00', 'Levende dyr, utenom gruppe 03'],
      ['TOT', 'Tottenham'],
    ];
    for (const [code, label] of others) expect(total(code, label), `${code} ${label}`).toBe(false);
    expect(findTotal(dim('k', [['0', 'Begge kjønn'], ['1', 'Menn'], ['2', 'Kvinner']]))).toBe('0');
    // Two candidates: no guess.
    expect(findTotal(dim('k', [['T', 'Total'], ['A', 'Alle'], ['1', 'En']]))).toBeUndefined();
  });

  it('makes indicator codes that the catalogue accepts', () => {
    expect(indicatorCodeOf('KOSandel120000')).toBe('kosandel120000');
    expect(indicatorCodeOf('Sykefraværsprosent (legemeldt)')).toBe('sykefravaersprosent-legemeldt');
    expect(indicatorCodeOf('Barn i lavinntektsfamilier, åpen')).toBe('barn-i-lavinntektsfamilier-apen');
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 100 }), (s) => {
        const code = indicatorCodeOf(s);
        if (code.length >= 2) expect(IndicatorCode.safeParse(code).success).toBe(true);
      }),
    );
  });

  it('suggests area, period, indicator, breakdowns with totals and filters', () => {
    const m = suggestMapping(
      [
        dim('Region', [['0301', 'Oslo'], ['030101', 'Gamle Oslo']], 'geo'),
        dim('Kjonn', [['0', 'Begge kjønn'], ['1', 'Menn'], ['2', 'Kvinner']]),
        dim('Alder', [['15-19', '15-19 år']]),
        dim('ContentsCode', [['KOSandel120000', 'Andel'], ['Annet', 'Annet']], 'metric'),
        dim('Tid', [['2023', '2023'], ['2024', '2024']], 'time'),
      ],
      0,
      { indicatorCodes: new Set(['kosandel120000']), title: 'Sosialhjelp' },
    );
    expect(m).toEqual({
      version: 1,
      dataset: 0,
      area: { dimension: 'Region', codes: {}, skipUnknown: false, acrossClassifications: false },
      period: { dimension: 'Tid' },
      indicator: { dimension: 'ContentsCode', categories: { KOSandel120000: 'kosandel120000' } },
      breakdowns: [{ dimension: 'Kjonn', total: '0' }],
      filters: [{ dimension: 'Alder', category: '15-19' }],
      source: {},
      statuses: {},
      confirmOutliers: false,
    });
    expect(ImportMapping.safeParse(m).success).toBe(true);
  });

  it('finds the period dimension by its codes when no role says so, and falls back to fixed values', () => {
    const m = suggestMapping([dim('Uke', [['2025U01', '1'], ['2025U02', '2']]), dim('Mål', [['a', 'A'], ['b', 'B']])], 0, {
      indicatorCodes: new Set(),
      title: 'Ukentlig statistikk',
    });
    expect(m.period).toEqual({ dimension: 'Uke' });
    expect(m.area).toEqual({ fixed: 'NO', codes: {}, skipUnknown: false, acrossClassifications: false });
    expect(m.indicator).toEqual({ fixed: 'ukentlig-statistikk', categories: {} });
    expect(m.breakdowns).toEqual([{ dimension: 'Mål' }]);
    expect(ImportMapping.safeParse(m).success).toBe(true);
  });
});
