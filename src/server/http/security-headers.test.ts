import { describe, expect, it } from 'vitest';
import { apiSecurityHeaders, securityHeaders } from './security-headers';

describe('security headers, worked out once', () => {
  it('give documents a policy without inline code or framing, and helmet\'s other protections', () => {
    const h = securityHeaders({ trustProxy: false });
    expect(h['content-security-policy']).toContain("script-src 'self'");
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).not.toContain('unsafe-inline');
    expect(h['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    expect(h['strict-transport-security']).toBeUndefined();
  });

  it('ask for HTTPS only behind a proxy that terminates it', () => {
    expect(securityHeaders({ trustProxy: true })['strict-transport-security']).toMatch(/max-age=31536000; includeSubDomains/);
    expect(securityHeaders({ trustProxy: true })['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(apiSecurityHeaders({ trustProxy: true })['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('give API answers the short set: nothing runs, nothing frames, nothing is sniffed', () => {
    expect(apiSecurityHeaders({ trustProxy: false })).toEqual({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
    });
  });
});
