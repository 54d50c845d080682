import type { DimensionRole } from './cube';

/**
 * Writes the same synthetic cube as JSON-stat 2.0 and as PX, as text chunks. Used by the
 * round-trip property tests and the benchmarks; the chunks can go to a file stream so a
 * million cells never sit in one string.
 */
export type GeneratedCell = number | 'not_available' | 'suppressed' | 'not_applicable' | 'nil';

export interface GeneratedDimension {
  id: string;
  label: string;
  role: DimensionRole;
  codes: string[];
}

export interface GeneratedCube {
  title: string;
  dimensions: GeneratedDimension[];
  cell(index: number): GeneratedCell;
}

const CHUNK_CELLS = 8192;

function cellCount(cube: GeneratedCube): number {
  return cube.dimensions.reduce((n, d) => n * d.codes.length, 1);
}

const labelOf = (code: string): string => `Category ${code}`;

/** JSON-stat 2.0 the way PxWebApi v2 writes it: dense values, SSB symbols in a sparse status. */
export function* jsonStatChunks(cube: GeneratedCube): Generator<string> {
  const roles: Record<string, string[]> = {};
  for (const d of cube.dimensions) if (d.role) (roles[d.role] ??= []).push(d.id);
  const dimension: Record<string, unknown> = {};
  for (const d of cube.dimensions) {
    dimension[d.id] = {
      label: d.label,
      category: {
        index: Object.fromEntries(d.codes.map((c, i) => [c, i])),
        label: Object.fromEntries(d.codes.map((c) => [c, labelOf(c)])),
      },
    };
  }
  const head = {
    version: '2.0',
    class: 'dataset',
    label: cube.title,
    id: cube.dimensions.map((d) => d.id),
    size: cube.dimensions.map((d) => d.codes.length),
    role: roles,
    dimension,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"value":[`;
  const cells = cellCount(cube);
  const status: string[] = [];
  const symbol = { not_available: '..', suppressed: ':', not_applicable: '.', nil: '-' } as const;
  for (let start = 0; start < cells; start += CHUNK_CELLS) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(cells, start + CHUNK_CELLS); i++) {
      const cell = cube.cell(i);
      if (typeof cell === 'number') parts.push(String(cell));
      else {
        parts.push('null');
        status.push(`"${i}":"${symbol[cell]}"`);
      }
    }
    yield (start > 0 ? ',' : '') + parts.join(',');
  }
  yield `],"status":{${status.join(',')}}}`;
}

/** PX in SSB style: DATASYMBOL1="..", DATASYMBOL2=".", DATASYMBOL3=":"; the first `stub` variables in STUB. */
export function* pxChunks(
  cube: GeneratedCube,
  stub = Math.max(1, cube.dimensions.length - 1),
): Generator<string> {
  const quote = (list: readonly string[]): string => list.map((s) => `"${s}"`).join(',');
  const names = cube.dimensions.map((d) => d.label);
  const lines = [
    'CHARSET="ANSI";',
    'AXIS-VERSION="2013";',
    'CODEPAGE="utf-8";',
    'LANGUAGE="en";',
    'DECIMALS=1;',
    'MATRIX="GENERATED";',
    `TITLE="${cube.title}";`,
    `CONTENTS="${cube.title}";`,
    'UNITS="number";',
    `STUB=${quote(names.slice(0, stub))};`,
    `HEADING=${quote(names.slice(stub))};`,
  ];
  const metric = cube.dimensions.find((d) => d.role === 'metric');
  if (metric) lines.push(`CONTVARIABLE="${metric.label}";`);
  for (const d of cube.dimensions) {
    lines.push(`VALUES("${d.label}")=${quote(d.codes.map(labelOf))};`);
    lines.push(`CODES("${d.label}")=${quote(d.codes)};`);
    lines.push(`VARIABLECODE("${d.label}")="${d.id}";`);
    if (d.role === 'time') lines.push(`TIMEVAL("${d.label}")=TLIST(A1),${quote(d.codes)};`);
    if (d.role === 'geo') lines.push(`MAP("${d.label}")="generated";`);
  }
  if (metric) for (const code of metric.codes) lines.push(`UNITS("${labelOf(code)}")="number";`);
  lines.push(
    'DATASYMBOL1="..";',
    'DATASYMBOL2=".";',
    'DATASYMBOL3=":";',
    'DATASYMBOLNIL="-";',
    'DATA=',
  );
  yield `${lines.join('\n')}\n`;
  const width = cube.dimensions.slice(stub).reduce((n, d) => n * d.codes.length, 1) || 1;
  const cells = cellCount(cube);
  const code = {
    not_available: '"."',
    not_applicable: '".."',
    suppressed: '"..."',
    nil: '"-"',
  } as const;
  for (let start = 0; start < cells; start += CHUNK_CELLS) {
    let out = '';
    for (let i = start; i < Math.min(cells, start + CHUNK_CELLS); i++) {
      const cell = cube.cell(i);
      out += typeof cell === 'number' ? String(cell) : code[cell];
      out += (i + 1) % width === 0 ? '\n' : ' ';
    }
    yield out;
  }
  yield ';\n';
}

export function generatedText(chunks: Iterable<string>): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}
