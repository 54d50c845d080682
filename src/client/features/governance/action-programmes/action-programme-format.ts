import { numberFormat, type Locale } from '../../../app/locale';

/** "1 500 000 kr" in bokmål and nynorsk, "NOK 1,500,000" in English: whole kroner. */
export function formatKroner(amount: number, locale: Locale): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'NOK',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(amount);
}

/** "2023–2026", or the one year when it begins and ends in the same. */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

export const actionProgrammePath = (slug: string, id: string) =>
  `/program/${slug}/handlingsprogram/${id}`;
export const goalPath = (slug: string, goalId: string) => `/program/${slug}/mal#goal-${goalId}`;
