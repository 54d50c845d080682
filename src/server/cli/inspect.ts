import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { StatisticsParseError, inspectFile, type InspectResult } from '@samordna/statistics-formats';

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: samordna inspect FILE [--json] [--dataset N|ID]

Describes a statistics file (JSON-stat, PC-Axis PX or CSV, told apart by content): its
dimensions, cell count and the symbols of cells without a number. Reads only the file.

  --json            print the result as one JSON object
  --dataset N|ID    JSON-stat collections and bundles: which dataset to count
`;

const FORMAT_NAMES = { jsonstat: 'JSON-stat', px: 'PC-Axis (PX)', csv: 'CSV' } as const;

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map(
    (r) =>
      `  ${r
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd()}`,
  );
}

/** The readable form of `samordna inspect`. */
export function humanSummary(file: string, result: InspectResult): string {
  const missing = result.cells - result.values;
  const lines = [
    `File:        ${file}`,
    `Format:      ${FORMAT_NAMES[result.format]}, read as ${result.encoding}`,
    `Title:       ${result.title ?? '(none)'}`,
    `Languages:   ${result.languages.length > 0 ? result.languages.join(', ') : '(not stated)'}`,
    `Cells:       ${formatCount(result.cells)} (${formatCount(result.values)} with a number, ${formatCount(missing)} without)`,
  ];
  if (result.dimensions.length > 0) {
    lines.push('', 'Dimensions:');
    lines.push(
      ...table([
        ['id', 'label', 'role', 'categories'],
        ...result.dimensions.map((d) => [d.id, d.label, d.role ?? '-', formatCount(d.size)]),
      ]),
    );
  }
  const symbols = Object.entries(result.symbols);
  if (symbols.length > 0) {
    lines.push('', 'Cells without a number, by symbol:');
    lines.push(...table(symbols.map(([symbol, count]) => [symbol, formatCount(count)])));
  }
  if (result.items) {
    lines.push('', 'Items in the document:');
    lines.push(
      ...table(
        result.items.map((item) => [
          item.key,
          item.label ?? '',
          item.cells === null ? `link: ${item.href ?? '?'}` : `${formatCount(item.cells)} cells`,
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `samordna inspect FILE [--json]`: exit 0, or 2 for bad usage, a missing file or a parse error. */
export async function inspectCommand(argv: string[], io: CommandIo): Promise<number> {
  let file: string | undefined;
  let json = false;
  let dataset: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        dataset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length !== 1)
      throw new Error(
        positionals.length === 0 ? 'Name one file to inspect.' : 'Name only one file to inspect.',
      );
    file = positionals[0];
    json = values.json === true;
    dataset = values.dataset;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (file === undefined) return 2;

  try {
    const info = await stat(file);
    if (!info.isFile()) {
      io.stderr.write(`Not a file: ${file}\n`);
      return 2;
    }
  } catch {
    io.stderr.write(`File not found: ${file}\n`);
    return 2;
  }

  try {
    const selector =
      dataset === undefined ? undefined : /^\d+$/.test(dataset) ? Number(dataset) : dataset;
    const result = await inspectFile(file, selector === undefined ? {} : { dataset: selector });
    io.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : humanSummary(file, result));
    return 0;
  } catch (error) {
    if (error instanceof StatisticsParseError) {
      io.stderr.write(`Cannot read ${file}: ${error.message} [${error.code}]\n`);
      return 2;
    }
    throw error;
  }
}
