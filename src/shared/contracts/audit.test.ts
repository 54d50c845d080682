import { describe, expect, it } from 'vitest';
import nb from '../i18n/nb.json';
import nn from '../i18n/nn.json';
import en from '../i18n/en.json';
import { AUDIT_ENTITY_TYPES, AuditQuery } from './audit';

/** The audit page names each entity type with `t('entityType.<type>')`, a key the i18n check cannot see. */
describe('audit entity types', () => {
  for (const [locale, messages] of Object.entries({ nb, nn, en })) {
    it(`each has a name in ${locale}, and no retired type keeps one`, () => {
      const names = (messages as { entityType?: Record<string, string> }).entityType ?? {};
      expect(Object.keys(names).sort()).toEqual([...AUDIT_ENTITY_TYPES].sort());
      for (const type of AUDIT_ENTITY_TYPES) expect({ type, name: names[type]?.trim() ? 'set' : 'missing' }).toEqual({ type, name: 'set' });
    });
  }

  it('the audit filter accepts only the known types', () => {
    expect(AuditQuery.safeParse({ entityType: 'goal' }).success).toBe(true);
    expect(AuditQuery.safeParse({ entityType: 'goals' }).success).toBe(false);
  });
});
