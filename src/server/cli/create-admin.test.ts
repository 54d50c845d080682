import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { findUserRowByEmail } from '../features/users/users.repo';
import { createAdmin } from './create-admin';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('samordna create-admin', () => {
  it('refuses a common password and one like the e-mail address, and creates nothing', async () => {
    await expect(createAdmin(t.db, { email: 'drift@example.org', name: 'Drift', password: 'Password2026!' })).rejects.toThrow(/most common passwords/);
    await expect(createAdmin(t.db, { email: 'drift@example.org', name: 'Drift', password: 'drift@example.org' })).rejects.toThrow(/e-mail address/);
    expect(await findUserRowByEmail(t.db, 'drift@example.org')).toBeUndefined();
  });

  it('creates a platform administrator with a password of its own', async () => {
    expect(await createAdmin(t.db, { email: 'drift@example.org', name: 'Drift', password: 'tre kaffe før klokka ni' })).toEqual({ created: true, email: 'drift@example.org' });
    expect((await findUserRowByEmail(t.db, 'drift@example.org'))?.isPlatformAdmin).toBe(true);
  });
});
