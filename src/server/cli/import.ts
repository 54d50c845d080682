import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Db } from '../db/client';
import { systemActor } from '../http/actor';
import { AppError } from '../http/errors';
import { ImportMapping, type ImportPreview, type MappingProblem, type StatisticsImport } from '../../shared/contracts/imports';
import { importFile } from '../features/imports/imports.service';
import { isStatisticsParseError, jsonPath, jsonErrorOffset, lineColumnOf } from '@samordna/statistics-formats';
import type { CommandIo } from './inspect';

export const IMPORT_USAGE = `Usage: samordna import FILE --mapping MAPPING.json [--dry-run] [--source-url URL] [--dataset N]

Imports a statistics file (JSON-stat, PC-Axis PX or CSV) into the configured database
(DATABASE_URL, or the embedded one in DATA_DIR) with a saved mapping: in one transaction,
all or nothing; importing the same file again changes nothing, a revised file updates what
changed and keeps the history.

  --mapping FILE    the mapping as JSON (as the web UI saves it; a saved mapping's
                    { "name", "mapping" } form is read too)
  --dry-run         read the file and print what would be written, and the problems; write nothing
  --source-url URL  where the file came from, kept as provenance
  --dataset N       JSON-stat collections and bundles: which dataset (overrides the mapping)

Exit status: 0 imported (or, with --dry-run, importable), 1 the import failed or would fail,
2 wrong usage or an unreadable mapping file.
`;

export interface ImportArgs {
  file: string;
  mappingFile: string;
  isDryRun: boolean;
  sourceUrl?: string;
  dataset?: number;
}

class UsageError extends Error {
  constructor(
    message: string,
    readonly isArgumentError = true,
  ) {
    super(message);
  }
}

/** Our schemas put translation keys in custom messages; say them in words here. */
const MESSAGE_WORDS: Record<string, string> = {
  dimensionOrFixed: 'give either "dimension" or "fixed", not both',
  indicatorCode: 'an indicator code is lower-case letters and digits with - _ . between them',
  url: 'not a web address',
};

export function parseImportArgs(argv: string[]): ImportArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        mapping: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'source-url': { type: 'string' },
        dataset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Name the file to import.' : 'Name only one file to import.');
  if (!values.mapping) throw new UsageError('Give the mapping with --mapping MAPPING.json.');
  if (values.dataset !== undefined && !/^\d+$/.test(values.dataset)) throw new UsageError('--dataset takes the number of a dataset (0, 1, …).');
  return {
    file: positionals[0]!,
    mappingFile: values.mapping,
    isDryRun: values['dry-run'] === true,
    ...(values['source-url'] !== undefined ? { sourceUrl: values['source-url'] } : {}),
    ...(values.dataset !== undefined ? { dataset: Number(values.dataset) } : {}),
  };
}

/** Reads and checks a mapping file; a mistake is named by its JSON path (`$.area.dimension`). */
export async function readMappingFile(file: string, overrides: Pick<ImportArgs, 'sourceUrl' | 'dataset'>): Promise<ImportMapping> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the mapping file ${file}`, false);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const offset = jsonErrorOffset(text);
    const at = offset >= 0 ? lineColumnOf(text, offset) : null;
    throw new UsageError(`The mapping file ${file} is not valid JSON${at ? ` (at line ${at.line}, column ${at.column})` : ''}`, false);
  }
  // A saved mapping ({ name, mapping }) as the API returns it is read as its mapping.
  const isSaved = typeof json === 'object' && json !== null && 'mapping' in json && !('area' in json);
  const raw: unknown = isSaved ? (json as { mapping: unknown }).mapping : json;
  const prefix = isSaved ? ['mapping'] : [];
  const withOverrides =
    typeof raw === 'object' && raw !== null
      ? {
          ...raw,
          ...(overrides.sourceUrl !== undefined ? { sourceUrl: overrides.sourceUrl } : {}),
          ...(overrides.dataset !== undefined ? { dataset: overrides.dataset } : {}),
        }
      : raw;
  const result = ImportMapping.safeParse(withOverrides);
  if (!result.success) {
    const lines = result.error.issues.map(
      (i) => `  ${jsonPath([...prefix, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))])}: ${MESSAGE_WORDS[i.message] ?? i.message}`,
    );
    throw new UsageError(`The mapping file ${file} does not hold a valid mapping:\n${lines.join('\n')}`, false);
  }
  return result.data;
}

const n = (x: number) => x.toLocaleString('en-US');

function problemLines(problems: readonly MappingProblem[]): string[] {
  return problems.map((p) => `  ${p.path}: ${p.message}${p.values?.length ? ` [${p.values.slice(0, 20).join(', ')}${p.values.length > 20 ? ', …' : ''}]` : ''}`);
}

export function previewText(preview: ImportPreview): string {
  const s = preview.summary;
  const statuses = Object.entries(s.statuses)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${status} ${n(count)}`)
    .join(', ');
  const lines = [
    `Cells:       ${n(s.cells)}`,
    `Rows:        ${n(s.rows)} would be written (${n(s.values)} with a number; ${n(s.skipped)} cells left out)`,
    `Statuses:    ${statuses || '-'}`,
    `Areas:       ${n(preview.areas.matched.length)} matched, ${n(preview.areas.unknown.length)} unknown, ${n(preview.areas.skipped.length)} skipped`,
    `Periods:     ${preview.periods.length > 6 ? `${preview.periods.slice(0, 3).join(', ')} … ${preview.periods.slice(-2).join(', ')}` : preview.periods.join(', ') || '-'} (${preview.periods.length})`,
    `Indicators:  ${preview.indicators.map((i) => `${i.code} (${n(i.rows)} rows)`).join(', ') || '-'}`,
  ];
  if (preview.problems.length > 0) lines.push('', 'Problems:', ...problemLines(preview.problems));
  else lines.push('', 'The import can run as mapped.');
  return `${lines.join('\n')}\n`;
}

