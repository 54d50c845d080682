/**
 * CSV for Excel as Norwegian users have it: UTF-8 with a byte order mark (without it Excel reads
 * "Bærum" as "BÃ¦rum"), semicolons between fields and a decimal comma — the list separator and
 * decimal sign of Norwegian Windows — so a double-click opens the file in columns with numbers
 * that sum. CRLF line ends and quoting as RFC 4180. English downloads use the same layout: one
 * format to document, and a file that round-trips through any spreadsheet set to a comma decimal.
 */
export const CSV_BOM = '\ufeff';
export const CSV_SEP = ';';
export const CSV_EOL = '\r\n';

/**
 * A text field, quoted when it holds a separator, quote or line break. A text starting like a
 * formula (=, +, -, @) gets a leading apostrophe so a spreadsheet shows it instead of running it.
 */
export function csvField(text: string): string {
  const safe = text.length > 1 && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** All the digits stored, never in exponent form, with a decimal comma. */
export function csvNumber(value: number): string {
  let text = String(value);
  if (text.includes('e')) text = value.toFixed(20).replace(/\.?0+$/, '');
  return text.replace('.', ',');
}

/** One line of fields: texts are quoted as needed, numbers written as `csvNumber`, null left empty. */
export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map((f) => (f === null ? '' : typeof f === 'number' ? csvNumber(f) : csvField(f))).join(CSV_SEP) + CSV_EOL;
}
