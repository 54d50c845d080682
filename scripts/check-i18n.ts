/**
 * Checks the UI messages in src/shared/i18n (the core files and every feature folder's files,
 * merged as the client merges them): every key exists in bokmål, nynorsk and English, no
 * message is empty, no top-level key is defined by two files, every API error code has a
 * translation under `errors.`, and every key the code asks for exists (see i18n-keys.ts).
 * Exits with 1 and lists the problems; message keys no code uses are listed as a warning.
 *
 *   npx tsx scripts/check-i18n.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from '../src/shared/errors';
import { LOCALES } from '../src/shared/domain/localized';
import { ACTIONS } from '../src/shared/domain/permissions';
import { mergeMessages, type MessageFile, type Messages } from '../src/shared/i18n/merge';
import { checkKeyUses, compilerOptions, createProgram, findKeyUses, flattenMessages, importsOf, sourceRole } from './i18n-keys';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'src/shared/i18n');

/**
 * Keys the messages leave out on purpose, although a type says the code could ask for them.
 * Each needs a reason; narrowing the type at the call sites is the better cure where it is cheap.
 */
const ABSENT_ON_PURPOSE = new Map([
  ['observationStatusShort.none', 'an ordinary figure has no status word: charts and tables ask only for flagged or withheld statuses'],
]);

const problems: string[] = [];
const keysByLocale = new Map<string, Map<string, unknown>>();
let merged: Messages = {};

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
  if (locale === LOCALES[0]) merged = messages;
  problems.push(...clashes);
  const flat = flattenMessages(messages);
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

// The keys the code asks for, against bokmål's (the other languages are compared above).
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(folder, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}
const findOptions = {
  namespaces: new Set(Object.keys(merged)),
  // Client and shared code pass keys around as data; the server's dotted names are permissions.
  readsLiterals: (file: string) => !path.relative(root, file).startsWith(`src${path.sep}server${path.sep}`),
  // The permission model is shared, so its action names also appear in client and shared code.
  notKeys: new Set<string>(ACTIONS),
  isMessageFile: (file: string) => file.startsWith(dir + path.sep) && file.endsWith('.json'),
  display: (file: string) => path.relative(root, file),
};
const sources = sourceFiles(path.join(root, 'src')).filter((file) => {
  if (findOptions.readsLiterals(file)) return true;
  const role = sourceRole(file, importsOf(readFileSync(file, 'utf8')), findOptions.isMessageFile);
  return role.mayTranslate || role.readsMessages;
});
const program = createProgram(sources, compilerOptions(path.join(root, 'tsconfig.json')));
const { uses, unchecked } = findKeyUses(program, sources, findOptions);
const bokmal = new Set(keysByLocale.get(LOCALES[0])?.keys() ?? []);
const { missing, unused } = checkKeyUses(uses, bokmal, new Set(ABSENT_ON_PURPOSE.keys()));
problems.push(...missing);

if (unused.length > 0) {
  console.warn(`i18n warning: ${unused.length} message key(s) that no code asks for (a key the code computes may still reach them):`);
  for (const key of unused) console.warn(`  - ${key}`);
}

const unique = [...new Set(problems)];
if (unique.length > 0) {
  console.error(`i18n check failed: ${unique.length} problem(s)`);
  for (const p of unique) console.error(`  - ${p}`);
  process.exit(1);
}
const notChecked = unchecked.map((u) => `${u.file}:${u.line} ${u.text}`).join(', ');
console.log(
  `i18n OK: ${bokmal.size} keys in ${LOCALES.join(', ')}, all ${ERROR_CODES.length} error codes translated, ` +
    `${uses.length} key uses in ${sources.length} source files found` +
    (unchecked.length > 0 ? `; ${unchecked.length} computed key(s) not checked: ${notChecked}` : ''),
);
