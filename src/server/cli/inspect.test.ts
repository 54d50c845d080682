// @vitest-environment node
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { statisticsFixture } from '../testing/fixtures';
import { inspectCommand } from './inspect';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const code = await inspectCommand(argv, { stdout, stderr });
  return {
    code,
    out: Buffer.concat(out).toString('utf8'),
    err: Buffer.concat(err).toString('utf8'),
  };
}

describe('samordna inspect', () => {
  it('--json prints exactly the inspect object for a PX file', async () => {
    const { code, out, err } = await run(
      statisticsFixture('px', 'pxwebapi-TAB001-en-sv-many-missing.px'),
      '--json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      format: 'px',
      encoding: 'iso-8859-1',
      title: 'Population by region, sex, age, contents and year',
      languages: ['en', 'sv'],
      dimensions: [
        { id: 'REGION', label: 'region', role: 'geo', size: 30 },
        { id: 'SEX', label: 'sex', role: null, size: 3 },
        { id: 'AGE', label: 'age', role: null, size: 22 },
        { id: 'ContentsCode', label: 'contents', role: 'metric', size: 1 },
        { id: 'TIME', label: 'year', role: 'time', size: 3 },
      ],
      cells: 5940,
      values: 3681,
      symbols: { '..': 2259 },
    });
  });

  it('counts JSON-stat symbols by status letter and PX "-" cells as values', async () => {
    const json = JSON.parse(
      (
        await run(
          statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json'),
          '--json',
        )
      ).out,
    ) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'jsonstat',
      cells: 9,
      values: 7,
      symbols: { '..': 1, ':': 1 },
    });
    const nil = JSON.parse(
      (await run(statisticsFixture('px', 'scb-pxweb-BE0101F1nildotsymbols.px'), '--json')).out,
    ) as Record<string, unknown>;
    expect(nil).toMatchObject({
      cells: 48,
      values: 40,
      symbols: { '.': 2, '..': 2, '...': 2, '....': 1, '......': 1 },
    });
  });

  it('lists the items of a collection of links', async () => {
    const json = JSON.parse(
      (await run(statisticsFixture('jsonstat', 'samples', 'collection.json'), '--json')).out,
    ) as { cells: number; items: unknown[] };
    expect(json.cells).toBe(0);
    expect(json.items).toHaveLength(8);
    const picked = JSON.parse(
      (
        await run(
          statisticsFixture('jsonstat', 'samples', 'oecd-canada-bundle-v1.json'),
          '--json',
          '--dataset',
          'canada',
        )
      ).out,
    ) as { cells: number };
    expect(picked.cells).toBe(120);
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run(
      statisticsFixture('px', 'ssb-Transmengde-datanotecell-quarterK.px'),
    );
    expect(code).toBe(0);
    expect(out).toContain('Format:      PC-Axis (PX), read as iso-8859-1');
    expect(out).toContain('Cells:       27,300 (27,300 with a number, 0 without)');
    expect(out).toMatch(/kvartal\s+time\s+14/);
  });

  it('exits 2 with the position for a parse error, a missing file or bad usage', async () => {
    const invalid = await run(statisticsFixture('px', 'scb-pxweb-INVALID-missingData.px'));
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/line 81, column 1.*PX_MISSING_DATA/);
    const missing = await run(statisticsFixture('px', 'no-such-file.px'), '--json');
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toMatch(/File not found/);
    expect((await run()).code).toBe(2);
    expect((await run('a.px', 'b.px')).code).toBe(2);
    expect((await run('--bogus')).code).toBe(2);
  });
});