function resultText(imported: StatisticsImport): string {
  const r = imported.result!;
  return `Imported ${imported.fileName}: ${n(r.rows)} rows (${n(r.inserted)} new, ${n(r.updated)} updated, ${n(r.unchanged)} unchanged). Import ${imported.id}.\n`;
}

/** A bar redrawn in place on a terminal; plain lines at every tenth otherwise (logs, CI). */
export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }) {
  let lastDraw = 0;
  let lastTenth = -1;
  const isTerminal = stream.isTTY === true;
  return {
    update(done: number, total: number) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      if (isTerminal) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
        const filled = Math.round(fraction * width);
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(fraction * 100)
          .toString()
          .padStart(3)} % ${n(done)} / ${n(total)} cells`);
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        stream.write(`Read ${n(done)} of ${n(total)} cells (${tenth * 10} %)\n`);
      }
    },
    end() {
      if (isTerminal && lastDraw > 0) stream.write('\n');
    },
  };
}

export type WithDatabase = <T>(fn: (db: Db) => Promise<T>) => Promise<T>;

/** `samordna import`: see IMPORT_USAGE for the exit status. */
export async function importCommand(argv: string[], io: CommandIo, withDatabase: WithDatabase): Promise<number> {
  let args: ImportArgs | 'help';
  let mapping: ImportMapping;
  try {
    args = parseImportArgs(argv);
    if (args === 'help') {
      io.stdout.write(IMPORT_USAGE);
      return 0;
    }
    const info = await stat(args.file).catch(() => undefined);
    if (!info?.isFile()) throw new UsageError(`File not found: ${args.file}`);
    mapping = await readMappingFile(args.mappingFile, args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(error.isArgumentError ? `${error.message}\n\n${IMPORT_USAGE}` : `${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const { file, isDryRun } = args;
  const progress = progressReporter(io.stderr);
  try {
    const outcome = await withDatabase((db) => importFile(db, { file, mapping, isDryRun, actor: systemActor('cli'), onProgress: progress.update }));
    progress.end();
    if (outcome.kind === 'preview') {
      io.stdout.write(previewText(outcome.preview));
      return outcome.preview.isValid ? 0 : 1;
    }
    io.stdout.write(resultText(outcome.import));
    return 0;
  } catch (error) {
    progress.end();
    if (error instanceof AppError && error.code === 'MAPPING_INVALID') {
      const problems = (error.details.errors ?? []).map((e) => ({ path: e.path, code: e.code, message: e.message, ...(e.values ? { values: e.values } : {}) }));
      io.stderr.write(`The mapping does not fit ${file}; nothing was written:\n${problemLines(problems).join('\n')}\n`);
      return 1;
    }
    if (error instanceof AppError && error.code === 'PARSE_FAILED') {
      io.stderr.write(`Cannot read ${file}: ${error.message}; nothing was written.\n`);
      return 1;
    }
    if (isStatisticsParseError(error)) {
      io.stderr.write(`Cannot read ${file}: ${error.message} [${error.code}]; nothing was written.\n`);
      return 1;
    }
    io.stderr.write(`The import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
