import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults for a laptop', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.demo).toBe(true);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.oidc).toBeUndefined();
  });

  it('refuses to start in production without SESSION_SECRET and says what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (e) {
      expect((e as ConfigError).message).toMatch(/SESSION_SECRET is required when NODE_ENV=production/);
    }
  });

  it('loads the demo outside production, and in production only when asked for explicitly', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({ NODE_ENV: 'test' }).demo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, SAMORDNA_DEMO: 'true' }).demo).toBe(true);
    expect(loadConfig({ SAMORDNA_DEMO: 'false' }).demo).toBe(false);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SAMORDNA_DEMO: 'perhaps' });
      expect.unreachable();
    } catch (e) {
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL must start with postgres:\/\//);
      expect(problems).toMatch(/SAMORDNA_DEMO/);
    }
  });

  it('configures OpenID Connect from the environment', () => {
    const c = loadConfig({ OIDC_ISSUER: 'https://idporten.example', OIDC_CLIENT_ID: 'abc', OIDC_MIN_ACR: 'idporten-loa-substantial' });
    expect(c.oidc).toMatchObject({ issuer: 'https://idporten.example', clientId: 'abc', minAcr: 'idporten-loa-substantial', userClaim: 'email' });
    expect(() => loadConfig({ OIDC_ISSUER: 'https://idporten.example' })).toThrow(/OIDC_CLIENT_ID/);
  });

  it('limits statistics uploads to 200 MB unless STATISTICS_UPLOAD_LIMIT_MB says otherwise', () => {
    expect(loadConfig({}).statisticsUploadLimit).toBe(200 * 1024 * 1024);
    expect(loadConfig({ STATISTICS_UPLOAD_LIMIT_MB: '5' }).statisticsUploadLimit).toBe(5 * 1024 * 1024);
    expect(() => loadConfig({ STATISTICS_UPLOAD_LIMIT_MB: '0' })).toThrow(/STATISTICS_UPLOAD_LIMIT_MB/);
    expect(() => loadConfig({ STATISTICS_UPLOAD_LIMIT_MB: 'lots' })).toThrow(/STATISTICS_UPLOAD_LIMIT_MB/);
  });
});
