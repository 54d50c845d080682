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

/**
 * The sources as a reader tells them apart: those that read the same (the indicators entered from
 * one slide each carry the slide as their source) are one, keeping every key that points to it.
 */
export function distinctSources(sources: readonly FigureSource[], t: TFunction): { line: string; source: FigureSource; keys: string[] }[] {
  const byText = new Map<string, { line: string; source: FigureSource; keys: string[] }>();
  for (const source of sources) {
    const line = sourceLine(source, t);
    const id = `${line}\u0000${source.title ?? ''}\u0000${source.url ?? ''}`;
    const found = byText.get(id);
    if (found) found.keys.push(source.key);
    else byText.set(id, { line, source, keys: [source.key] });
  }
  return [...byText.values()];
}
