import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff';

const join = (parts: ReturnType<typeof diffWords>, keep: 'removed' | 'added') =>
  parts.filter((p) => p.kind === 'same' || p.kind === keep).map((p) => p.text).join('');

describe('diffWords', () => {
  it('marks the words that changed and keeps the rest', () => {
    const parts = diffWords('Faggruppa møtes fire ganger i året.', 'Faggruppa møtes seks ganger i året.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Faggruppa møtes ' },
      { kind: 'removed', text: 'fire ' },
      { kind: 'added', text: 'seks ' },
      { kind: 'same', text: 'ganger i året.' },
    ]);
  });

  it('gives back both texts exactly, line breaks included', () => {
    const before = 'Mandat\n\nGruppa skal gi råd om tiltak.\nSekretariat: Fylkesmannen.';
    const after = 'Mandat\n\nGruppa skal gi råd om og følge opp tiltak.\nSekretariat: Fylkesmannen i Hedmark.\nNy linje.';
    const parts = diffWords(before, after);
    expect(join(parts, 'removed')).toBe(before);
    expect(join(parts, 'added')).toBe(after);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['og følge opp', 'Fylkesmannen i Hedmark.\nNy linje.']);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['Fylkesmannen.']);
  });

  it('handles empty texts', () => {
    expect(diffWords('', 'Ny tekst')).toEqual([{ kind: 'added', text: 'Ny tekst' }]);
    expect(diffWords('Gammel', '')).toEqual([{ kind: 'removed', text: 'Gammel' }]);
    expect(diffWords('', '')).toEqual([]);
  });
});
