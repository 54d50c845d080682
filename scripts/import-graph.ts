/**
 * The import graph of the repository's TypeScript sources, read with the TypeScript compiler so
 * that a specifier resolves exactly as `tsc` resolves it (extensionless paths, `index` files,
 * `import()` expressions and `export … from` included). Type-only imports count too: a cycle of
 * types still ties two modules together, and the next value import would make it a runtime one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx|mts|cts)$/;

/** Every TypeScript source file under the folders, skipping `node_modules` and declaration files. */
export function sourceFiles(dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        out.push(full);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

/**
 * Each file with the files it imports, among the given ones: packages and files outside the set
 * (JSON messages, CSS) are not part of any cycle the check looks for.
 */
export function importGraph(files: readonly string[], options: ts.CompilerOptions, host: ts.ModuleResolutionHost = ts.sys): ImportGraph {
  const known = new Set(files.map((f) => path.resolve(f)));
  const graph: ImportGraph = new Map();
  for (const file of known) {
    const text = host.readFile(file) ?? readFileSync(file, 'utf8');
    const targets = new Set<string>();
    for (const { fileName } of ts.preProcessFile(text, true, false).importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, host).resolvedModule?.resolvedFileName;
      if (resolved && known.has(path.resolve(resolved))) targets.add(path.resolve(resolved));
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * The cycles of the graph: one per strongly connected component of more than one file (or of a
 * file that imports itself), each given as a closed path through it, e.g. `a → b → a`, starting
 * at its first file in sort order so the report is stable. Tarjan's algorithm, without recursion
 * so a deep graph cannot overflow the stack.
 */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfImport = (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfImport) components.push(component.sort());
      }
    }
  }
  return components.map((c) => closedPath(graph, c)).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** A shortest way round the component from its first file back to it, for the report. */
function closedPath(graph: ImportGraph, component: string[]): string[] {
  const members = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at]!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const back = [start];
        for (let step: string | undefined = node; step !== undefined && step !== start; step = cameFrom.get(step)) back.push(step);
        return [...back, start].reverse();
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}
