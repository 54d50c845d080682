// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import { buildArea, buildIndicator } from '../testing/factories';
import { statisticsFixture } from '../testing/fixtures';
import { ROOT_DIR } from '../paths';
import { observations } from '../features/indicators/indicators.table';
import { statisticsImports } from '../features/imports/imports.table';

/** The command as a person runs it: a separate process against the test database. */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let dir: string;
let indicatorId: string;
const KOSTRA = statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json');

function samordna(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT_DIR, 'src', 'server', 'cli', 'main.ts'), ...args],
      { cwd: ROOT_DIR, env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn', NODE_ENV: 'test' }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout, err: stderr }),
    );
  });
}

async function mappingFile(name: string, content: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const mapping = {
  area: { dimension: 'KOKbydelsregion0000', codes: { EAB: '0301' } },
  period: { dimension: 'Tid' },
  indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: 'cli-rate' } },
};
const stored = async () => (await database.db.select({ n: count() }).from(observations).where(eq(observations.indicatorId, indicatorId)))[0]!.n;

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUrl'));
  dir = await mkdtemp(path.join(tmpdir(), 'samordna-cli-import-'));
  const oslo = await buildArea(database.db, { code: '0301', kind: 'municipality', name: 'Oslo' });
  await buildArea(database.db, { code: '030101', kind: 'city_district', name: 'Bydel Gamle Oslo', parentId: oslo.id });
  await buildArea(database.db, { code: '030112', kind: 'city_district', name: 'Bydel Alna', parentId: oslo.id });
  indicatorId = (await buildIndicator(database.db, { code: 'cli-rate' })).id;
});

afterAll(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('samordna import', () => {
  it('--dry-run prints what would be written and writes nothing', { timeout: 120_000 }, async () => {
    const { code, out, err } = await samordna('import', KOSTRA, '--mapping', await mappingFile('m.json', mapping), '--dry-run');
    expect(err).toContain('Read 9 of 9 cells (100 %)');
    expect(code).toBe(0);
    expect(out).toContain('Rows:        9 would be written (7 with a number; 0 cells left out)');
    expect(out).toContain('Statuses:    none 6, provisional 1, suppressed 1, not_available 1');
    expect(out).toContain('The import can run as mapped.');
    expect(await stored()).toBe(0);
    expect(await database.db.select().from(statisticsImports)).toEqual([]);
  });

  it('imports with a saved mapping and records where the file came from', { timeout: 120_000 }, async () => {
    const saved = await mappingFile('saved.json', { name: 'KOSTRA', mapping });
    const { code, out, err } = await samordna('import', KOSTRA, '--mapping', saved, '--source-url', 'https://data.ssb.no/x');
    expect({ code, err: err.split('\n').filter((l) => !l.startsWith('Read ')).join('') }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/^Imported SYNTHETIC-ssb-v2-kostra-bydel-with-status\.json: 9 rows \(9 new, 0 updated, 0 unchanged\)\. Import [0-9a-f-]{36}\.\n$/);
    expect(await stored()).toBe(9);
    const [row] = await database.db.select().from(statisticsImports);
    expect(row).toMatchObject({ state: 'succeeded', createdBy: null, sourceUrl: 'https://data.ssb.no/x', fileName: 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json', uploadId: null });
    expect(row!.result).toMatchObject({ inserted: 9, rows: 9 });
  });

  it('refuses unknown areas, a broken file and a bad mapping file, naming what is wrong', { timeout: 180_000 }, async () => {
    const unmapped = await samordna('import', KOSTRA, '--mapping', await mappingFile('unmapped.json', { ...mapping, area: { dimension: 'KOKbydelsregion0000' } }));
    expect(unmapped.code).toBe(1);
    expect(unmapped.err).toContain('area.codes: 1 area code(s) are not in the register');
    expect(unmapped.err).toContain('[EAB]');

    const broken = await samordna('import', statisticsFixture('px', 'scb-pxweb-INVALID-missingData.px'), '--mapping', await mappingFile('m2.json', mapping));
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/line 81, column 1.*nothing was written/);

    const wrong = await samordna('import', KOSTRA, '--mapping', await mappingFile('wrong.json', { ...mapping, area: { dimension: 5 }, breakdowns: [{}] }));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('$.area.dimension: Invalid input: expected string, received number');
    expect(wrong.err).toContain('$.breakdowns[0].dimension');
    const notJson = await samordna('import', KOSTRA, '--mapping', await mappingFile('nojson.json', '{\n  "area": {,\n}'));
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain('is not valid JSON (at line 2, column 12)');
    const usage = await samordna('import', KOSTRA);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Give the mapping with --mapping MAPPING.json.');
    expect(await stored()).toBe(9);
    const failed = await database.db.select().from(statisticsImports).where(eq(statisticsImports.state, 'failed'));
    expect(failed).toEqual([]);
  });
});
