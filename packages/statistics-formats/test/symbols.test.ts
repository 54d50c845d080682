// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BatchWriter, Interner, collectCells, guessRole, type CellBatch, type Cube } from '../src/cube';
import { classifySymbolText, statusForSymbol, symbolTextFromNotes } from '../src/symbols';

describe('the symbol table', () => {
  it.each([
    ['..', false, 'not_available'],
    ['...', false, 'not_available'],
    [':', false, 'suppressed'],
    ['.', false, 'not_applicable'],
    ['-', false, 'none'],
    ['p', true, 'provisional'],
    ['*', true, 'provisional'],
    // Udir puts a lone "*" where it suppressed a small count.
    ['*', false, 'suppressed'],
    ['b', true, 'break'],
    ['|', true, 'break'],
    ['e', true, 'estimate'],
    ['e', false, 'not_available'],
    ['a', true, 'none'],
    ['x', false, 'not_available'],
    [null, true, 'none'],
    [null, false, 'not_available'],
  ] as const)('%s (number: %s) → %s', (symbol, hasNumber, status) => {
    expect(statusForSymbol(symbol, hasNumber)).toBe(status);
  });

  it('reads legend texts in the languages of our sources', () => {
    expect(classifySymbolText('Dato no disponible por secreto estadístico')).toBe('suppressed');
    expect(classifySymbolText('prikket')).toBe('suppressed');
    expect(classifySymbolText('Foreløpig tall')).toBe('provisional');
    expect(classifySymbolText('tieto on puuttuva')).toBe('not_available');
    expect(classifySymbolText('logisk umulig')).toBe('not_applicable');
    expect(classifySymbolText('Brudd i tidsserien')).toBe('break');
    expect(classifySymbolText('one')).toBeNull();
  });

  it('finds what notes say about a symbol without confusing "." and ".."', () => {
    const notes = ['Intro##(..) Dato no disponible#. tieto on puuttuva##* = Foreløpig tall'];
    expect(symbolTextFromNotes('..', notes)).toBe('Dato no disponible');
    expect(symbolTextFromNotes('.', notes)).toBe('tieto on puuttuva');
    expect(symbolTextFromNotes('*', notes)).toBe('Foreløpig tall');
    expect(symbolTextFromNotes(':', notes)).toBeNull();
  });
});

describe('cube helpers', () => {
  it('BatchWriter cuts cells into batches of the requested size', async () => {
    const writer = new BatchWriter(new Interner(), new Interner(), 3);
    writer.fill(7, 1, 0, 0, 0);
    writer.flush();
    const batches = writer.take();
    expect(batches.map((b) => [b.start, b.length])).toEqual([
      [0, 3],
      [3, 3],
      [6, 1],
    ]);
    const cube: Cube = {
      meta: {
        format: 'csv',
        encoding: 'utf-8',
        title: null,
        languages: [],
        dimensions: [],
        cells: 7,
      },
      batches: async function* (): AsyncGenerator<CellBatch> {
        yield* batches;
      },
    };
    expect((await collectCells(cube)).map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('guesses roles from ids and labels when the source gives none', () => {
    expect(guessRole('Tid')).toBe('time');
    expect(guessRole('Region')).toBe('geo');
    expect(guessRole('Kommunekode')).toBe('geo');
    expect(guessRole('x', 'år')).toBe('time');
    expect(guessRole('Kjønn')).toBeNull();
  });
});
