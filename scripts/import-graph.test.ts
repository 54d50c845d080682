import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, type ImportGraph } from './import-graph';

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('findCycles', () => {
  it('finds none in a graph that only runs one way', () => {
    expect(findCycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('names each cycle once, as a closed path from its first file', () => {
    const graph = graphOf({ a: ['b'], b: ['c'], c: ['a', 'd'], d: ['e'], e: ['d'], f: ['a'] });
    expect(findCycles(graph)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'e', 'd'],
    ]);
  });

  it('takes the shortest way round a component with several', () => {
    const graph = graphOf({ a: ['b', 'c'], b: ['c'], c: ['d'], d: ['a'] });
    expect(findCycles(graph)).toEqual([['a', 'c', 'd', 'a']]);
  });

  it('counts a file that imports itself', () => {
    expect(findCycles(graphOf({ a: ['a'], b: [] }))).toEqual([['a', 'a']]);
  });

  it('walks a long chain without running out of stack', () => {
    const edges: Record<string, string[]> = {};
    const name = (i: number) => `m${String(i).padStart(6, '0')}`;
    for (let i = 0; i < 50_000; i++) edges[name(i)] = [name(i + 1)];
    edges[name(50_000)] = [name(0)];
    const [cycle] = findCycles(graphOf(edges));
    expect(cycle).toHaveLength(50_002);
  });
});

describe('importGraph', () => {
  // Files in memory, resolved as the repository's compiler options resolve them.
  const dir = path.resolve('/virtual/src');
  const files: Record<string, string> = {
    'a.ts': `import { b } from './b';\nexport const a = b;\n`,
    'b.ts': `import type { C } from './c';\nexport const b: C = 1;\n`,
    'c/index.ts': `export type C = number;\nexport const load = () => import('../a');\n`,
    'd.ts': `export { a } from './a';\nimport 'zod';\nimport data from './data.json';\nexport default data;\n`,
  };
  const full = (name: string) => path.join(dir, name);
  const texts = new Map(Object.entries(files).map(([name, text]) => [full(name), text]));
  const host: ts.ModuleResolutionHost = {
    fileExists: (f) => texts.has(f),
    readFile: (f) => texts.get(f),
    directoryExists: (d) => [...texts.keys()].some((f) => f.startsWith(d + path.sep)),
  };
  const options: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true };

  it('follows value, type-only, re-export and dynamic imports to the files they resolve to', () => {
    const graph = importGraph([...texts.keys()], options, host);
    expect(Object.fromEntries([...graph].map(([f, to]) => [path.relative(dir, f), to.map((t) => path.relative(dir, t))]))).toEqual({
      'a.ts': ['b.ts'],
      'b.ts': ['c/index.ts'],
      'c/index.ts': ['a.ts'],
      'd.ts': ['a.ts'],
    });
    expect(findCycles(graph).map((c) => c.map((f) => path.relative(dir, f)))).toEqual([['a.ts', 'b.ts', 'c/index.ts', 'a.ts']]);
  });
});
