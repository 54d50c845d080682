import { describe, expect, it } from 'vitest';
import { serverTranslator } from '../../i18n/translator';
import type { FigureSource } from '../../../shared/contracts/profiles';
import { distinctSources, sourceLine } from '../../../shared/domain/figure-sources';

const slide: FigureSource = { key: 'indicator:a', kind: 'indicator', publisher: 'Bydel Sagene, presentasjon', tableId: null, title: null, url: null, licence: null, retrieved: null, isIllustrative: false };
const ssb: FigureSource = { key: 'imp-1', kind: 'import', publisher: 'Statistisk sentralbyrå (SSB)', tableId: '14216', title: 'Befolkning', url: 'https://www.ssb.no/statbank/table/14216', licence: 'CC BY 4.0', retrieved: '2025-11-30', isIllustrative: false };

describe('sources of figures in words', () => {
  const { t } = serverTranslator('nn');

  it('says publisher, table, when retrieved and licence, in the reader’s language', () => {
    expect(sourceLine(ssb, t)).toBe('Statistisk sentralbyrå (SSB), tabell 14216, henta 2025-11-30, lisens CC BY 4.0');
    expect(sourceLine(slide, t)).toBe('Bydel Sagene, presentasjon');
  });

  it('lists sources that read the same once, keeping every key that points to them', () => {
    const distinct = distinctSources([slide, { ...slide, key: 'indicator:b' }, ssb], t);
    expect(distinct.map((d) => d.keys)).toEqual([['indicator:a', 'indicator:b'], ['imp-1']]);
  });
});
