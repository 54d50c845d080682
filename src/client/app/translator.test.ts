import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator';

const messages = {
  common: { save: 'Lagre', hello: 'Hei, {{name}}!', twice: '{{a}} og {{ a }}' },
  search: { matches_one: '{{count}} treff', matches_other: '{{count}} treff totalt' },
  units: { percent: 'prosent' },
};

describe('createTranslator', () => {
  const { t, exists, language } = createTranslator('nb', messages);

  it('finds a message by its dotted key and fills its slots, each as often as it occurs', () => {
    expect(language).toBe('nb');
    expect(t('common.save')).toBe('Lagre');
    expect(t('common.hello', { name: 'Kari' })).toBe('Hei, Kari!');
    expect(t('common.twice', { a: 3 })).toBe('3 og 3');
    expect(t('common.hello')).toBe('Hei, !');
  });

  it('chooses the plural form by the count and the language’s rules, and fills the count', () => {
    expect(t('search.matches', { count: 1 })).toBe('1 treff');
    expect(t('search.matches', { count: 0 })).toBe('0 treff totalt');
    expect(t('search.matches', { count: 12 })).toBe('12 treff totalt');
  });

  it('gives back the key, or the default value, for a key the messages lack or that names a group', () => {
    expect(t('common.missing')).toBe('common.missing');
    expect(t('common')).toBe('common');
    expect(t('common.save.deeper')).toBe('common.save.deeper');
    expect(t('entityType.unknown', { defaultValue: 'unknown' })).toBe('unknown');
  });

  it('takes the first of several keys that exists', () => {
    expect(t(['errors.CUSTOM', 'common.save'])).toBe('Lagre');
  });

  it('tells whether a key, or its plural forms, exist', () => {
    expect(exists('units.percent')).toBe(true);
    expect(exists('search.matches')).toBe(true);
    expect(exists('units')).toBe(false);
    expect(exists('units.nok')).toBe(false);
  });

  it('uses English plural rules for English', () => {
    const en = createTranslator('en', { n: { item_one: 'one item', item_other: '{{count}} items' } });
    expect(en.t('n.item', { count: 1 })).toBe('one item');
    expect(en.t('n.item', { count: 2 })).toBe('2 items');
  });
});
