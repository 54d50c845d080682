/**
 * Checks the UI messages in src/shared/i18n (the core files and every feature folder's files,
 * merged as the client merges them): every key exists in bokmål, nynorsk and English, no
 * message is empty, no top-level key is defined by two files, and every API error code has a
 * translation under `errors.`.
 * Exits with 1 and lists the problems, or prints one line when all is well.
 *
 *   npx tsx scripts/check-i18n.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from '../src/shared/errors';
import { LOCALES } from '../src/shared/domain/localized';
import { mergeMessages, type MessageFile, type Messages } from '../src/shared/i18n/merge';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/shared/i18n');

/** Flattens nested messages to dotted keys; a non-string leaf is reported as a problem. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Messages)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
}

const problems: string[] = [];
const keysByLocale = new Map<string, Map<string, unknown>>();

const featureDirs = readdirSync(dir)
  .filter((name) => statSync(path.join(dir, name)).isDirectory())
  .sort();

function readMessages(relative: string): Messages | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, relative), 'utf8')) as Messages;
  } catch (e) {
    problems.push(`${relative}: cannot be read as JSON (${(e as Error).message})`);
    return undefined;
  }
}

for (const locale of LOCALES) {
  const files: MessageFile[] = [];
  for (const relative of [`${locale}.json`, ...featureDirs.map((d) => `${d}/${locale}.json`)]) {
    const messages = readMessages(relative);
    if (messages) files.push({ name: relative, messages });
  }
  const { messages, clashes } = mergeMessages(files);
  problems.push(...clashes);
  const flat = new Map<string, unknown>();
  flatten(messages, '', flat);
  keysByLocale.set(locale, flat);
  for (const [key, value] of flat) {
    if (typeof value !== 'string') problems.push(`${locale}: ${key} is not a text`);
    else if (value.trim() === '') problems.push(`${locale}: ${key} is empty`);
  }
}

/** Plural forms differ between languages in general; ours share `_one`/`_other`, so they compare as keys. */
for (const [locale, keys] of keysByLocale) {
  for (const [other, otherKeys] of keysByLocale) {
    if (other === locale) continue;
    for (const key of keys.keys()) {
      if (!otherKeys.has(key)) problems.push(`${other}: missing ${key} (present in ${locale})`);
    }
  }
}

for (const [locale, keys] of keysByLocale) {
  for (const code of ERROR_CODES) {
    if (!keys.has(`errors.${code}`)) problems.push(`${locale}: missing errors.${code} (an API error code)`);
  }
}

const unique = [...new Set(problems)];
if (unique.length > 0) {
  console.error(`i18n check failed: ${unique.length} problem(s)`);
  for (const p of unique) console.error(`  - ${p}`);
  process.exit(1);
}
const count = keysByLocale.get(LOCALES[0])?.size ?? 0;
console.log(`i18n OK: ${count} keys in ${LOCALES.join(', ')}, all ${ERROR_CODES.length} error codes translated`);
