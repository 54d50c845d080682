import { expect, inject, it } from 'vitest';
import { createTestDatabase } from '../test-db';

/**
 * Fails on purpose. `npm test` runs it (SAMORDNA_SELF_CHECK=1) before the suite and stops unless
 * the run exits non-zero: proof that a failing server test fails the run, through the same
 * global set-up and database code every server test uses.
 */
it('planted failure', async () => {
  const database = await createTestDatabase(inject('pgAdminUrl'));
  await database.drop();
  expect(1).toBe(2);
});
