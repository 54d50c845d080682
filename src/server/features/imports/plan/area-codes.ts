/**
 * How a source writes an area code, and which register codes that may mean. The register holds
 * SSB's codes (county 2 digits, municipality 4, city district 6, school 6–9) and `NO`; sources
 * add prefixes (`K-0301`), names (`0301 Oslo`), drop leading zeros (CSV through a spreadsheet:
 * `301`), or name the whole country their own way (SSB `0` "Hele landet", KOSTRA `EAK` "Landet").
 * The candidates are tried in order; the first one in the register wins. Labels are not read:
 * "06 Cantabria" must not become the Norwegian county 06.
 */

const COUNTRY_CODES = new Set(['NO', 'NOR', 'NORGE', 'NORWAY', 'NOREG', '0', 'EAK']);

/** Register codes a source area code may stand for, most literal first. */
export function areaCodeCandidates(source: string): string[] {
  const out: string[] = [];
  const add = (code: string | undefined) => {
    if (code && !out.includes(code)) out.push(code);
  };
  const raw = source.trim();
  add(raw);
  const upper = raw.toUpperCase();
  add(upper);
  if (COUNTRY_CODES.has(upper)) add('NO');

  // SSB and KOSTRA prefixes: K- municipality, F- county, B- city district ("K-0301", "K0301").
  const prefixed = /^[KFB]-?(\d{2,9})$/.exec(upper);
  const digits = prefixed?.[1] ?? /^(\d{1,9})(?:\s*[-–:]\s*|\s+)\D.*$/.exec(raw)?.[1] ?? (/^\d{1,9}$/.test(raw) ? raw : undefined);
  if (digits) {
    add(digits);
    // A spreadsheet drops leading zeros: 301 → 0301, 30101 → 030101, 3 → 03.
    if (digits.length === 1) add(digits.padStart(2, '0'));
    if (digits.length === 3) add(digits.padStart(4, '0'));
    if (digits.length === 5) add(digits.padStart(6, '0'));
  }
  return out;
}
