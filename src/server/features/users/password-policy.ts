import COMMON_PASSWORDS from './common-passwords.json';

/**
 * What a new password must not be, beyond its length (the contract's `Password`): one of the
 * most common passwords (see common-passwords.md), dressed up or not, or the user's e-mail
 * address. The answer is the field error's code, for the form to show beside the password.
 */
export type PasswordProblem = 'passwordCommon' | 'passwordLikeEmail';

const COMMON = new Set<string>(COMMON_PASSWORDS as string[]);

/** Digits and signs written for letters (p4ssw0rd, p@$$word). */
const LEET: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's' };

/** Digits and signs before and after the letters (Password2026!, !!!dragon123). */
const stripEnds = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** The shortest piece the text is that piece repeated ("passwordpassword" → "password"). */
function repeatedUnit(s: string): string {
  for (let k = 1; k <= s.length / 2; k++) {
    if (s.length % k === 0 && s.slice(0, k).repeat(s.length / k) === s) return s.slice(0, k);
  }
  return s;
}

/** Digits that run up or down, one step at a time, round through 0 (123456789012, 987654). */
function isDigitRun(s: string): boolean {
  if (!/^\d{2,}$/.test(s)) return false;
  const step = (s.charCodeAt(1) - s.charCodeAt(0) + 10) % 10;
  if (step !== 1 && step !== 9) return false;
  for (let i = 1; i < s.length; i++) if ((s.charCodeAt(i) - s.charCodeAt(i - 1) + 10) % 10 !== step) return false;
  return true;
}

function isCommon(password: string): boolean {
  const lower = password.normalize('NFC').toLowerCase();
  const stripped = stripEnds(lower);
  const forms = new Set([lower, stripped, stripEnds(stripped.replace(/[0134579@$]/g, (c) => LEET[c] ?? c))].filter((f) => f.length > 0));
  for (const form of forms) {
    const unit = repeatedUnit(form);
    if (COMMON.has(form) || COMMON.has(unit) || unit.length <= 3 || isDigitRun(form)) return true;
  }
  return false;
}

export function passwordProblem(password: string, email: string): PasswordProblem | undefined {
  const lower = password.normalize('NFC').toLowerCase();
  const address = email.trim().toLowerCase();
  const name = address.split('@')[0] ?? '';
  if (lower === address || (name.length >= 4 && lower.includes(name))) return 'passwordLikeEmail';
  return isCommon(password) ? 'passwordCommon' : undefined;
}
