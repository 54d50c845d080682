import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/domain/localized';
import { FEATURE_MESSAGES, serverTranslator } from './translator';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/i18n');

describe('the server translator', () => {
  it('reads every feature folder of the messages, in every language', () => {
    const folders = readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory()).sort();
    for (const locale of LOCALES) expect(Object.keys(FEATURE_MESSAGES[locale]).sort()).toEqual(folders);
  });

  it('says what the pages say, slots and plurals filled', () => {
    expect(serverTranslator('nb').t('comparison.worse', { area: 'Oslo' })).toBe('Dårligere enn Oslo');
    expect(serverTranslator('nn').t('profiles.section.indicators', { count: 1 })).toBe('Programmet følgjer med på 1 indikator.');
    expect(serverTranslator('en').t('profiles.pdf.page', { page: 2, pages: 3 })).toBe('Page 2 of 3');
  });
});
