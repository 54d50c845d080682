import { describe, expect, it } from 'vitest';
import { isSuperseded, languageDir, languageStatus, sectionStatus, type SourceSection, type TranslatedSection } from './standards';

const section = (key: string, text: string, o: Partial<SourceSection> = {}): SourceSection => ({ key, kind: 'text', heading: 'Mål', text, items: [], fromSchool: [], fromHome: [], ...o });
const translated = (sourceVersion: number, text = 'Goal'): TranslatedSection => ({ heading: 'Goal', text, items: [], fromSchool: [], fromHome: [], sourceVersion });

const v1 = [section('goal', 'Styrke relasjonen mellom skolen og hjemmene.'), section('areas', '', { kind: 'area', heading: 'Fag og læring', fromSchool: ['Tydelige mål'] })];
// Version 2 changes the goal; version 3 adds a section and leaves the goal as version 2 had it.
const v2 = [section('goal', 'Styrke relasjonen mellom skolen og alle hjemmene.'), v1[1]!];
const v3 = [...v2, section('contact', 'Kontakt skolen.')];
const versions = new Map([[1, v1], [2, v2], [3, v3]]);

describe('sectionStatus', () => {
  it('is missing without a translation', () => {
    expect(sectionStatus('goal', undefined, versions, 3)).toEqual({ key: 'goal', status: 'missing', sourceVersion: null, diff: null });
  });

  it('is current when the source section reads the same in the latest version as in the one translated from', () => {
    expect(sectionStatus('goal', translated(2), versions, 3).status).toBe('current');
    expect(sectionStatus('areas', translated(1), versions, 3).status).toBe('current');
  });

  it('is outdated once the source section changed, with the change as a word diff', () => {
    const status = sectionStatus('goal', translated(1), versions, 3);
    expect(status.status).toBe('outdated');
    expect(status.sourceVersion).toBe(1);
    expect(status.diff).toEqual([
      { kind: 'same', text: 'Mål\nStyrke relasjonen mellom skolen og ' },
      { kind: 'added', text: 'alle ' },
      { kind: 'same', text: 'hjemmene.' },
    ]);
  });

  it('turns current again when confirmed against the latest version', () => {
    expect(sectionStatus('goal', translated(1), versions, 2).status).toBe('outdated');
    expect(sectionStatus('goal', translated(2), versions, 2).status).toBe('current');
  });

  it('sees a change in a list of expectations as a change', () => {
    const changed = new Map([[1, v1], [2, [v1[0]!, { ...v1[1]!, fromSchool: ['Tydelige mål', 'Jevnlige samtaler'] }]]]);
    expect(sectionStatus('areas', translated(1), changed, 2).status).toBe('outdated');
  });
});

describe('languageStatus', () => {
  const s = (status: 'missing' | 'current' | 'outdated') => ({ key: 'x', status, sourceVersion: null, diff: null });
  it('sums up a language', () => {
    expect(languageStatus([s('missing'), s('missing')])).toBe('missing');
    expect(languageStatus([s('current'), s('current')])).toBe('current');
    expect(languageStatus([s('current'), s('missing')])).toBe('partial');
    expect(languageStatus([s('outdated'), s('missing')])).toBe('outdated');
  });
});

describe('local guidelines and directions', () => {
  it('flags a guideline built on an older version', () => {
    expect(isSuperseded(1, 1)).toBe(false);
    expect(isSuperseded(1, 2)).toBe(true);
  });
  it('writes Arabic and Urdu right to left', () => {
    expect(['ar', 'ur', 'en', 'so', 'nb'].map(languageDir)).toEqual(['rtl', 'rtl', 'ltr', 'ltr', 'ltr']);
  });
});
