/**
 * A text as lower-case ASCII words joined by dashes, for addresses, keys and file names:
 * "Løten kommune – Åsen" → "loten-kommune-asen". Norwegian letters are written out (æ → ae,
 * ø → o, å → a), other accents dropped, anything else a dash; at most `max` characters, with no
 * dash at either end.
 */
export function asciiSlug(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
