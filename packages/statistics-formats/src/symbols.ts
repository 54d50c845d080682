import { isWithheldStatus, type ObservationStatus } from './status';

/**
 * What a source symbol means. `nil` marks "-": SSB and the PX standard use it for an exact zero,
 * so the cell gets the number 0 and keeps the symbol for display.
 */
export interface SymbolMeaning {
  status: ObservationStatus;
  /** Status when the cell has no number, if it differs from `status`. */
  withoutNumber?: ObservationStatus;
  nil?: true;
  description: string;
}

/**
 * The single table of source symbols used by every parser (JSON-stat status letters, PX data
 * codes and their DATASYMBOL texts, CSV markers). Built on SSB's published conventions
 * ("Standardtegn i tabeller"), which PxWeb and KOSTRA share.
 */
export const SYMBOL_TABLE: Readonly<Record<string, SymbolMeaning>> = {
  '..': { status: 'not_available', description: 'Not available (ikke tilgjengelig)' },
  '...': { status: 'not_available', description: 'Not yet available (ennå ikke tilgjengelig)' },
  ':': { status: 'suppressed', description: 'Suppressed for confidentiality (prikket)' },
  '-': { status: 'none', nil: true, description: 'Nil: exactly zero (null)' },
  '.': { status: 'not_applicable', description: 'Not applicable (logisk umulig)' },
  p: { status: 'provisional', description: 'Provisional (foreløpig)' },
  // SSB puts "*" on a provisional figure; Udir's CSV files put a lone "*" where a small count
  // was suppressed ("prikket"). Both readings hold: with a number it is provisional, without
  // one it is suppressed.
  '*': {
    status: 'provisional',
    withoutNumber: 'suppressed',
    description: 'Provisional (foreløpig); alone: suppressed (prikket)',
  },
  b: { status: 'break', description: 'Break in series (brudd)' },
  '|': { status: 'break', description: 'Break in series (brudd)' },
  e: { status: 'estimate', description: 'Estimated (anslått)' },
};

export function lookupSymbol(symbol: string): SymbolMeaning | undefined {
  return Object.prototype.hasOwnProperty.call(SYMBOL_TABLE, symbol)
    ? SYMBOL_TABLE[symbol]
    : undefined;
}

/**
 * Status of a cell given its source symbol and whether it holds a number. Unknown symbols keep
 * their text: on a number they are informational (status none); without a number the figure is
 * simply missing.
 */
export function statusForSymbol(symbol: string | null, hasNumber: boolean): ObservationStatus {
  if (symbol === null) return hasNumber ? 'none' : 'not_available';
  const known = lookupSymbol(symbol);
  if (!known) return hasNumber ? 'none' : 'not_available';
  if (known.nil) return 'none';
  // A number that the source marks as withheld stays withheld: erring towards hiding protects
  // the people behind small counts.
  if (hasNumber) return known.status;
  if (known.withoutNumber) return known.withoutNumber;
  // "p" or "e" on an empty cell still leaves the figure missing.
  return isWithheldStatus(known.status) ? known.status : 'not_available';
}

export function isNilSymbol(symbol: string): boolean {
  return lookupSymbol(symbol)?.nil === true;
}

// Keyword lists in the languages our sources use (no, sv, fi, en, es). Suppression is checked
// first: INE writes "no disponible por secreto estadístico", which must count as suppressed.
const TEXT_RULES: readonly [ObservationStatus | 'nil', RegExp][] = [
  [
    'suppressed',
    /confidential|confidencial|secret|secreto|sekretess|suppress|prikk|skjerm|hidden|classified|salassa|skyddad|vertraulich|geheim|undertrykt/i,
  ],
  [
    'not_applicable',
    /not applicable|logisk umulig|logically impossible|illogical|ep[äa]looginen|ikke relevant|ej till[äa]mplig|no procede|no aplicable|cannot occur|kan inte f[öo]rekomma|kan ikke forekomme|n\/a\b/i,
  ],
  [
    'provisional',
    /forel[øo]pig|provisional|preliminary|prelimin[äa]r|alustava|provisorisk|provisoire|provisional/i,
  ],
  ['break', /brudd|break|tidsseriebrott|katkos|ruptura/i],
  ['estimate', /estimat|estimate|anslag|ansl[åa]tt|skattad|arvio|estimaci[óo]n/i],
  ['nil', /\bnil\b|nothing|exact(ly)? zero|ingenting|ingen forekomst|noll|nolla/i],
  [
    'not_available',
    /not (yet )?available|tilgjengelig|missing|saknas|puuttu|no disponible|unknown|ukjent|ok[äa]nd|n\.a\.|mangler|tuntematon/i,
  ],
];

/** Reads a human legend text ("hidden", "* = Foreløpig tall") as a status, if it is recognisable. */
export function classifySymbolText(text: string): ObservationStatus | 'nil' | null {
  for (const [status, pattern] of TEXT_RULES) if (pattern.test(text)) return status;
  return null;
}

/**
 * Finds what a table's free-text notes say about a symbol, e.g. `"(..) Dato no disponible por
 * secreto estadístico"`, `".. = Data not available"` or `"* = Foreløpig tall"`. Notes separate
 * paragraphs with `#`, so each segment is checked on its own.
 */
export function symbolTextFromNotes(symbol: string, notes: readonly string[]): string | null {
  const escaped = symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The symbol must stand alone: "." must not match inside "..".
  const pattern = new RegExp(`^\\s*\\(?${escaped}\\)?(?![.:*|-])\\s*(=|:|-)?\\s*(.+)$`);
  for (const note of notes) {
    for (const segment of note.split(/#|\r?\n/)) {
      const match = pattern.exec(segment);
      if (match?.[2] && match[2].trim() !== '') return match[2].trim();
    }
  }
  return null;
}
