/**
 * Readers for statistics files: JSON-stat (2.0 datasets and collections, 1.x bundles, PxWebApi 2
 * responses), PC-Axis PX and CSV, all read into one cube model (cube.ts). Each reader returns
 * `{ meta, batches() }`: metadata at once, cells in row-major order as typed-array batches, so a
 * million cells never become a million objects. PX and CSV stream from a file with flat memory.
 * Bad input fails with StatisticsParseError only, carrying a stable `code` and a line/column or
 * JSON path. See README.md for the model and examples.
 *
 *   const cube = await parsePx({ path });            // or parseCsv, parseJsonStatDataset
 *   for await (const batch of cube.batches()) ...    // see CellBatch
 *   await inspectFile(path);                          // format, shape and cell counts
 *
 * Everything exported here is the public API; the other modules are the readers' insides.
 */
export {
  OBSERVATION_STATUSES,
  isObservationStatus,
  isWithheldStatus,
  type ObservationStatus,
} from './status';
export {
  BatchWriter,
  DEFAULT_BATCH_SIZE,
  Interner,
  STATUS_CODE,
  cellAt,
  collectCells,
  coordsOf,
  cubeSize,
  guessRole,
  indexOf,
  iterateCells,
  statusFromCode,
  summarizeCells,
  type BatchOptions,
  type CellBatch,
  type CellSummary,
  type Cube,
  type CubeCategory,
  type CubeCell,
  type CubeDimension,
  type CubeFormat,
  type CubeMeta,
  type CubeSource,
  type CubeUnit,
  type DimensionRole,
  type SymbolLegendEntry,
} from './cube';
export {
  MAX_CUBE_CELLS,
  StatisticsParseError,
  formatPosition,
  isStatisticsParseError,
  jsonPath,
  type ParsePosition,
  type StatisticsErrorCode,
} from './errors';
export { jsonErrorOffset, lineColumnOf } from './json-position';
export {
  SYMBOL_TABLE,
  classifySymbolText,
  isNilSymbol,
  lookupSymbol,
  statusForSymbol,
  type SymbolMeaning,
} from './symbols';
export {
  parseJsonStat,
  parseJsonStatDataset,
  jsonStatFromValue,
  type JsonStatDocument,
  type JsonStatItem,
} from './jsonstat';
export { parsePx } from './px';
export { parseCsv, type CsvOptions } from './csv';
export { detectFormat, parseStatistics, type ParsedStatistics } from './detect';
export {
  inspectCube,
  inspectFile,
  inspectInput,
  type InspectDimension,
  type InspectItem,
  type InspectOptions,
  type InspectResult,
} from './inspect';
export type { StatisticsInput } from './input';
