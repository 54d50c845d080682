import path from 'node:path';
import { ROOT_DIR } from '../paths';

/** Test files kept in the repository (`test/fixtures`, sources and licences in its PROVENANCE.md). */
export const FIXTURES_DIR = path.join(ROOT_DIR, 'test', 'fixtures');

/** Path of a statistics file under `test/fixtures/statistics`, e.g. `statisticsFixture('px', 'x.px')`. */
export function statisticsFixture(...parts: string[]): string {
  return path.join(FIXTURES_DIR, 'statistics', ...parts);
}
