import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildUser } from '../../testing/factories';
import { passwordProblem } from './password-policy';

describe('which new passwords are refused', () => {
  const email = 'kari.nordmann@example.org';

  it('refuses the common ones, dressed up or not', () => {
    for (const p of ['qwerty123456', 'Password2026!', 'P4ssw0rd2026!', 'passwordpassword', '!!!Dragon!!!123', 'football1234', 'aaaaaaaaaaaa', '123456789012'])
      expect({ p, problem: passwordProblem(p, email) }).toEqual({ p, problem: 'passwordCommon' });
  });

  it('refuses the e-mail address and its name part', () => {
    expect(passwordProblem('Kari.Nordmann@example.org', email)).toBe('passwordLikeEmail');
    expect(passwordProblem('kari.nordmann2026', email)).toBe('passwordLikeEmail');
  });

  it('takes a long password of the user’s own', () => {
    for (const p of ['blåbærsyltetøy på fjellet', 'correct horse battery staple', 'Tre-små-kinesere 1987', 'monkeyforestlake'])
      expect({ p, problem: passwordProblem(p, email) }).toEqual({ p, problem: undefined });
  });
});

describe('setting a password through the API', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
  });
  afterAll(() => t.close());

  it('says which rule a new or changed password breaks, on the password field', async () => {
    const created = await admin.post('/api/users', { email: 'ola.nordmann@example.org', name: 'Ola Nordmann', password: 'Password2026!' });
    expect([created.statusCode, created.json().errors]).toEqual([400, [expect.objectContaining({ path: 'password', code: 'passwordCommon' })]]);
    const user = await buildUser(t.db);
    const changed = await admin.patch(`/api/users/${user.id}`, { password: user.email });
    expect([changed.statusCode, changed.json().errors]).toEqual([400, [expect.objectContaining({ path: 'password', code: 'passwordLikeEmail' })]]);
    expect((await admin.patch(`/api/users/${user.id}`, { password: 'blåbærsyltetøy på fjellet' })).statusCode).toBe(200);
  });
});
