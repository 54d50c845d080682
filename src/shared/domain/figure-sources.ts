import type { FigureSource } from '../contracts/profiles';
import type { TFunction } from '../i18n/translator';

/**
 * A source as one line of text, the same on pages, in CSV files and in PDFs: "Statistisk
 * sentralbyrå (SSB), tabell 14216, hentet 2025-11-30, lisens CC BY 4.0". The address is left to
 * the caller, which may make it a link.
 */
export function sourceLine(source: FigureSource, t: TFunction): string {
  const parts = [source.publisher];
  if (source.tableId) parts.push(t('figureSource.table', { id: source.tableId }));
  if (source.retrieved) parts.push(t('figureSource.retrieved', { date: source.retrieved }));
  if (source.licence) parts.push(t('figureSource.licence', { licence: source.licence }));
  if (source.isIllustrative) parts.push(t('figureSource.illustrative'));
  return parts.join(', ');
}
