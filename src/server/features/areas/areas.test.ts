import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildUser } from '../../testing/factories';
import type { AreaKind } from '../../../shared/contracts/areas';

let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
});
afterAll(() => t.close());

/**
 * The official code formats, written out by hand (not taken from the contract, so a wrong
 * pattern there cannot make its own test pass): SSB's two-digit county, four-digit municipality
 * and six-digit city district codes, NSR's six- to nine-digit school numbers, ISO country codes.
 */
const CODES: Record<AreaKind, { valid: string; spare: string; invalid: Record<string, string> }> = {
  country: { valid: 'NO', spare: 'DK', invalid: { 'too long': 'NOR', 'too short': 'N', 'trailing junk': 'NO1', 'leading junk': '1NO', lower: 'no' } },
  county: { valid: '03', spare: '15', invalid: { 'too long': '033', 'too short': '3', 'trailing junk': '03x', 'leading junk': 'x03' } },
  municipality: { valid: '0301', spare: '1506', invalid: { 'too long': '03011', 'too short': '030', 'trailing junk': '0301x', 'leading junk': 'x0301' } },
  city_district: { valid: '030101', spare: '150601', invalid: { 'too long': '0301011', 'too short': '03010', 'trailing junk': '030101x', 'leading junk': 'x030101' } },
  school: { valid: '97412345', spare: '123456789', invalid: { 'too long': '9741234567', 'too short': '97412', 'trailing junk': '97412345x', 'leading junk': 'x97412345' } },
};
const KINDS = Object.keys(CODES) as AreaKind[];

function expectCodeRefused(res: LightMyRequestResponse, label: string) {
  const body = res.json() as { code?: string; errors?: { path: string }[] };
  const fields = [...new Set(body.errors?.map((e) => e.path))];
  expect({ label, status: res.statusCode, code: body.code, fields }).toEqual({
    label,
    status: 400,
    code: 'VALIDATION_FAILED',
    fields: ['code'],
  });
}

async function createArea(code: string, kind: AreaKind): Promise<string> {
  const res = await admin.post('/api/areas', { code, kind, name: `Område ${code}` });
  expect({ code, kind, status: res.statusCode }).toEqual({ code, kind, status: 201 });
  return res.json().id as string;
}

describe('area codes by kind', () => {
  it.each(KINDS)('creates a %s with its official code and refuses every malformed one', async (kind) => {
    for (const [what, code] of Object.entries(CODES[kind].invalid)) {
      expectCodeRefused(await admin.post('/api/areas', { code, kind, name: 'Feil kode' }), `${kind} ${what}: ${code}`);
      const stored = (await admin.get(`/api/areas?q=${encodeURIComponent(code)}`)).json().items as { code: string }[];
      expect(stored.filter((area) => area.code === code)).toEqual([]);
    }
    await createArea(CODES[kind].valid, kind);
  });

  it.each(KINDS)('refuses changing the code of a %s to a malformed one', async (kind) => {
    const id = await createArea(CODES[kind].spare, kind);
    for (const [what, code] of Object.entries(CODES[kind].invalid)) {
      expectCodeRefused(await admin.patch(`/api/areas/${id}`, { code }), `${kind} ${what}: ${code}`);
    }
    expect((await admin.get(`/api/areas/${id}`)).json()).toMatchObject({ kind, code: CODES[kind].spare });
  });
});

describe('changing only the kind of an area', () => {
  /** A stored code and a new kind it does not fit: the stored code must be checked against the new kind. */
  const MISFITS: { from: AreaKind; code: string; to: AreaKind }[] = [
    { from: 'country', code: 'SE', to: 'county' },
    { from: 'county', code: '11', to: 'country' },
    { from: 'county', code: '12', to: 'municipality' },
    { from: 'municipality', code: '1103', to: 'city_district' },
    { from: 'municipality', code: '1104', to: 'county' },
    { from: 'city_district', code: '110301', to: 'municipality' },
    { from: 'school', code: '98765432', to: 'city_district' },
  ];

  it.each(MISFITS)('refuses turning the $from $code into a $to', async ({ from, code, to }) => {
    const id = await createArea(code, from);
    expectCodeRefused(await admin.patch(`/api/areas/${id}`, { kind: to }), `${from} ${code} → ${to}`);
    expect((await admin.get(`/api/areas/${id}`)).json()).toMatchObject({ kind: from, code });
  });

  it('accepts a new kind that the stored code fits', async () => {
    const id = await createArea('110302', 'city_district');
    const res = await admin.patch(`/api/areas/${id}`, { kind: 'school' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'school', code: '110302' });
  });

  it('checks a new kind and a new code together', async () => {
    const id = await createArea('1105', 'municipality');
    expectCodeRefused(await admin.patch(`/api/areas/${id}`, { kind: 'city_district', code: '11050' }), 'municipality → city_district 11050');
    const res = await admin.patch(`/api/areas/${id}`, { kind: 'city_district', code: '110501' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'city_district', code: '110501' });
  });
});

describe('an area’s names in nynorsk and English', () => {
  it('keeps them where they differ, and an emptied one as none, so the register’s name is used', async () => {
    const created = await admin.post('/api/areas', { code: 'IS', kind: 'country', name: 'Island', nameNn: 'Island', nameEn: 'Iceland' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Island', nameNn: 'Island', nameEn: 'Iceland' });
    const changed = await admin.patch(`/api/areas/${created.json().id}`, { nameEn: '' });
    expect(changed.json()).toMatchObject({ nameEn: null, nameNn: 'Island' });
    const tooLong = await admin.patch(`/api/areas/${created.json().id}`, { nameNn: 'x'.repeat(201) });
    expect([tooLong.statusCode, tooLong.json().errors?.[0]?.path]).toEqual([400, 'nameNn']);
  });
});
