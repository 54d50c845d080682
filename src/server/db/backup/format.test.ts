// @vitest-environment node
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadOrder, orderViolations } from './catalog';
import { BackupFileError, BackupReader, BackupWriter } from './format';

/** A small backup body as the writer frames it: tables with rows, an empty table, tricky lines. */
async function framed(tables: [string, string[]][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new BackupWriter(out);
  await writer.line('SAMORDNA BACKUP 1');
  for (const [name, rows] of tables) {
    await writer.line(`COPY ${name}`);
    writer.beginRows();
    if (rows.length > 0) await writer.rows(Buffer.from(rows.map((r) => `${r}\n`).join('')));
    await writer.endRows(name, rows.length);
  }
  await writer.end(tables.length, 0);
  out.end();
  return Buffer.concat(chunks);
}

async function* inPieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readBack(bytes: Buffer, size: number, names: string[]): Promise<{ rows: string[]; count: number }[]> {
  const reader = new BackupReader(inPieces(bytes, size));
  expect(await reader.line()).toBe('SAMORDNA BACKUP 1');
  const out: { rows: string[]; count: number }[] = [];
  for (const name of names) {
    expect(await reader.line()).toBe(`COPY ${name}`);
    const parts: Buffer[] = [];
    const { rows } = await reader.rows(async (c) => void parts.push(Buffer.from(c)));
    const trailer = JSON.parse(await reader.line()) as { rows: number };
    expect(trailer.rows).toBe(rows);
    const text = Buffer.concat(parts).toString();
    out.push({ rows: text === '' ? [] : text.slice(0, -1).split('\n'), count: rows });
  }
  const sha = reader.digest();
  expect(JSON.parse(await reader.line(1000, false))).toMatchObject({ end: true, sha256: sha });
  await reader.expectEnd();
  return out;
}

describe('backup file framing', () => {
  const tables: [string, string[]][] = [
    ['a', ['1\tx', '2\t\\N', '3\t\\\\.', '4\ta\\nb']],
    ['empty', []],
    ['b', ['\\\\.', 'last']],
  ];

  it('reads back every row, whatever the size of the pieces it arrives in', async () => {
    const bytes = await framed(tables);
    for (const size of [1, 2, 3, 4, 5, 7, 64, 1 << 16]) {
      const read = await readBack(bytes, size, ['a', 'empty', 'b']);
      expect(read.map((t) => t.rows)).toEqual(tables.map(([, rows]) => rows));
      expect(read.map((t) => t.count)).toEqual([4, 0, 2]);
    }
  });

  it('says where a body ends too soon', async () => {
    const bytes = await framed(tables);
    const cut = bytes.subarray(0, bytes.indexOf('3\t'));
    const reader = new BackupReader(inPieces(cut, 5));
    await reader.line();
    await reader.line();
    reader.where = 'in table a';
    await expect(reader.rows(async () => undefined)).rejects.toThrow(new BackupFileError('The backup file ends too soon, in table a: it was cut short (an interrupted copy or a full disk?)'));
  });
});

describe('load order', () => {
  it('puts referenced tables first, alphabetical otherwise; a self-reference is no obstacle', () => {
    const fks = [
      { table: 'people', references: 'organisations', isDeferrable: false },
      { table: 'organisations', references: 'areas', isDeferrable: false },
      { table: 'organisations', references: 'organisations', isDeferrable: false },
      { table: 'areas', references: 'areas', isDeferrable: false },
    ];
    const order = loadOrder(['people', 'zebra', 'organisations', 'areas'], fks);
    expect(order).toEqual(['areas', 'organisations', 'people', 'zebra']);
    expect(orderViolations(order, fks)).toEqual([]);
    expect(orderViolations(['people', 'organisations', 'areas'], fks).map((fk) => fk.table)).toEqual(['people', 'organisations']);
  });

  it('refuses a cycle of foreign keys that cannot be deferred, naming the tables', () => {
    const cycle = [
      { table: 'a', references: 'b', isDeferrable: false },
      { table: 'b', references: 'a', isDeferrable: false },
    ];
    expect(() => loadOrder(['a', 'b', 'c'], cycle)).toThrow('form a cycle, so no load order satisfies them: a, b');
    expect(loadOrder(['a', 'b'], [cycle[0]!, { ...cycle[1]!, isDeferrable: true }])).toEqual(['b', 'a']);
  });
});
