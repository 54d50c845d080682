const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * Validates a Norwegian organisation number (organisasjonsnummer): nine digits, the last a
 * modulus-11 check digit over the first eight with weights 3 2 7 6 5 4 3 2. A remainder that
 * would give check digit 10 makes the number invalid (Brønnøysund never issues those).
 */
export function isValidOrgNumber(input: string): boolean {
  const digits = input.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  if (check === 10) return false;
  return check === Number(digits[8]);
}

/** Removes spaces so "974 760 673" and "974760673" are stored alike. */
export function normaliseOrgNumber(input: string): string {
  return input.replace(/\s/g, '');
}
