import { useMemo } from 'react';
import type { ProgrammeSummary } from '../../../shared/contracts/programmes';
import { pickText } from '../../../shared/domain/localized';
import { INTL_LOCALE } from '../../app/locale';
import { useLocale } from '../../app/locale-context';

/** Compares programmes by their name as the reader sees it, in the reader's alphabet (æ, ø, å last). */
export function useProgrammeCompare(): (a: ProgrammeSummary, b: ProgrammeSummary) => number {
  const locale = useLocale();
  return useMemo(() => {
    const collator = new Intl.Collator(INTL_LOCALE[locale]);
    return (a, b) => collator.compare(pickText(a.name, locale).text, pickText(b.name, locale).text);
  }, [locale]);
}
