import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint, link, pathOf, statusOf } from './endpoint';

const Params = z.object({ id: z.string(), childId: z.string() });
const ep = endpoint({ method: 'DELETE', path: '/api/programmes/:id/contacts/:childId', params: Params, response: z.object({ ok: z.literal(true) }) });

describe('endpoint descriptors', () => {
  it('keep what they were given', () => {
    expect(ep.method).toBe('DELETE');
    expect(ep.path).toBe('/api/programmes/:id/contacts/:childId');
    expect(ep.params).toBe(Params);
  });

  it('answer 200 unless they say otherwise', () => {
    expect(statusOf(ep)).toBe(200);
    expect(statusOf(endpoint({ method: 'POST', path: '/api/x', response: z.object({}), status: 201 }))).toBe(201);
  });

  it('make links GETs without an answer schema', () => {
    const l = link({ path: '/api/x/:code/export', query: z.object({ format: z.string() }) });
    expect(l.method).toBe('GET');
    expect('response' in l).toBe(false);
  });
});

describe('pathOf', () => {
  it('fills every placeholder', () => {
    expect(pathOf(ep, { id: 'a1', childId: 'b2' })).toBe('/api/programmes/a1/contacts/b2');
  });

  it('URL-encodes the values', () => {
    const byCode = endpoint({ method: 'GET', path: '/api/indicators/:code', response: z.unknown() });
    expect(pathOf(byCode, { code: 'a/b c?&#æ' })).toBe('/api/indicators/a%2Fb%20c%3F%26%23%C3%A6');
    expect(pathOf(byCode, { code: 42 })).toBe('/api/indicators/42');
  });

  it('leaves a path without placeholders as it is', () => {
    expect(pathOf({ path: '/api/programmes' })).toBe('/api/programmes');
  });

  it('throws when a placeholder has no value', () => {
    expect(() => pathOf(ep, { id: 'a1' })).toThrow(/childId/);
    expect(() => pathOf(ep)).toThrow(/id/);
    expect(() => pathOf(ep, { id: '', childId: 'b2' })).toThrow(/"id"/);
  });
});
